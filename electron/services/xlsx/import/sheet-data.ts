/**
 * The cells of a worksheet's <sheetData>, read by a single forward scan of the XML text. This is the hot loop of every
 * .xlsx import: SheetJS spends about 5 µs on each cell (a regex over its attributes, a search for each child element),
 * which made the parse of our own 20,000-activity export 1.2–1.8 s; this scan reads the same cells several times faster.
 *
 * It reads the ordinary shape only — the one Excel, LibreOffice, openpyxl and exceljs write: rows in ascending order,
 * cells in ascending columns inside the row that names them, values in <v> (or plain inline text). Anything else
 * (another element, a namespace prefix, CDATA, a date-typed cell, rich inline text, a shared string index that does not
 * exist) makes it answer null, and the caller lets SheetJS read that sheet the slow, general way. So the scan never
 * guesses; sheetjs-to-grid.ts stays the reference, and test/sheet-data.test.ts holds the two equal over the corpus.
 *
 * The work is bounded like the rest of the import: the sheet's rows and cells were counted before the parse
 * (sanitize.ts), every step moves forward, and each text is checked against the cell length limit.
 */
import { IMPORT_LIMITS } from './limits';
import { CellTooLongError } from './to-grid';

/** What the scan needs from the rest of the workbook, already read by SheetJS. */
export interface CellContext {
  /** The text of shared string `index`, or undefined if there is none. */
  readonly sharedString: (index: number) => string | undefined;
  /** The text of a number in a cell of style `style` (-1: none), a date when the style's number format is one. */
  readonly numberText: (value: number, style: number) => string;
}

export type ScannedRow = readonly [number, Array<readonly [number, string]>];

const enum Char {
  Tab = 9,
  LineFeed = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Apostrophe = 39,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Greater = 62,
  A = 65,
  Z = 90,
}

/** Thrown inside the scan when the sheet leaves the ordinary shape; the scan then answers null. */
class NotOrdinary extends Error {}

const isSpace = (c: number) => c === Char.Space || c === Char.Tab || c === Char.LineFeed || c === Char.Return;
function onlySpace(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
}

/** Whether the character after a tag name ends the name (`<c r=…`, `<c>`, `<c/>`). */
const endsName = (c: number) => isSpace(c) || c === Char.Greater || c === Char.Slash;

interface Tag {
  /** Position just after the tag's `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly r: string | undefined;
  readonly t: string | undefined;
  readonly s: string | undefined;
}

/**
 * Reads the attributes r, t and s of the tag whose name ends at `at`; values may hold any character but their quote.
 * Names are compared by character code: this runs for every cell and row, and slicing each name out cost a fifth of
 * the scan.
 */
function readTag(xml: string, at: number): Tag {
  let r: string | undefined;
  let t: string | undefined;
  let s: string | undefined;
  let i = at;
  for (;;) {
    while (isSpace(xml.charCodeAt(i))) i++;
    const c = xml.charCodeAt(i);
    if (c === Char.Greater) return { end: i + 1, selfClosing: false, r, t, s };
    if (c === Char.Slash && xml.charCodeAt(i + 1) === Char.Greater) return { end: i + 2, selfClosing: true, r, t, s };
    const equals = xml.indexOf('=', i);
    if (equals < 0) throw new NotOrdinary();
    let nameEnd = equals;
    while (nameEnd > i && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    const single = nameEnd - i === 1 ? c : 0;
    let open = equals + 1;
    while (isSpace(xml.charCodeAt(open))) open++;
    const quote = xml.charCodeAt(open);
    if (quote !== Char.Quote && quote !== Char.Apostrophe) throw new NotOrdinary();
    const close = xml.indexOf(quote === Char.Quote ? '"' : "'", open + 1);
    if (close < 0) throw new NotOrdinary();
    if (single === 0x72 /* r */) r = xml.slice(open + 1, close);
    else if (single === 0x74 /* t */) t = xml.slice(open + 1, close);
    else if (single === 0x73 /* s */) s = xml.slice(open + 1, close);
    i = close + 1;
  }
}

/** A byte of a multi-byte UTF-8 character, in text read one byte per character. */
const NOT_ASCII = /[\u0080-\u00ff]/;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML text → the text it stands for: the five named entities and character references, then SpreadsheetML's `_xHHHH_`
 * escapes (how a file stores characters XML cannot carry, such as a carriage return), and CR LF read as LF, as XML and
 * SheetJS read line ends. Unknown entities stay as written.
 */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name] ?? whole;
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (text.includes('_x'))
    text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
}

/** "BC12" → [12, 55]: the row and column of a cell reference; undefined when it is not one. */
function parseReference(ref: string): readonly [number, number] | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < Char.A || c > Char.Z) break;
    column = column * 26 + (c - Char.A + 1);
  }
  if (i === 0 || i === ref.length || i > 3) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < Char.Zero || c > Char.Nine) return undefined;
    row = row * 10 + (c - Char.Zero);
  }
  return [row, column];
}

/** The text of `<name>…</name>` starting at `open` (which points at `<`), and where it ends; only plain text inside. */
function elementText(xml: string, open: number, name: string, limit: number): { text: string; end: number } {
  const tagEnd = xml.indexOf('>', open);
  if (tagEnd < 0 || tagEnd > limit) throw new NotOrdinary();
  if (xml.charCodeAt(tagEnd - 1) === Char.Slash) return { text: '', end: tagEnd + 1 };
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0 || close > limit) throw new NotOrdinary();
  const raw = xml.slice(tagEnd + 1, close);
  if (raw.includes('<')) throw new NotOrdinary(); // CDATA or markup inside: SheetJS's general path reads it
  return { text: xmlText(NOT_ASCII.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw), end: close + name.length + 3 };
}

