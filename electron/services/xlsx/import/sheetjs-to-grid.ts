/**
 * SheetJS workbook → grid, for every spreadsheet format we read: .xlsx (clients' sheets and our own exports), and the
 * formats exceljs cannot read, OpenDocument (.ods) and legacy Excel (.xls). Runs inside the parse worker, under the heap
 * cap and deadline. Cell texts as a reader sees them (values, never formulas; dates as YYYY-MM-DD), merges, hidden rows,
 * columns and sheets, and notes — the grid the exceljs reader made before (to-grid.ts; test/xlsx-readers.test.ts
 * compares the two), so detection cannot tell the readers or the formats apart.
 *
 * Read options chosen for speed: dense sheets (rows of cells, no address per cell), no formatted text (`cellText`), no
 * styles. Without styles SheetJS does not read an .xlsx's hidden rows and columns; those are scanned from the sheet's
 * XML before the parse (hidden-marks.ts) and joined to the grid by read-grid.ts.
 */
import type * as XLSX from '@e965/xlsx';
import type { SheetGrid, SheetState, WorkbookGrid } from '../../../../shared/import/grid';
import { IMPORT_LIMITS } from './limits';
import type { ScannedRow } from './sheet-data';
import { CellTooLongError, cellText } from './to-grid';

const STATES: Record<number, SheetState> = { 0: 'visible', 1: 'hidden', 2: 'veryHidden' };

/** Indexes (1-based) of the entries marked hidden in a SheetJS row or column list. */
const hiddenOf = (list: ReadonlyArray<{ hidden?: boolean } | undefined> | undefined): number[] =>
  (list ?? []).flatMap((entry, i) => (entry?.hidden ? [i + 1] : []));

/** Excel's serial day number → the date exceljs gives for it (days since 1899-12-30, in UTC, whatever the time zone). */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
}

export interface ReadContext {
  readonly isDate: (format: string) => boolean;
  readonly date1904: boolean;
}

/** The text a reader sees in a SheetJS cell; formula errors read as empty, as a formula's missing result does. */
function textOf(cell: XLSX.CellObject, context: ReadContext): string {
  const value = cell.v;
  if (value === undefined || cell.t === 'z' || cell.t === 'e') return '';
  if (cell.t === 'n' && typeof value === 'number' && typeof cell.z === 'string' && context.isDate(cell.z))
    return cellText(serialDate(value, context.date1904));
  return cellText(value as Parameters<typeof cellText>[0]);
}

/** Cells covered by a merge but not its top-left one: their text is hidden behind the merge, as Excel shows it. */
function coveredCells(merges: readonly XLSX.Range[]): Set<number> {
  const covered = new Set<number>();
  for (const m of merges) {
    // A merge larger than the rows limit is hostile or broken; its cells beyond the limit are never read anyway.
    const bottom = Math.min(m.e.r, IMPORT_LIMITS.rowsPerSheet);
    for (let r = m.s.r; r <= bottom; r++)
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(r * 16_384 + c);
  }
  return covered;
}

/**
 * One sheet's grid from SheetJS's parse. `scanned`: the sheet's cells as sheet-data.ts read them, when SheetJS was given
 * the sheet without its cells (xlsx-to-grid.ts); SheetJS's parse then still gives its merges and notes.
 */
export function sheetGrid(
  name: string,
  state: SheetState,
  ws: XLSX.WorkSheet,
  context: ReadContext,
  scanned?: readonly ScannedRow[],
): SheetGrid {
  const rows: Array<readonly [number, ReadonlyArray<readonly [number, string]>]> = [];
  const notes: Array<readonly [number, number, string]> = [];
  const merges = ws['!merges'] ?? [];
  const covered = merges.length > 0 ? coveredCells(merges) : null;
  const data = (ws['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const last = Math.min(data.length, IMPORT_LIMITS.rowsPerSheet);
  for (let r = 0; r < last; r++) {
    const row = data[r];
    if (!row) continue;
    const cells: Array<readonly [number, string]> = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      if (cell.c) {
        const comment = cell.c.map((part) => part.t ?? '').join('\n');
        if (comment) notes.push([r + 1, c + 1, comment]);
      }
      if (scanned || covered?.has(r * 16_384 + c)) continue;
      const text = textOf(cell, context);
      if (text.length > IMPORT_LIMITS.cellChars) throw new CellTooLongError(name, cellAddress(r, c), text.length);
      if (text !== '') cells.push([c + 1, text]);
    }
    if (cells.length > 0) rows.push([r + 1, cells]);
  }
  return {
    name,
    state,
    rows: scanned ? (covered ? uncovered(scanned, covered) : scanned) : rows,
    merges: merges.map((m) => [m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1] as const),
    hiddenRows: hiddenOf(ws['!rows']),
    hiddenColumns: hiddenOf(ws['!cols']),
    notes,
  };
}

/** Scanned rows without the cells a merge covers; rows no merge reaches are kept as they are, not copied. */
function uncovered(rows: readonly ScannedRow[], covered: ReadonlySet<number>): ScannedRow[] {
  const reached = new Set<number>();
  for (const key of covered) reached.add(Math.floor(key / 16_384) + 1);
  const kept: ScannedRow[] = [];
  for (const row of rows) {
    if (!reached.has(row[0])) {
      kept.push(row);
      continue;
    }
    const cells = row[1].filter(([c]) => !covered.has((row[0] - 1) * 16_384 + (c - 1)));
    if (cells.length > 0) kept.push([row[0], cells]);
  }
  return kept;
}

function cellAddress(r: number, c: number): string {
  let letters = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${r + 1}`;
}

/**
 * SheetJS's read options, chosen for speed (see the top of this file). `serialDates`: an .xlsx's dates are read as serial
 * numbers with a date format and turned into dates here, the way exceljs does (SheetJS's own dates are counted in
 * local time). .ods and .xls keep SheetJS's dates, as before. `only`: the indexes of the sheets to read.
 */
export function readOptions(serialDates: boolean, only?: readonly number[]): XLSX.ParsingOptions {
  return {
    ...(only ? { sheets: [...only] } : {}),
    type: 'array',
    dense: true,
    cellDates: !serialDates,
    cellNF: true,
    cellText: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
  };
}

export function readContext(xlsx: typeof XLSX, wb: XLSX.WorkBook): ReadContext {
  return {
    isDate: (format) => (xlsx.SSF as { is_date: (f: string) => boolean }).is_date(format),
    date1904: Boolean(wb.Workbook?.WBProps?.date1904),
  };
}

/** Sheet `i`'s state: visible, hidden or very hidden. */
export const sheetState = (wb: XLSX.WorkBook, i: number): SheetState =>
  STATES[wb.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? 'visible';

/** The grid of a workbook in any format SheetJS reads, every cell read by SheetJS. */
export function sheetJsToGrid(xlsx: typeof XLSX, bytes: Uint8Array, serialDates = false, only?: readonly number[]): WorkbookGrid {
  const wb = xlsx.read(bytes, readOptions(serialDates, only));
  const context = readContext(xlsx, wb);
  const indexes = only ?? wb.SheetNames.map((_name, i) => i);
  return {
    sheets: indexes.map((i) => sheetGrid(wb.SheetNames[i]!, sheetState(wb, i), wb.Sheets[wb.SheetNames[i]!]!, context)),
  };
}
