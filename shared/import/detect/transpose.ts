/** A sheet turned sideways, for reading a matrix whose activities run across the top. */
import type { SheetGrid } from '../grid';

/** The sheet with rows and columns swapped (activities across the top, parties down the side). */
export function transpose(grid: SheetGrid): SheetGrid {
  const cells = new Map<number, Array<[number, string]>>();
  // One pass, appending in place: copying a column's list for every cell made a 20,000-column sheet quadratic.
  for (const [r, row] of grid.rows) {
    for (const [c, text] of row) {
      const column = cells.get(c);
      if (column) column.push([r, text]);
      else cells.set(c, [[r, text]]);
    }
  }
  return {
    ...grid,
    rows: [...cells].sort((a, b) => a[0] - b[0]),
    merges: grid.merges.map(([t, l, b, r]) => [l, t, r, b] as const),
    hiddenRows: grid.hiddenColumns,
    hiddenColumns: grid.hiddenRows,
    notes: grid.notes.map(([r, c, text]) => [c, r, text] as const),
  };
}
