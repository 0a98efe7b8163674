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

/** Random access to one sheet's cells. */
export class Sheet {
  private readonly cells = new Map<number, Map<number, string>>();
  private readonly noteMap = new Map<string, string>();
  readonly maxRow: number;
  readonly maxColumn: number;

  constructor(readonly grid: SheetGrid) {
    let maxRow = 0;
    let maxColumn = 0;
    for (const [r, cells] of grid.rows) {
      const row = new Map<number, string>();
      for (const [c, text] of cells) {
        row.set(c, text);
        maxColumn = Math.max(maxColumn, c);
      }
      this.cells.set(r, row);
      maxRow = Math.max(maxRow, r);
    }
    for (const [r, c, text] of grid.notes) this.noteMap.set(`${r}:${c}`, text);
    this.maxRow = maxRow;
    this.maxColumn = maxColumn;
  }

  get name(): string {
    return this.grid.name;
  }

  /** The text of a cell, trimmed; '' when empty. */
  text(row: number, column: number): string {
    return (this.cells.get(row)?.get(column) ?? '').trim();
  }

  note(row: number, column: number): string | null {
    return this.noteMap.get(`${row}:${column}`) ?? null;
  }

  /** The columns of a row whose cells hold text, in order: a wide sheet's row without looking at every empty column. */
  filledColumns(row: number): number[] {
    const cells = this.cells.get(row);
    if (!cells) return [];
    const columns: number[] = [];
    for (const [c, text] of cells) if (text.trim()) columns.push(c);
    return columns.sort((a, b) => a - b);
  }

  /** Row numbers that have at least one non-empty cell, in order. */
  rowNumbers(): number[] {
    return [...this.cells.keys()].sort((a, b) => a - b);
  }
}
