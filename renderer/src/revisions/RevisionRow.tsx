/** One revision in the revisions panel: its label, status and dated status history, fingerprint, and the steps on. */
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../shared/api/contract';
import type { RevisionStatus } from '../../../shared/domain/document';

type Listed = ResultOf<'revision.list'>['revisions'][number];

export function RevisionRow(props: {
  revision: Listed;
  supersedes: string | null;
  next: readonly RevisionStatus[];
  onMove(status: RevisionStatus): void;
  onCopy(): void;
  onCompare(): void;
  onView(): void;
}) {
  const { t, i18n } = useTranslation();
  const { revision } = props;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <tr aria-label={revision.label}>
      <th scope="row">
        {revision.label}
        {props.supersedes && <span className="supersedes">{t('ui.revisions.supersedes', { label: props.supersedes })}</span>}
      </th>
      <td>
        <span className={`revision-status ${revision.status}`}>{t(`ui.revisionStatus.${revision.status}`)}</span>
        {revision.status === 'signed' && <span className="final">{t('ui.revisions.final')}</span>}
      </td>
      <td>
        <ol className="status-history">
          {revision.statusChanges.map((change) => (
            <li key={change.status}>
              {t(`ui.revisionStatus.${change.status}`)} <time dateTime={change.at}>{date.format(new Date(change.at))}</time>
            </li>
          ))}
        </ol>
      </td>
      <td>
        <code className="fingerprint" title={revision.fingerprint}>
          {revision.fingerprint.slice(0, 12)}…
        </code>
        <button type="button" onClick={props.onCopy}>
          {t('ui.revisions.copy')}
        </button>
      </td>
      <td>
        <div className="revision-actions">
          {props.next.map((status) => (
            <button key={status} type="button" onClick={() => props.onMove(status)}>
              {t(`ui.revisions.mark.${status}`)}
            </button>
          ))}
          <button type="button" onClick={props.onView}>
            {t('ui.revisions.view')}
          </button>
          <button type="button" onClick={props.onCompare}>
            {t('ui.revisions.compare')}
          </button>
        </div>
      </td>
    </tr>
  );
}
