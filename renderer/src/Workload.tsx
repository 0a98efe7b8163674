/**
 * The workload view: a plain table with phases as rows and parties as columns, each cell listing how many of each role
 * the party holds in that phase ("A 2 · R 5") on a background that darkens with the cell's total. A role filter narrows
 * the counts, and the heat, to one role, which is how a reviewer spots "who is accountable for most of Staging".
 *
 * A real <table> rather than the grid's ARIA grid: nothing here is editable, and screen readers announce row and column
 * headers of a native table without help. Its caption names it, so tests find it with getByRole('table', { name }).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content, Matrix } from '../../shared/domain/document';
import { isLanguage } from '../../shared/domain/languages';
import { roleLetters } from '../../shared/domain/role-letters';
import { findRole } from '../../shared/domain/vocabulary';
import { computeWorkload, heatColor, HEAT_TEXT, type WorkloadCell } from '../../shared/domain/workload';
import { roleLabel } from './Legend';
import './workload.css';

export interface WorkloadProps {
  readonly doc: Content;
  readonly matrix: Matrix;
}

export function Workload({ doc, matrix }: WorkloadProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const vocabulary = doc.vocabularies.find((v) => v.id === matrix.vocabularyId);
  const [chosen, setChosen] = useState('');
  // The filter outlives a switch to a matrix with another vocabulary; a code that vocabulary lacks means "all roles".
  const role = vocabulary?.roles.some((r) => r.code === chosen) ? chosen : '';
  const workload = useMemo(() => computeWorkload(doc, matrix, { role: role || null }), [doc, matrix, role]);

  const letters = vocabulary && roleLetters(vocabulary, isLanguage(i18n.language) ? i18n.language : 'en');
  const letter = (code: string) => letters?.letterOf(code) ?? code;
  const partyName = (id: string) => doc.parties.find((p) => p.id === id)?.name ?? id;
  const label = (code: string) => {
    const found = vocabulary && findRole(vocabulary, code);
    return found ? roleLabel(found, i18n.language) : code;
  };
  const counts = (cell: WorkloadCell) =>
    Object.entries(cell.counts)
      .map(([code, n]) => `${letter(code)} ${n}`)
      .join(' · ') || '0';
  // Spelled-out role names on hover, for readers who do not know the letters yet.
  const details = (cell: WorkloadCell) =>
    Object.entries(cell.counts)
      .map(([code, count]) => t('ui.workload.roleCount', { label: label(code), count }))
      .join(', ') || undefined;

  return (
    <section className="workload" aria-labelledby={titleId}>
      <div className="workload-header">
        <h2 id={titleId}>{t('ui.workload.title')}</h2>
        <label className="workload-filter">
          {t('ui.workload.filter')}{' '}
          <select value={role} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('ui.workload.allRoles')}</option>
            {vocabulary?.roles.map((r) => (
              <option key={r.code} value={r.code}>
                {`${letter(r.code)} — ${roleLabel(r, i18n.language)}`}
              </option>
            ))}
          </select>
        </label>
        <p className="workload-hint">{t('ui.workload.hint')}</p>
      </div>
      <table className="workload-table">
        <caption>{t('ui.workload.caption', { matrix: matrix.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.workload.phase')}</th>
            {workload.partyIds.map((id) => (
              <th scope="col" key={id}>
                {partyName(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {workload.rows.map((row) => (
            <tr key={row.phaseId}>
              <th scope="row">{row.phaseTitle}</th>
              {row.cells.map((cell) => (
                <td
                  key={cell.partyId}
                  className="workload-cell"
                  data-total={cell.total}
                  title={details(cell)}
                  // The heat scale is built for HEAT_TEXT; setting both together keeps the contrast guarantee local.
                  style={{ background: heatColor(cell.total, workload.max), color: HEAT_TEXT }}
                >
                  {counts(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('ui.workload.allPhases')}</th>
            {workload.totals.map((cell) => (
              <td key={cell.partyId} className="workload-cell workload-total" data-total={cell.total} title={details(cell)}>
                {counts(cell)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
