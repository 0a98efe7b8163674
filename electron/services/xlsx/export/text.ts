/**
 * User text on its way into a cell, a CSV field or a page header. Strings are always written as strings (never as
 * formulas), so "=HYPERLINK(…)" stays text in Excel; what we must still remove are characters XML cannot carry, and
 * we must keep within Excel's cell limit.
 */

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

// XML 1.0 allows tab, newline and carriage return, but no other C0 control character, and no lone surrogates.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cellText(text: string): string {
  const clean = text.replace(XML_INVALID, '');
  return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean;
}

/** Like cellText, but an empty text leaves the cell empty (writers differ on whether "" is a value). */
export function optionalText(text: string | null | undefined): string | null {
  return text ? cellText(text) || null : null;
}

/** Text inside an Excel header or footer: '&' starts a code there, so a literal one is doubled. */
export function headerText(text: string, max = 80): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cellText(short)
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
    cellText(wanted)
      .replace(/[:\\/?*[\]]/g, ' ')
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
