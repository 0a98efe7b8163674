/**
 * SheetJS workbook → grid, for the formats exceljs cannot read: OpenDocument (.ods) and legacy Excel (.xls). Runs
 * inside the parse worker, under the same heap cap and deadline as the xlsx path. Cell texts as a reader sees them
 * (values, never formulas; dates as YYYY-MM-DD), merges, hidden rows, columns and sheets, and notes — the same grid
 * the exceljs path makes, so detection cannot tell the formats apart.
 */
import type * as XLSX from '@e965/xlsx';
import type { SheetGrid, SheetState, WorkbookGrid } from '../../../../shared/import/grid';
import { IMPORT_LIMITS } from './limits';
import { CellTooLongError, cellText } from './to-grid';

const STATES: Record<number, SheetState> = { 0: 'visible', 1: 'hidden', 2: 'veryHidden' };

/** Indexes (1-based) of the entries marked hidden in a SheetJS row or column list. */
const hiddenOf = (list: ReadonlyArray<{ hidden?: boolean } | undefined> | undefined): number[] =>
  (list ?? []).flatMap((entry, i) => (entry?.hidden ? [i + 1] : []));

function sheetGrid(utils: typeof XLSX.utils, name: string, state: SheetState, ws: XLSX.WorkSheet): SheetGrid {
  const rows = new Map<number, Array<readonly [number, string]>>();
  const notes: Array<readonly [number, number, string]> = [];
  for (const address of Object.keys(ws)) {
    if (address.startsWith('!')) continue;
    const cell = ws[address] as XLSX.CellObject;
    const { r, c } = utils.decode_cell(address);
    if (r + 1 > IMPORT_LIMITS.rowsPerSheet) continue;
    const text = cell.v === undefined ? '' : cellText(cell.v as Parameters<typeof cellText>[0]);
    if (text.length > IMPORT_LIMITS.cellChars) throw new CellTooLongError(name, address, text.length);
    if (text !== '') {
      const row = rows.get(r + 1) ?? [];
      row.push([c + 1, text]);
      rows.set(r + 1, row);
    }
    const comment = cell.c?.map((part) => part.t ?? '').join('\n');
    if (comment) notes.push([r + 1, c + 1, comment]);
  }
  return {
    name,
    state,
    rows: [...rows].sort((a, b) => a[0] - b[0]).map(([r, cells]) => [r, cells.sort((a, b) => a[0] - b[0])] as const),
    merges: (ws['!merges'] ?? []).map((m) => [m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1] as const),
    hiddenRows: hiddenOf(ws['!rows']),
    hiddenColumns: hiddenOf(ws['!cols']),
    notes,
  };
}

export function sheetJsToGrid(xlsx: typeof XLSX, bytes: Uint8Array): WorkbookGrid {
  const wb = xlsx.read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false });
  return {
    sheets: wb.SheetNames.map((name, i) =>
      sheetGrid(xlsx.utils, name, STATES[wb.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? 'visible', wb.Sheets[name]!),
    ),
  };
}
