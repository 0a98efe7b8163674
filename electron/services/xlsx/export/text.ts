/**
 * User text on its way into a cell, a CSV field or a page header. Strings are always written as strings (never as
 * formulas), so "=HYPERLINK(…)" stays text in Excel; what remains is to carry every character XML cannot (a control
 * character an import kept), and to keep within Excel's cell limit.
 */

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

// XML 1.0 allows tab, newline and carriage return, but no other C0 control character, and no lone surrogates.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that reads as one of SpreadsheetML's escapes (`_x0041_`): its underscore is escaped in turn. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

const escaped = (character: string) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * Without what XML 1.0 cannot carry: for sheet names, page headers and input prompts, where an escape would show as
 * it is written.
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

/**
 * The text of a cell or note, in SpreadsheetML's own escapes (ECMA-376 ST_Xstring), which Excel, LibreOffice and our
 * reader all turn back: a character XML cannot carry is written `_xHHHH_` instead of being dropped, and text that
 * already looks like such an escape ("db_x1234_") has its underscore written `_x005F_`, so it is not read back as one
 * character. What the person typed is what comes back.
 */
export function cellText(text: string): string {
  const short = text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
  return short.replace(LOOKS_ESCAPED, '_x005F_$1').replace(XML_INVALID, escaped);
}

/** Like cellText, but an empty text leaves the cell empty (writers differ on whether "" is a value). */
export function optionalText(text: string | null | undefined): string | null {
  return text ? cellText(text) || null : null;
}

/** Text inside an Excel header or footer: '&' starts a code there, so a literal one is doubled. */
export function headerText(text: string, max = 80): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return xmlSafe(short)
    .replace(/&/g, '&&')
    .replace(/[\r\n]+/g, ' ');
}

/** A string literal inside an Excel formula. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an
 * apostrophe, and unique (case-insensitively) among `taken`.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    xmlSafe(wanted)
      .replace(/[:\\/?*[\]]/g, ' ')
      // A sheet name is read through SpreadsheetML's escapes too ("Q_x0031_" shows as "Q1"), but formulas and links
      // name the sheet as it is, unescaped; so a name never holds one: its closing underscore becomes a space.
      .replace(/(_x[0-9A-Fa-f]{4})_/g, '$1 ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31)
      .trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
