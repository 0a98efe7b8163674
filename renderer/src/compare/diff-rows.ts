/**
 * What the compare grid shows of one matrix, without React (so tests read it directly): the phases with the rows to
 * show — the changed ones, or all on request — each with its row changes (added, moved, renamed) and every cell as
 * text, a changed cell with its old and new text.
 */
import { cellText, type DiffEntry } from '../../../shared/compare/diff';
import type { Activity, Content, Matrix, Phase } from '../../../shared/domain/document';

const ROW_KINDS: ReadonlySet<string> = new Set(['activity-added', 'activity-moved', 'activity-renamed']);

export interface RowChange {
  /** The message key of the change: ui.compare.row.<kind>, "-within" for a move inside its phase. */
  readonly key: string;
  /** The old phase (moved) or title (renamed). */
  readonly from: string;
}

export interface DiffCell {
  readonly partyId: string;
  readonly text: string;
  /** Old and new text of a changed cell; null when it did not change. */
  readonly change: { readonly before: string; readonly after: string } | null;
}

export interface DiffRows {
  readonly parties: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** Whether any row was added, moved or renamed: the row-change column is shown only then. */
  readonly rowChanges: boolean;
  readonly phases: ReadonlyArray<{
    readonly phase: Phase;
    readonly rows: ReadonlyArray<{ readonly activity: Activity; readonly changes: RowChange[]; readonly cells: DiffCell[] }>;
  }>;
}

/** Null when nothing of the matrix changed and only changes are asked for. */
export function diffRows(content: Content, matrix: Matrix, entries: readonly DiffEntry[], allRows: boolean): DiffRows | null {
  const mine = entries.filter((e) => e.matrixId === matrix.id && e.activityId !== undefined);
  if (mine.length === 0 && !allRows) return null;
  const changedCells = new Map(mine.filter((e) => e.kind === 'cell').map((e) => [`${e.activityId}/${e.partyId}`, e]));
  const rowChangesOf = new Map<string, RowChange[]>();
  for (const e of mine) {
    if (!ROW_KINDS.has(e.kind)) continue;
    const key = `ui.compare.row.${e.kind}${e.kind === 'activity-moved' && !e.before ? '-within' : ''}`;
    rowChangesOf.set(e.activityId!, [...(rowChangesOf.get(e.activityId!) ?? []), { key, from: e.before }]);
  }
  const touched = new Set(mine.map((e) => e.activityId));
  const parties = matrix.partyIds.map((id) => content.parties.find((p) => p.id === id) ?? { id, name: id });
  const row = (activity: Activity) => ({
    activity,
    changes: rowChangesOf.get(activity.id) ?? [],
    cells: parties.map((party): DiffCell => {
      const changed = changedCells.get(`${activity.id}/${party.id}`);
      return {
        partyId: party.id,
        text: cellText(activity.cells.find((c) => c.partyId === party.id)),
        change: changed ? { before: changed.before, after: changed.after } : null,
      };
    }),
  });
  return {
    parties,
    rowChanges: rowChangesOf.size > 0,
    phases: matrix.phases
      .map((phase) => ({ phase, rows: phase.activities.filter((a) => allRows || touched.has(a.id)).map(row) }))
      .filter((p) => p.rows.length > 0),
  };
}
