/**
 * The changed rows of one matrix (or all of them, on request), read-only, as the grid shows them: an activity that
 * was added, moved or renamed, or that has a changed cell, with every changed cell marked old → new. Nothing here can
 * be edited: a revision's content never changes, and the current state is edited in the grid itself.
 */
import { useTranslation } from 'react-i18next';
import type { DiffEntry } from '../../../shared/compare/diff';
import type { Content, Matrix } from '../../../shared/domain/document';
import { diffRows } from './diff-rows';

const DASH = '—';

export function DiffGrid(props: {
  content: Content;
  matrix: Matrix;
  entries: readonly DiffEntry[];
  /** Every row, not only the changed ones: to read a revision (or any side) as a whole, still read-only. */
  allRows: boolean;
}) {
  const { t } = useTranslation();
  const { matrix } = props;
  const shown = diffRows(props.content, matrix, props.entries, props.allRows);
  if (!shown) return null;
  const { parties, rowChanges } = shown;

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
          {rowChanges && <th scope="col">{t('ui.compare.rowChange')}</th>}
          {parties.map((p) => (
            <th scope="col" key={p.id}>
              {p.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.phases.map(({ phase, rows }) => [
          <tr key={phase.id} className="diff-phase">
            <th scope="rowgroup" colSpan={parties.length + (rowChanges ? 2 : 1)}>
              {phase.title}
            </th>
          </tr>,
          ...rows.map(({ activity, changes, cells }) => (
            <tr key={activity.id}>
              <th scope="row">{activity.title}</th>
              {rowChanges && (
                <td role="gridcell" className="row-change">
                  {changes.map((c) => t(c.key, { from: c.from })).join(' · ')}
                </td>
              )}
              {cells.map((cell, i) => {
                const name = `${activity.title} — ${parties[i]!.name}`;
                if (!cell.change) {
                  return (
                    <td key={cell.partyId} role="gridcell" aria-label={`${name}: ${cell.text || DASH}`}>
                      {cell.text}
                    </td>
                  );
                }
                const { before, after } = cell.change;
                return (
                  <td
                    key={cell.partyId}
                    role="gridcell"
                    className="changed"
                    aria-label={`${name}: ${before || DASH} → ${after || DASH}`}
                  >
                    <del>{before || DASH}</del> → <ins>{after || DASH}</ins>
                  </td>
                );
              })}
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
