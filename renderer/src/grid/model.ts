/**
 * The grid's model, free of React and the DOM so it can be unit tested: the visual rows (phase bands and activities,
 * with collapsed phases hiding their activities), positions in the grid, and rectangular selections.
 */
import { rangeBetween, type CellRange } from '../../../shared/clipboard/view';
import type { Activity, Matrix, Phase } from '../../../shared/domain/document';

export type VisualRow =
  | { readonly kind: 'phase'; readonly phase: Phase; readonly index: number; readonly collapsed: boolean }
  | { readonly kind: 'activity'; readonly phase: Phase; readonly activity: Activity; readonly position: number };

/**
 * The rows of a matrix on screen. An edit gives a new object only for the phase it changed (the document model shares
 * the rest), so each phase's rows are kept per phase object and only the changed phase's are built again.
 */
export function visualRows(matrix: Matrix, collapsed: ReadonlySet<string>): VisualRow[] {
  return matrix.phases.flatMap((phase, index) => phaseRows(phase, index, collapsed.has(phase.id)));
}

const rowsByPhase = new WeakMap<Phase, { index: number; collapsed: boolean; rows: VisualRow[] }>();

function phaseRows(phase: Phase, index: number, collapsed: boolean): VisualRow[] {
  const cached = rowsByPhase.get(phase);
  if (cached && cached.index === index && cached.collapsed === collapsed) return cached.rows;
  const rows: VisualRow[] = [
    { kind: 'phase', phase, index, collapsed },
    ...(collapsed
      ? []
      : phase.activities.map((activity, position): VisualRow => ({ kind: 'activity', phase, activity, position }))),
  ];
  rowsByPhase.set(phase, { index, collapsed, rows });
  return rows;
}

/** A grid position: `row` indexes visual rows; `column` 0 is the row header (activity or phase), 1.. the parties. */
export interface Position {
  readonly row: number;
  readonly column: number;
}

/** A selection: the anchor where it started and the focus where it ends (the active cell). */
export interface Selection {
  readonly anchor: Position;
  readonly focus: Position;
}

export const single = (position: Position): Selection => ({ anchor: position, focus: position });

/** A rectangle, inclusive on all sides: the same shape the clipboard functions use, in grid or clipboard coordinates. */
export type Range = CellRange;

export const rangeOf = ({ anchor, focus }: Selection): Range => rangeBetween(anchor, focus);

export const inRange = (range: Range, row: number, column: number): boolean =>
  row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

/** Clamps a position to the grid; band rows have only their header column. */
export function clamp(rows: readonly VisualRow[], partyCount: number, position: Position): Position {
  const row = Math.max(0, Math.min(rows.length - 1, position.row));
  const column = rows[row]?.kind === 'phase' ? 0 : Math.max(0, Math.min(partyCount, position.column));
  return { row, column };
}

/**
 * The cells a range covers, as activity ids (top to bottom, skipping bands) and party ids (left to right, skipping
 * the header column): what copy, paste, fill and clear work on.
 */
export function cellsOf(
  rows: readonly VisualRow[],
  partyIds: readonly string[],
  range: Range,
): { activityIds: string[]; partyIds: string[] } {
  const activityIds: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = rows[r];
    if (row?.kind === 'activity') activityIds.push(row.activity.id);
  }
  return { activityIds, partyIds: partyIds.slice(Math.max(0, range.left - 1), range.right) };
}

/** Where an activity sits among the activity rows that are visible: the row order paste and fill use. */
export const activityOrder = (rows: readonly VisualRow[]): string[] =>
  rows.flatMap((row) => (row.kind === 'activity' ? [row.activity.id] : []));

/** A visual range in clipboard coordinates (visible activities × parties), or null when it covers no cell. */
export function toViewRange(rows: readonly VisualRow[], range: Range): Range | null {
  let top = -1;
  let bottom = -1;
  let index = 0;
  for (let r = 0; r < rows.length && r <= range.bottom; r++) {
    if (rows[r]!.kind !== 'activity') continue;
    if (r >= range.top) {
      if (top < 0) top = index;
      bottom = index;
    }
    index++;
  }
  const left = Math.max(range.left, 1) - 1;
  const right = range.right - 1;
  return top < 0 || right < left ? null : { top, bottom, left, right };
}

/** The visual selection covering a clipboard-coordinates range (e.g. what a paste filled). */
export function fromViewRange(rows: readonly VisualRow[], range: Range): Selection | null {
  const visual: number[] = [];
  rows.forEach((row, r) => row.kind === 'activity' && visual.push(r));
  const top = visual[range.top];
  const bottom = visual[range.bottom];
  if (top === undefined || bottom === undefined) return null;
  return { anchor: { row: top, column: range.left + 1 }, focus: { row: bottom, column: range.right + 1 } };
}

/**
 * Where Alt+↑/↓ takes an activity: one place up or down in its phase, or across the band into the neighbouring
 * phase (to its end going up, its start going down). Null at the very top or bottom of the matrix.
 */
export function nudgeActivity(
  matrix: Matrix,
  activityId: string,
  direction: -1 | 1,
): { phaseId: string; position: number } | null {
  const p = matrix.phases.findIndex((phase) => phase.activities.some((a) => a.id === activityId));
  const phase = matrix.phases[p];
  if (!phase) return null;
  const position = phase.activities.findIndex((a) => a.id === activityId) + direction;
  if (position >= 0 && position < phase.activities.length) return { phaseId: phase.id, position };
  const neighbour = matrix.phases[p + direction];
  if (!neighbour) return null;
  return { phaseId: neighbour.id, position: direction < 0 ? neighbour.activities.length : 0 };
}

/**
 * Where dropping activity `id` on row `target` puts it: on an activity row, before or after it (`lowerHalf`: the
 * pointer is in the row's lower half); on a phase band, first in that phase. `phaseId` only when it changes phase.
 * Null when `id` is not a row of the grid.
 */
export function activityDrop(
  rows: readonly VisualRow[],
  id: string,
  target: VisualRow,
  lowerHalf: boolean,
): { position: number; phaseId?: string } | null {
  const source = rows.find((r) => r.kind === 'activity' && r.activity.id === id);
  if (!source || source.kind !== 'activity') return null;
  let position = 0;
  if (target.kind === 'activity') {
    position = target.position + (lowerHalf ? 1 : 0);
    // Within its own phase, the row's own place closes up once it is lifted out.
    if (source.phase.id === target.phase.id && source.position < position) position--;
  }
  return target.phase.id === source.phase.id ? { position } : { position, phaseId: target.phase.id };
}
