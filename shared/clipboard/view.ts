/**
 * The grid as the clipboard functions see it: the matrix, its vocabulary, and the rows and columns in the order the
 * screen shows them. Positions are indexes into that order (0-based), so a sorted or filtered grid pastes where the
 * user sees the cells, not where they sit in the document.
 */
import type { Activity, Matrix } from '../domain/document';
import { ROLE_SEPARATOR, type Vocabulary } from '../domain/vocabulary';
import { sameRoles } from './roles';

export interface MatrixView {
  readonly matrix: Matrix;
  readonly vocabulary: Vocabulary;
  /** Activity ids, one per visible row, top to bottom. */
  readonly activityIds: readonly string[];
  /** Party ids, one per visible column, left to right. */
  readonly partyIds: readonly string[];
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells, inclusive on all sides. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One cell's new roles; notes are never touched by the clipboard. */
export interface CellEdit {
  readonly activityId: string;
  readonly partyId: string;
  readonly roles: string[];
}

/** How the grid shows a cell's roles, and so what copying writes: "A/R". */
export { ROLE_SEPARATOR };

export function roleText(roles: readonly string[]): string {
  return roles.join(ROLE_SEPARATOR);
}

/** The range between two corners in any order, e.g. where a drag started and where it is now. */
export function rangeBetween(a: CellPosition, b: CellPosition): CellRange {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** The part of a range that lies on the grid; null when none does. */
export function clampRange(view: MatrixView, range: CellRange): CellRange | null {
  const clamped = {
    top: Math.max(0, Math.min(range.top, range.bottom)),
    left: Math.max(0, Math.min(range.left, range.right)),
    bottom: Math.min(view.activityIds.length - 1, Math.max(range.top, range.bottom)),
    right: Math.min(view.partyIds.length - 1, Math.max(range.left, range.right)),
  };
  return clamped.top <= clamped.bottom && clamped.left <= clamped.right ? clamped : null;
}

/** Random access to the cells on screen. */
export class ViewCells {
  private readonly activities = new Map<string, Activity>();

  constructor(readonly view: MatrixView) {
    for (const phase of view.matrix.phases) for (const activity of phase.activities) this.activities.set(activity.id, activity);
    // A row or column the matrix does not have means the view is out of date; editing by it would hit the wrong cell.
    for (const id of view.activityIds) if (!this.activities.has(id)) throw new Error(`activity "${id}" is not in the matrix`);
    for (const id of view.partyIds) if (!view.matrix.partyIds.includes(id)) throw new Error(`party "${id}" is not in the matrix`);
  }

  activityId(row: number): string {
    return this.view.activityIds[row]!;
  }

  partyId(column: number): string {
    return this.view.partyIds[column]!;
  }

  activity(row: number): Activity {
    return this.activities.get(this.activityId(row))!;
  }

  roles(row: number, column: number): readonly string[] {
    const partyId = this.partyId(column);
    return this.activity(row).cells.find((c) => c.partyId === partyId)?.roles ?? [];
  }

  /** An edit that sets the cell to `roles`, or null when it already holds them (in any order). */
  edit(row: number, column: number, roles: string[]): CellEdit | null {
    return sameRoles(this.roles(row, column), roles)
      ? null
      : { activityId: this.activityId(row), partyId: this.partyId(column), roles };
  }
}
