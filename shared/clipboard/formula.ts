/**
 * Text we hand to a spreadsheet must never run there. Excel, LibreOffice and Google Sheets start a formula on = + - or
 * @, and they skip what comes before it on the way in: a leading tab or carriage return is stripped, and Excel and
 * LibreOffice also look past leading spaces, no-break spaces, zero-width spaces and line feeds, so a formula can hide
 * behind any of them. Excel in East Asian locales also reads the full-width ＝ ＋ － ＠ as their ASCII forms. Such text
 * gets an apostrophe in front when it leaves as text (CSV, clipboard): spreadsheets read that as "this is text" and
 * show the rest as typed. The xlsx export keeps it a string cell formatted as Text instead, without changing it. The
 * CSV export, the clipboard and the xlsx export all ask `startsLikeFormula`, so there is one rule.
 */
const FORMULA_START = /^(?:[\t\r]|[\n \u00A0\u200B]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Whether a spreadsheet could take this text for a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text with an apostrophe in front when a spreadsheet could take it for a formula. */
export function escapeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** The inverse of escapeFormula, for text that comes back to us: "'=x" is read as "=x", "'abc" stays as it is. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
