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
   * Per row, its cells' texts, trimmed once here, in an array indexed by column: detection reads each cell many times,
   * and an array index is cheaper than a second map (a sparse row's array simply has holes).
   */
  private readonly cells = new Map<number, string[]>();
  /** Per row, the columns whose cells hold text, ascending. */
  private readonly filled = new Map<number, readonly number[]>();
  private readonly rows: readonly number[];
  private readonly noteMap = new Map<string, string>();
  readonly maxRow: number;
  readonly maxColumn: number;

  constructor(readonly grid: SheetGrid) {
    let maxRow = 0;
    let maxColumn = 0;
    for (const [r, cells] of grid.rows) {
      const row: string[] = [];
      const columns: number[] = [];
      let ascending = true;
      for (const [c, raw] of cells) {
        const text = raw.trim();
        row[c] = text;
        if (c > maxColumn) maxColumn = c;
        if (!text) continue;
        if (columns.length > 0 && columns[columns.length - 1]! >= c) ascending = false;
        columns.push(c);
      }
      this.cells.set(r, row);
      // Readers write a row's cells left to right; any other order (or a column twice) is sorted out here.
      this.filled.set(r, ascending ? columns : [...new Set(columns)].filter((c) => row[c]).sort((a, b) => a - b));
      if (r > maxRow) maxRow = r;
    }
    for (const [r, c, text] of grid.notes) this.noteMap.set(`${r}:${c}`, text);
    this.rows = [...this.cells.keys()].sort((a, b) => a - b);
    this.maxRow = maxRow;
    this.maxColumn = maxColumn;
  }

  get name(): string {
    return this.grid.name;
  }

  /** The text of a cell, trimmed; '' when empty. */
  text(row: number, column: number): string {
    return this.cells.get(row)?.[column] ?? '';
  }

  note(row: number, column: number): string | null {
    return this.noteMap.get(`${row}:${column}`) ?? null;
  }

  /** The columns of a row whose cells hold text, in order: a wide sheet's row without looking at every empty column. */
  filledColumns(row: number): readonly number[] {
    return this.filled.get(row) ?? [];
  }

  /** Row numbers that have at least one non-empty cell, in order. */
  rowNumbers(): readonly number[] {
    return this.rows;
  }
}
