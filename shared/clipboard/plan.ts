/**
 * Pasting and filling as plans: the cell edits to make and what could not be read, computed before anything changes,
 * so the UI can apply them as one undoable step or show the problems first.
 */
import { readCell, type PasteProblemReason } from './roles';
import { clampRange, rangeBetween, ViewCells, type CellEdit, type CellPosition, type CellRange, type MatrixView } from './view';

/** A pasted cell left as it was. */
export interface PasteProblem {
  /** Where it would have gone, in view positions and ids. */
  readonly row: number;
  readonly column: number;
  readonly activityId: string;
  readonly partyId: string;
  /** The pasted text, as it was on the clipboard. */
  readonly text: string;
  readonly reason: PasteProblemReason;
  readonly unknown: readonly string[];
}

export interface PastePlan {
  /** Cells whose roles change; cells that already hold the pasted roles are left out. */
  readonly edits: CellEdit[];
  readonly problems: PasteProblem[];
  /** Pasted cells that fell beyond the last row or column and were dropped. */
  readonly clipped: number;
  /** The cells the paste covered on the grid (to select afterwards); null when it covered none. */
  readonly range: CellRange | null;
}

/**
 * Where a block of `height` × `width` pasted at `target` lands, as Excel decides it: when the selection is a whole
 * multiple of the block in both directions (and so at least its size) the block repeats to fill it; otherwise the block
 * goes once at the selection's top-left cell, running past the selection if larger.
 */
function pasteArea(target: CellRange, height: number, width: number): CellRange {
  const rows = target.bottom - target.top + 1;
  const columns = target.right - target.left + 1;
  if (rows % height === 0 && columns % width === 0) return target;
  return { top: target.top, left: target.left, bottom: target.top + height - 1, right: target.left + width - 1 };
}

/**
 * The edits that paste `grid` (from parseClipboard) at `target`: a single cell as the anchor, or the selected range.
 * Every pasted text is read by readRoleText (./roles.ts); an empty one clears its cell. A text that names no role of the
 * vocabulary, or several where the vocabulary allows one, changes nothing and is reported. Notes stay as they are.
 */
export function planPaste(view: MatrixView, target: CellPosition | CellRange, grid: readonly (readonly string[])[]): PastePlan {
  const height = grid.length;
  const width = grid.reduce((max, r) => Math.max(max, r.length), 0);
  if (height === 0 || width === 0) return { edits: [], problems: [], clipped: 0, range: null };
  const selection =
    'row' in target
      ? rangeBetween(target, target)
      : (clampRange(view, target) ??
        rangeBetween({ row: target.top, column: target.left }, { row: target.bottom, column: target.right }));
  const area = pasteArea(selection, height, width);
  const range = clampRange(view, area);
  const covered = range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0;
  const clipped = (area.bottom - area.top + 1) * (area.right - area.left + 1) - covered;
  if (!range) return { edits: [], problems: [], clipped, range };

  const cells = new ViewCells(view);
  const edits: CellEdit[] = [];
  const problems: PasteProblem[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      const text = grid[(row - area.top) % height]![(column - area.left) % width] ?? '';
      const read = readCell(text, view.vocabulary);
      if (read.reason) {
        const { reason, unknown } = read;
        problems.push({ row, column, activityId: cells.activityId(row), partyId: cells.partyId(column), text, reason, unknown });
        continue;
      }
      const edit = cells.edit(row, column, read.roles);
      if (edit) edits.push(edit);
    }
  }
  return { edits, problems, clipped, range };
}

export interface FillOptions {
  /** The cell whose roles fill the range; the range's top-left cell when not given. Ignored with `direction`. */
  readonly from?: CellPosition;
  /** Excel's Ctrl+D ('down': each column takes its top cell) and Ctrl+R ('right': each row takes its left cell). */
  readonly direction?: 'down' | 'right';
}

/** The edits that fill `range` with the roles of one of its cells (see FillOptions); unchanged cells are left out. */
export function planFill(view: MatrixView, range: CellRange, options: FillOptions = {}): CellEdit[] {
  const clamped = clampRange(view, range);
  if (!clamped) return [];
  const cells = new ViewCells(view);
  const from = options.from ?? { row: clamped.top, column: clamped.left };
  if (from.row < clamped.top || from.row > clamped.bottom || from.column < clamped.left || from.column > clamped.right)
    throw new Error('the cell to fill from must lie in the range');
  const edits: CellEdit[] = [];
  for (let row = clamped.top; row <= clamped.bottom; row++) {
    for (let column = clamped.left; column <= clamped.right; column++) {
      const source =
        options.direction === 'down'
          ? { row: clamped.top, column }
          : options.direction === 'right'
            ? { row, column: clamped.left }
            : from;
      const edit = cells.edit(row, column, [...cells.roles(source.row, source.column)]);
      if (edit) edits.push(edit);
    }
  }
  return edits;
}