/**
 * Finds child `<name` (followed by a name end) between `from` and `limit`; -1 if there is none. It steps from one `<`
 * to the next and never looks past `limit`: searching for `<v` straight away would run to the next cell's value, and a
 * sheet of formulas without stored results would make that quadratic.
 */
function findChild(xml: string, name: string, from: number, limit: number): number {
  for (let i = xml.indexOf('<', from); i >= 0 && i < limit; i = xml.indexOf('<', i + 1)) {
    if (xml.startsWith(name, i + 1) && endsName(xml.charCodeAt(i + name.length + 1))) return i;
  }
  return -1;
}

/** The text a cell shows, from its type, style and contents (between `from` and `limit`); undefined for no cell. */
function cellValue(xml: string, tag: Tag, from: number, limit: number, context: CellContext): string | undefined {
  const type = tag.t ?? 'n';
  if (type === 'inlineStr') {
    const is = findChild(xml, 'is', from, limit);
    if (is < 0) return '';
    // Only the plain form <is><t>…</t></is>; rich runs and phonetic text go to SheetJS.
    const isEnd = xml.indexOf('</is>', is);
    const t = findChild(xml, 't', is, limit);
    if (isEnd < 0 || isEnd > limit || t < 0 || !onlySpace(xml, xml.indexOf('>', is) + 1, t)) throw new NotOrdinary();
    const { text, end } = elementText(xml, t, 't', limit);
    if (!onlySpace(xml, end, isEnd)) throw new NotOrdinary();
    return text;
  }
  const v = findChild(xml, 'v', from, limit);
  const raw = v < 0 ? undefined : elementText(xml, v, 'v', limit).text;
  switch (type) {
    case 'n': {
      if (raw === undefined || raw === '') return undefined;
      return context.numberText(parseFloat(raw), tag.s === undefined ? -1 : Number(tag.s));
    }
    case 's': {
      if (raw === undefined) return undefined;
      const text = context.sharedString(parseInt(raw, 10));
      if (text === undefined) throw new NotOrdinary(); // SheetJS refuses the file; let it say so
      return text;
    }
    case 'str':
      return raw ?? '';
    case 'b':
      return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    default:
      throw new NotOrdinary(); // 'd' (ISO dates) and anything unknown
  }
}

/**
 * The non-empty cells of one <sheetData>'s inner XML, as [row, [[column, text]…]] in order; rows past the import's row
 * limit are left out, as the general path leaves them. Null when the sheet is not of the ordinary shape.
 */
export function scanSheetData(data: Uint8Array, sheetName: string, context: CellContext): ScannedRow[] | null {
  // One character per byte (latin1): markup is ASCII, so positions are byte positions, and decoding the whole sheet as
  // UTF-8 (a fifth of the scan) is left to the few texts that are not ASCII.
  const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  try {
    return scan(xml, sheetName, context);
  } catch (error) {
    if (error instanceof NotOrdinary) return null;
    throw error;
  }
}

function scan(xml: string, sheetName: string, context: CellContext): ScannedRow[] {
  const rows: ScannedRow[] = [];
  let row = 0; // the open row's number; 0 between rows
  let lastRow = 0;
  let lastColumn = 0;
  let cells: Array<readonly [number, string]> = [];
  let i = 0;
  for (;;) {
    const open = xml.indexOf('<', i);
    if (open < 0) break;
    if (!onlySpace(xml, i, open)) throw new NotOrdinary(); // text between elements
    const first = xml.charCodeAt(open + 1);
    if (first === 0x63 /* c */ && endsName(xml.charCodeAt(open + 2)) && row > 0) {
      const tag = readTag(xml, open + 2);
      let column = lastColumn + 1;
      if (tag.r !== undefined) {
        const ref = parseReference(tag.r);
        if (!ref || ref[0] !== row) throw new NotOrdinary();
        column = ref[1];
      }
      if (column <= lastColumn) throw new NotOrdinary();
      lastColumn = column;
      if (tag.selfClosing) {
        i = tag.end;
        continue;
      }
      const close = xml.indexOf('</c>', tag.end);
      if (close < 0) throw new NotOrdinary();
      const text = cellValue(xml, tag, tag.end, close, context);
      if (text !== undefined && text !== '') {
        if (text.length > IMPORT_LIMITS.cellChars) {
          throw new CellTooLongError(sheetName, `${columnLetters(column)}${row}`, text.length);
        }
        cells.push([column, text]);
      }
      i = close + 4;
    } else if (xml.startsWith('row', open + 1) && endsName(xml.charCodeAt(open + 4)) && row === 0) {
      const tag = readTag(xml, open + 4);
      const number = tag.r === undefined ? lastRow + 1 : Number(tag.r);
      if (!Number.isInteger(number) || number <= lastRow) throw new NotOrdinary();
      lastRow = number;
      lastColumn = 0;
      i = tag.end;
      if (!tag.selfClosing) row = number;
    } else if (xml.startsWith('/row>', open + 1) && row > 0) {
      if (cells.length > 0 && row <= IMPORT_LIMITS.rowsPerSheet) rows.push([row, cells]);
      cells = [];
      row = 0;
      i = open + 6;
    } else {
      throw new NotOrdinary();
    }
  }
  if (row !== 0 || !onlySpace(xml, i, xml.length)) throw new NotOrdinary();
  return rows;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
