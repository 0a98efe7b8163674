/** The matrix the current reading would create: its parties, phases and first activities with their role codes. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForeignPreview } from '../../../shared/api/methods/transfer';

export function ResultPreview({ result }: { result: ForeignPreview['result'] }) {
  const { t } = useTranslation();
  const id = useId();
  const shown = result.phases.reduce((n, p) => n + p.activities.length, 0);
  return (
    <section className="result-preview" aria-labelledby={id}>
      <h2 id={id}>{t('ui.import.result')}</h2>
      <p className="hint" role="status">
        {result.activities === 0
          ? t('ui.import.nothing')
          : [
              t('ui.import.activities', { count: result.activities }),
              t('ui.import.parties', { count: result.parties.length }),
              ...(shown < result.activities ? [t('ui.import.firstShown', { shown })] : []),
            ].join(' · ')}
      </p>
      {result.activities > 0 && (
        <div className="result-scroll">
          <table className="result-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('ui.activity')}</th>
                {result.parties.map((party, i) => (
                  <th key={i} scope="col">
                    {party}
                  </th>
                ))}
              </tr>
            </thead>
            {result.phases.map((phase, p) => (
              <tbody key={p}>
                <tr className="result-phase">
                  <th scope="rowgroup" colSpan={result.parties.length + 1}>
                    {phase.title}
                  </th>
                </tr>
                {phase.activities.map((activity, a) => (
                  <tr key={a}>
                    <th scope="row">{activity.title}</th>
                    {activity.roles.map((codes, i) => (
                      <td key={i}>{codes.join('/')}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
