/** The count of differences per kind, and the differences the grid does not show: structure, scope, sign-off. */
import { useTranslation } from 'react-i18next';
import { DIFF_KINDS, type ContentDiff } from '../../../shared/compare/diff';

export function CountSummary({ diff }: { diff: ContentDiff }) {
  const { t } = useTranslation();
  if (diff.equal) return <p className="compare-summary">{t('ui.compare.equal')}</p>;
  return (
    <div className="compare-summary">
      <p>{t('ui.compare.differences', { count: diff.entries.length })}</p>
      <ul aria-label={t('ui.compare.byKind')}>
        {DIFF_KINDS.filter((kind) => diff.counts[kind]).map((kind) => (
          <li key={kind}>
            {t(`ui.compare.kind.${kind}`)}: {diff.counts[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ChangeList({ entries }: { entries: ContentDiff['entries'] }) {
  const { t } = useTranslation();
  const listed = entries.filter((e) => e.kind !== 'cell');
  if (listed.length === 0) return null;
  return (
    <table className="change-list" aria-label={t('ui.compare.otherChanges')}>
      <caption>{t('ui.compare.otherChanges')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.compare.kindColumn')}</th>
          <th scope="col">{t('ui.compare.where')}</th>
          <th scope="col">{t('ui.compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {listed.map((e, i) => (
          <tr key={i}>
            <td>{t(`ui.compare.kind.${e.kind}`)}</td>
            <td>{e.where}</td>
            <td>{e.before || e.after ? `${e.before || '—'} → ${e.after || '—'}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
