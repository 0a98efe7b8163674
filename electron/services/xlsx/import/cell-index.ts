/**
 * Random access to one sheet's cells and notes for reading a returned export: the same answers as Sheet
 * (shared/import/grid.ts), built for what that reading does to a 20,000-row sheet. Sheet copies every row into a Map
 * and finds a note by a "row:column" key made for each look-up; here a row keeps the grid's own array of cells, which
 * a look-up scans (a matrix row has a dozen), and notes are kept by row the same way. A row with many cells (a
 * hostile or very wide sheet) gets a Map on its first look-up, so no look-up costs more than the row's width once.
 */
import type { SheetGrid } from '../../../../shared/import/grid';

type Cells = ReadonlyArray<readonly [number, string]>;

/** Up to this many cells a row is scanned; a wider one is looked up through a Map. */
const SCANNED = 24;

/** The text at `column` among `cells`, the last one written winning (as a Map built from them would hold). */
class Row {
  private byColumn: Map<number, string> | undefined;
  constructor(private readonly cells: Cells) {}

  get(column: number): string | undefined {
    const cells = this.cells;
    if (cells.length <= SCANNED) {
      for (let i = cells.length - 1; i >= 0; i--) if (cells[i]![0] === column) return cells[i]![1];
      return undefined;
    }
    if (!this.byColumn) this.byColumn = new Map(cells);
    return this.byColumn.get(column);
  }
}

export class CellIndex {
  private readonly rows = new Map<number, Row>();
  private readonly notes = new Map<number, Row>();
  private sortedRows: readonly number[] | undefined;
  readonly maxColumn: number;

  constructor(readonly grid: SheetGrid) {
    let maxColumn = 0;
    for (const [r, cells] of grid.rows) {
      // A row number given twice: the later row replaces the earlier, as in Sheet; its columns still count.
      this.rows.set(r, new Row(cells));
      for (let i = 0; i < cells.length; i++) if (cells[i]![0] > maxColumn) maxColumn = cells[i]![0];
    }
    const notes = new Map<number, Array<readonly [number, string]>>();
    for (const [r, c, text] of grid.notes) {
      const row = notes.get(r);
      if (row) row.push([c, text]);
      else notes.set(r, [[c, text]]);
    }
    for (const [r, cells] of notes) this.notes.set(r, new Row(cells));
    this.maxColumn = maxColumn;
  }

  get name(): string {
    return this.grid.name;
  }

  /** The text of a cell, trimmed; '' when empty. */
  text(row: number, column: number): string {
    return (this.rows.get(row)?.get(column) ?? '').trim();
  }

  note(row: number, column: number): string | null {
    return this.notes.get(row)?.get(column) ?? null;
  }

  /** The sheet's row numbers, in order (the same array each time: callers only read it). */
  rowNumbers(): readonly number[] {
    return (this.sortedRows ??= [...this.rows.keys()].sort((a, b) => a - b));
  }
}
