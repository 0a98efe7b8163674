/**
 * exceljs workbook → grid: cell texts as a reader sees them (formula results, never formulas; dates as YYYY-MM-DD),
 * merges, hidden rows, columns and sheets, and notes. Runs inside the parse worker.
 */
import type ExcelJS from 'exceljs';
import type { SheetGrid, SheetState, WorkbookGrid } from '../../../../shared/import/grid';
import { IMPORT_LIMITS } from './limits';

export class CellTooLongError extends Error {
  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly length: number,
  ) {
    super(
      `sheet "${sheet}" cell ${address} holds ${length.toLocaleString('en')} characters; the limit is ${IMPORT_LIMITS.cellChars.toLocaleString('en')}`,
    );
  }
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** The text a cell shows. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined || (typeof result === 'object' && result !== null && 'error' in result) ? '' : cellText(result);
  }
  if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return '';
}

function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join('') : null;
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: Array<[number, Array<[number, string]>]> = [];
  const notes: Array<[number, number, string]> = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const cells: Array<[number, string]> = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range shows its text once, in its top-left cell.
      if (cell.isMerged && cell.master !== cell) return;
      const text = cellText(cell.value);
      if (text.length > IMPORT_LIMITS.cellChars) throw new CellTooLongError(ws.name, cell.address, text.length);
      if (text !== '') cells.push([c, text]);
      const note = noteText(cell.note);
      if (note) notes.push([r, c, note]);
    });
    if (cells.length > 0) rows.push([r, cells]);
  });
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
  // exceljs keeps merges only in a private map of Range objects (top/left/bottom/right getters).
  type Range = { top: number; left: number; bottom: number; right: number };
  const privateMerges = (ws as unknown as { _merges?: Record<string, Range> })._merges ?? {};
  const merges = Object.values(privateMerges).map((m) => [m.top, m.left, m.bottom, m.right] as const);
  return { name: ws.name, state: (ws.state ?? 'visible') as SheetState, rows, merges, hiddenRows, hiddenColumns, notes };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(sheetToGrid) };
}
