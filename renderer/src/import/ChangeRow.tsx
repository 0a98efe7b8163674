/** One change of a returned file: what and where, old → new, and on a conflict what we have now. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewChange } from '../../../shared/api/methods/transfer';
import { showValue } from './review-model';

export const ChangeRow = memo(function ChangeRow(props: {
  change: ReviewChange;
  accepted: boolean;
  onToggle(accept: boolean): void;
}) {
  const { t } = useTranslation();
  const { change } = props;
  const words = { yes: t('ui.review.yes'), no: t('ui.review.no'), empty: '—' };
  const kind = t(`ui.change.${change.kind}`);
  const subject = [change.activity, change.party, change.field].filter(Boolean).join(' › ') || change.where;
  return (
    <li className={`review-change${change.conflict ? ' conflict' : ''}${props.accepted ? '' : ' rejected'}`}>
      <label>
        <input
          type="checkbox"
          checked={props.accepted}
          onChange={(e) => props.onToggle(e.target.checked)}
          aria-label={t('ui.review.acceptChange', { kind, where: change.where })}
        />
        <span className="review-kind">{kind}</span>
        <span className="review-subject" title={change.where}>
          {subject}
        </span>
      </label>
      <span className="review-values">
        <span className="before">{showValue(change.before, words)}</span>
        <span aria-hidden="true"> → </span>
        <span className="after">{showValue(change.after, words)}</span>
      </span>
      {change.conflict && (
        <span className="review-conflict">
          {t('ui.review.conflict', { ours: showValue(change.ours ?? null, words), theirs: showValue(change.after, words) })}
        </span>
      )}
    </li>
  );
});
