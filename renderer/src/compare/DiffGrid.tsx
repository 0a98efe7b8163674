/**
 * The changed rows of one matrix (or all of them, on request), read-only, as the grid shows them: an activity that was added, moved or renamed, or
 * that has a changed cell, with every changed cell marked old → new. Nothing here can be edited: a revision's content
 * never changes, and the current state is edited in the grid itself.
 */
import { useTranslation } from 'react-i18next';
import { cellText, type DiffEntry } from '../../../shared/compare/diff';
import type { Content, Matrix } from '../../../shared/domain/document';

const ROW_KINDS = ['activity-added', 'activity-moved', 'activity-renamed'] as const;

export function DiffGrid(props: {
  content: Content;
  matrix: Matrix;
  entries: readonly DiffEntry[];
  /** Every row, not only the changed ones: to read a revision (or any side) as a whole, still read-only. */
  allRows: boolean;
}) {
  const { t } = useTranslation();
  const { matrix } = props;
  const mine = props.entries.filter((e) => e.matrixId === matrix.id && e.activityId !== undefined);
  if (mine.length === 0 && !props.allRows) return null;
  const changedCells = new Map(mine.filter((e) => e.kind === 'cell').map((e) => [`${e.activityId}/${e.partyId}`, e]));
  const rowChangesOf = new Map<string, DiffEntry[]>();
  for (const e of mine) {
    if (!(ROW_KINDS as readonly string[]).includes(e.kind)) continue;
    rowChangesOf.set(e.activityId!, [...(rowChangesOf.get(e.activityId!) ?? []), e]);
  }
  const rowChanges = (activityId: string) => rowChangesOf.get(activityId) ?? [];
  const touched = new Set(mine.map((e) => e.activityId));
  // The row-change column only when some row was added, moved or renamed: with cell changes alone it stays empty.
  const rowColumn = rowChangesOf.size > 0;
  const parties = matrix.partyIds.map((id) => props.content.parties.find((p) => p.id === id) ?? { id, name: id });
  const dash = '—';

  return (
    <table
      role="grid"
      aria-readonly="true"
      aria-label={t(props.allRows ? 'ui.compare.readOnlyAll' : 'ui.compare.readOnly', { matrix: matrix.title })}
      className="diff-grid"
    >
      <thead>
        <tr>
          <th scope="col">{t('ui.compare.activity')}</th>
          {rowColumn && <th scope="col">{t('ui.compare.rowChange')}</th>}
          {parties.map((p) => (
            <th scope="col" key={p.id}>
              {p.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.phases.map((phase) => {
          const rows = props.allRows ? phase.activities : phase.activities.filter((a) => touched.has(a.id));
          if (rows.length === 0) return null;
          return [
            <tr key={phase.id} className="diff-phase">
              <th scope="rowgroup" colSpan={parties.length + (rowColumn ? 2 : 1)}>
                {phase.title}
              </th>
            </tr>,
            ...rows.map((activity) => (
              <tr key={activity.id}>
                <th scope="row">{activity.title}</th>
                {rowColumn && (
                  <td role="gridcell" className="row-change">
                    {rowChanges(activity.id)
                      .map((e) => t(`ui.compare.row.${e.kind}`, { from: e.before }))
                      .join(' · ')}
                  </td>
                )}
                {parties.map((party) => {
                  const changed = changedCells.get(`${activity.id}/${party.id}`);
                  const name = `${activity.title} — ${party.name}`;
                  if (!changed) {
                    const text = cellText(activity.cells.find((c) => c.partyId === party.id));
                    return (
                      <td key={party.id} role="gridcell" aria-label={`${name}: ${text || dash}`}>
                        {text}
                      </td>
                    );
                  }
                  return (
                    <td
                      key={party.id}
                      role="gridcell"
                      className="changed"
                      aria-label={`${name}: ${changed.before || dash} → ${changed.after || dash}`}
                    >
                      <del>{changed.before || dash}</del> → <ins>{changed.after || dash}</ins>
                    </td>
                  );
                })}
              </tr>
            )),
          ];
        })}
      </tbody>
    </table>
  );
}
