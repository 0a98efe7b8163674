/**
 * An .xlsx → grid, in the parse worker: SheetJS reads the workbook (sheet names and states, shared strings, number
 * formats, merges, notes) with every worksheet's <sheetData> taken out, and sheet-data.ts scans the cells, which is
 * where nearly all of the time went. A sheet the scan does not recognise is read by SheetJS whole, as before, so the
 * result is SheetJS's in every case (test/sheet-data.test.ts compares the two over the corpus).
 *
 * Each emptied sheet keeps one cell, A1, holding a token with a random nonce: it tells which sheet SheetJS read from
 * which part without repeating SheetJS's way of finding a sheet's part, and a file cannot forge it. The token cell
 * takes A1's note, if A1 has one, which is kept; its text is never read.
 */
import { randomUUID } from 'node:crypto';
import type * as XLSX from '@e965/xlsx';
import type { SheetGrid } from '../../../../shared/import/grid';
import { scanSheetData, type CellContext, type ScannedRow } from './sheet-data';
import { readContext, readOptions, serialDate, sheetGrid, sheetJsToGrid, sheetState, type ReadContext } from './sheetjs-to-grid';
import { readStoredZip, storedZip } from './stored-zip';
import { cellText } from './to-grid';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const OPEN = Buffer.from('<sheetData>');
const CLOSE = Buffer.from('</sheetData>');

/** A workbook read by SheetJS without its cells, and the cells set aside per sheet; sheets come out one at a time. */
export interface XlsxBook {
  readonly names: readonly string[];
  sheet(index: number): SheetGrid;
}

/** Splits one worksheet part into the part without its cells (plus the token row) and the cells' XML. */
function setAside(part: Uint8Array, token: string): { rest: Uint8Array; cells: Uint8Array } | undefined {
  const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const open = bytes.indexOf(OPEN);
  if (open < 0) return undefined;
  const start = open + OPEN.length;
  const close = bytes.indexOf(CLOSE, start);
  if (close < 0) return undefined;
  const rest = Buffer.concat([
    bytes.subarray(0, start),
    Buffer.from(`<row r="1"><c r="A1" t="str"><v>${token}</v></c></row>`),
    bytes.subarray(close),
  ]);
  return { rest, cells: bytes.subarray(start, close) };
}

export function readXlsxBook(xlsx: typeof XLSX, zip: Uint8Array): XlsxBook {
  const nonce = randomUUID();
  const parts = readStoredZip(zip);
  const setAsideCells = new Map<string, Uint8Array>();
  let n = 0;
  for (const [name, part] of parts) {
    if (!WORKSHEET.test(name)) continue;
    const token = `engagebook-cells:${nonce}:${n++}`;
    const split = setAside(part, token);
    if (!split) continue;
    parts.set(name, split.rest);
    setAsideCells.set(token, split.cells);
  }
  const wb = xlsx.read(storedZip(parts), readOptions(true));
  const context = readContext(xlsx, wb);
  const cells = cellContext(xlsx, wb, context);
  return {
    names: wb.SheetNames,
    sheet(i) {
      const name = wb.SheetNames[i]!;
      const ws = wb.Sheets[name]!;
      const first = (ws['!data'] as Array<Array<XLSX.CellObject | undefined> | undefined> | undefined)?.[0];
      const data = typeof first?.[0]?.v === 'string' ? setAsideCells.get(first[0].v) : undefined;
      if (!first || !data) return sheetGrid(name, sheetState(wb, i), ws, context);
      // Only A1's note stays of the token cell; the scan gives A1's text.
      first[0] = first[0]!.c ? ({ t: 'z', c: first[0]!.c } as XLSX.CellObject) : undefined;
      const scanned: ScannedRow[] | null = scanSheetData(data, name, cells);
      return scanned ? sheetGrid(name, sheetState(wb, i), ws, context, scanned) : sheetJsToGrid(xlsx, zip, true, [i]).sheets[0]!;
    },
  };
}

/** Shared strings and number formats as SheetJS read them, for the scan; a style's "is a date" is worked out once. */
function cellContext(xlsx: typeof XLSX, wb: XLSX.WorkBook, context: ReadContext): CellContext {
  const strings = (wb as { Strings?: Array<{ t?: string } | undefined> }).Strings ?? [];
  const styles = (wb as { Styles?: { CellXf?: Array<{ numFmtId?: number | string } | undefined> } }).Styles?.CellXf;
  // SheetJS's table of number formats, which reading the workbook filled with the file's own formats.
  const formats = (xlsx.SSF as { get_table: () => Record<number, string> }).get_table();
  const dateStyles = new Map<number, boolean>();
  const isDateStyle = (style: number): boolean => {
    let known = dateStyles.get(style);
    if (known === undefined) {
      // As SheetJS: a cell without a style, or a workbook without cell formats, has format 0 (General).
      const id = style < 0 || !Array.isArray(styles) ? 0 : (styles[style]?.numFmtId ?? 0);
      const format = formats[Number(id)];
      known = typeof format === 'string' && context.isDate(format);
      dateStyles.set(style, known);
    }
    return known;
  };
  return {
    sharedString: (index) => {
      const entry = strings[index];
      return entry === undefined ? undefined : (entry.t ?? '');
    },
    numberText: (value, style) => cellText(isDateStyle(style) ? serialDate(value, context.date1904) : value),
  };
}
