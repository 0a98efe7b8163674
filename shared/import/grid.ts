/**
 * A spreadsheet as the importers see it: sheets of cell texts, nothing else that could carry behaviour. Every reader
 * (xlsx, CSV/TSV, pasted HTML) produces this, so detection and matching never depend on the file format.
 */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  readonly name: string;
  readonly state: SheetState;
  /** Sparse rows: row number (1-based) → column number (1-based) → display text. Formulas appear as their results. */
  readonly rows: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, string]>]>;
  /** Merged ranges as [top, left, bottom, right], 1-based and inclusive. */
  readonly merges: ReadonlyArray<readonly [number, number, number, number]>;
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  /** Cell notes (comments): [row, column, text]. */
  readonly notes: ReadonlyArray<readonly [number, number, string]>;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

/** A spreadsheet column's letters: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Sheets already indexed, by their grid: a grid is never changed once read, so its index stays true. */
const indexed = new WeakMap<SheetGrid, Sheet>();

/** Random access to one sheet's cells. */
export class Sheet {
  /**
   * The one index of `grid`, built on first use: building it is the costly part on a large sheet, and the legend, the
   * other shapes' probes and the matrix reading all read the same grid.
   */
  static of(grid: SheetGrid): Sheet {
    let sheet = indexed.get(grid);
    if (!sheet) indexed.set(grid, (sheet = new Sheet(grid)));
    return sheet;
  }

  /**
   * Per row, its cells as the grid holds them, in column order: indexing a sheet does not copy its 200,000 cells, only
   * checks their order (readers write rows top-down and cells left to right; any other order is sorted out here).
   */
  private readonly cells = new Map<number, ReadonlyArray<readonly [number, string]>>();
  private readonly rows: readonly number[];
  private readonly noteMap = new Map<string, string>();
  readonly maxRow: number;
  readonly maxColumn: number;

  constructor(readonly grid: SheetGrid) {
    let maxRow = 0;
    let maxColumn = 0;
    let rowsAscending = true;
    // Indexed loops without destructuring, here and in detection's other passes over every cell: this code runs once
    // per import, mostly before the engine has optimised it, where each destructured pair costs an iterator.
    for (let i = 0; i < grid.rows.length; i++) {
      const r = grid.rows[i]![0];
      const ordered = inColumnOrder(grid.rows[i]![1]);
      if (ordered.length > 0) maxColumn = Math.max(maxColumn, ordered[ordered.length - 1]![0]);
      // A row written twice: the later one wins, as it always has.
      if (r <= maxRow) rowsAscending = false;
      this.cells.set(r, ordered);
      maxRow = Math.max(maxRow, r);
    }
    for (const [r, c, text] of grid.notes) this.noteMap.set(`${r}:${c}`, text);
    const rows = [...this.cells.keys()];
    this.rows = rowsAscending ? rows : rows.sort((a, b) => a - b);
    this.maxRow = maxRow;
    this.maxColumn = maxColumn;
  }

  get name(): string {
    return this.grid.name;
  }

  /** The text of a cell, trimmed; '' when empty. */
  text(row: number, column: number): string {
    const cells = this.cells.get(row);
    return cells ? textIn(cells, column) : '';
  }

  note(row: number, column: number): string | null {
    return this.noteMap.get(`${row}:${column}`) ?? null;
  }

  /** A row's cells as [column, text] in column order, texts as written (untrimmed, possibly blank). */
  rowCells(row: number): ReadonlyArray<readonly [number, string]> {
    return this.cells.get(row) ?? [];
  }

  /** The columns of a row whose cells hold text, in order: a wide sheet's row without looking at every empty column. */
  filledColumns(row: number): number[] {
    const columns: number[] = [];
    for (const [c, text] of this.cells.get(row) ?? []) if (text.trim()) columns.push(c);
    return columns;
  }

  /** Row numbers that have at least one non-empty cell, in order. */
  rowNumbers(): readonly number[] {
    return this.rows;
  }
}

/** The trimmed text of `column` among a row's cells in column order (`Sheet.rowCells`); '' when it has none. */
export function textIn(cells: ReadonlyArray<readonly [number, string]>, column: number): string {
  // Binary search: rows hold a dozen cells, or 20,000 in a sheet turned sideways.
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid]![0];
    if (c === column) return cells[mid]![1].trim();
    if (c < column) lo = mid + 1;
    else hi = mid;
  }
  return '';
}

/** A row's cells in column order, each column once (the last written wins): the row itself when it already is. */
function inColumnOrder(cells: ReadonlyArray<readonly [number, string]>): ReadonlyArray<readonly [number, string]> {
  let ascending = true;
  for (let i = 1; i < cells.length && ascending; i++) ascending = cells[i]![0] > cells[i - 1]![0];
  // (Rare: only hand-made grids are out of order.)
  if (ascending) return cells;
  const last = new Map<number, string>();
  for (const [c, text] of cells) last.set(c, text);
  return [...last].sort((a, b) => a[0] - b[0]);
}
