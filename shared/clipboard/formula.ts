/**
 * Text we hand to a spreadsheet must never run there. Excel, LibreOffice and Google Sheets start a formula on = + - or
 * @, and a leading tab or carriage return is stripped on the way in, which lets a formula hide behind it. Such text
 * gets an apostrophe in front: spreadsheets read that as "this is text" and show the rest as typed. The CSV export
 * and the clipboard both write through here, so there is one rule.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

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
