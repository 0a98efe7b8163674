/**
 * The review of a returned export: what the client changed, grouped by matrix and phase, each change with its old and
 * new value (and ours, where we changed the same thing), accepted or rejected one by one, per group or all at once;
 * the findings the workbook would have afterwards; and Apply, which writes the accepted ones as one undo step.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptedPayload, type AcceptedChanges } from '../../../shared/api/accepted';
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportPlan, ReviewChange } from '../../../shared/api/methods/transfer';
import type { Finding } from '../../../shared/api/contract';
import type { Language } from '../../../shared/domain/languages';
import { acceptance, groupChanges, initialAccepted, setAccepted, type ChangeGroup } from './review-model';
import { ChangeRow } from './ChangeRow';

export type ReturnedPlan = Extract<ImportPlan, { kind: 'returned' }>;

/** How long the selection must rest before the result's findings are asked for. */
const CHECK_AFTER_MS = 250;
/** Changes listed per group before "Show all". */
const SHOWN_PER_GROUP = 100;

export function ReturnedReview(props: {
  api: ApiClient;
  plan: ReturnedPlan;
  language: Language;
  apply(accept: AcceptedChanges): Promise<boolean>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { plan } = props;
  const [accepted, setAcceptedIds] = useState(() => initialAccepted(plan.changes));
  const [findings, setFindings] = useState<readonly Finding[] | null>(null);
  const [applying, setApplying] = useState(false);
  const changeIds = useMemo(() => plan.changes.map((c) => c.id), [plan]);
  const groups = useMemo(
    () =>
      groupChanges(plan.changes, { scope: t('ui.review.scope'), signoff: t('ui.review.signoff'), other: t('ui.review.other') }),
    [plan, t],
  );

  // The findings the result would have, asked for again whenever the selection has rested a moment.
  useEffect(() => {
    if (plan.changes.length === 0) return;
    let current = true;
    setFindings(null);
    const timer = setTimeout(() => {
      const accept = acceptedPayload(accepted, changeIds);
      void props.api('import.check', { planId: plan.planId, accept, language: props.language }).then(
        (result) => current && setFindings(result.findings),
        () => current && setFindings([]),
      );
    }, CHECK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [accepted, changeIds, plan, props.api, props.language]);

  const toggle = (changes: readonly ReviewChange[], accept: boolean) => setAcceptedIds((a) => setAccepted(a, changes, accept));
  const apply = async () => {
    setApplying(true);
    if (!(await props.apply(acceptedPayload(accepted, changeIds)))) setApplying(false);
  };
  const errors = findings?.filter((f) => f.severity === 'error') ?? [];
  const conflicts = plan.changes.filter((c) => c.conflict).length;

  return (
    <section className="review" aria-label={t('ui.review.title', { file: plan.fileName })}>
      <header className="review-header">
        <h2>{t('ui.review.title', { file: plan.fileName })}</h2>
        <VerifyLine plan={plan} />
        {plan.alreadyImported && (
          <p className="review-note" role="note">
            {t('ui.review.alreadyImported', { revision: plan.alreadyImported.revision, date: plan.alreadyImported.date })}
          </p>
        )}
        {plan.notices.map((notice, i) => (
          <p key={i} className="review-note">
            {notice}
          </p>
        ))}
      </header>
      {plan.changes.length === 0 ? (
        <p className="review-empty">{t('ui.review.nothing')}</p>
      ) : (
        <>
          <div className="review-toolbar">
            <span>
              {t('ui.review.counts', { count: plan.changes.length, accepted: accepted.size })}
              {conflicts > 0 ? ` · ${t('ui.review.conflicts', { count: conflicts })}` : ''}
            </span>
            <button type="button" onClick={() => toggle(plan.changes, true)}>
              {t('ui.review.acceptAll')}
            </button>
            <button type="button" onClick={() => toggle(plan.changes, false)}>
              {t('ui.review.rejectAll')}
            </button>
          </div>
          <div className="review-body">
            <div className="review-groups">
              {groups.map((group) => (
                <Group key={group.key} group={group} accepted={accepted} toggle={toggle} />
              ))}
            </div>
            <ResultFindings findings={findings} />
          </div>
        </>
      )}
      {plan.skipped.length > 0 && (
        <details className="review-skipped">
          <summary>{t('ui.review.skipped', { count: plan.skipped.length })}</summary>
          <ul>
            {plan.skipped.map((cell, i) => (
              <li key={i}>
                {cell.where}: “{cell.text}” — {cell.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <footer className="review-footer">
        {errors.length > 0 && <span className="review-warning">{t('ui.review.resultErrors', { count: errors.length })}</span>}
        <button type="button" onClick={props.onClose}>
          {t('ui.cancel')}
        </button>
        <button type="button" className="primary" disabled={applying || accepted.size === 0} onClick={() => void apply()}>
          {t('ui.review.apply', { count: accepted.size })}
        </button>
      </footer>
    </section>
  );
}

/** `verify` on the same screen: which revision came back, and whether its content is as it was sent. */
function VerifyLine({ plan }: { plan: ReturnedPlan }) {
  const { t } = useTranslation();
  const { exported, verify } = plan;
  return (
    <p className={`review-verify${verify.unchanged ? '' : ' changed'}`}>
      {t('ui.review.exportedFrom', {
        label: exported.label,
        status: exported.status ? t(`ui.revisionStatus.${exported.status}`) : t('ui.review.notStored'),
      })}{' '}
      · <span title={exported.fingerprint}>{exported.fingerprint.slice(0, 12)}</span> ·{' '}
      {verify.unchanged ? t('ui.review.unchanged') : t('ui.review.changedSinceSent', { count: verify.differences })}
    </p>
  );
}

function Group(props: {
  group: ChangeGroup;
  accepted: ReadonlySet<string>;
  toggle(changes: readonly ReviewChange[], accept: boolean): void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const { group, accepted, toggle } = props;
  const state = acceptance(accepted, group.changes);
  const shown = all ? group.changes : group.changes.slice(0, SHOWN_PER_GROUP);
  return (
    <section className="review-group" aria-label={group.title}>
      <h3>
        <label>
          <input
            type="checkbox"
            checked={state === 'all'}
            ref={(box) => {
              if (box) box.indeterminate = state === 'some';
            }}
            onChange={(e) => toggle(group.changes, e.target.checked)}
            aria-label={t('ui.review.acceptGroup', { group: group.title })}
          />
          {group.title}
        </label>
        <span className="review-group-count">{group.changes.length}</span>
      </h3>
      <ul>
        {shown.map((change) => (
          <ChangeRow
            key={change.id}
            change={change}
            accepted={accepted.has(change.id)}
            onToggle={(accept) => toggle([change], accept)}
          />
        ))}
      </ul>
      {shown.length < group.changes.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          {t('ui.review.showAll', { count: group.changes.length })}
        </button>
      )}
    </section>
  );
}

function ResultFindings({ findings }: { findings: readonly Finding[] | null }) {
  const { t } = useTranslation();
  return (
    <aside className="review-findings" aria-label={t('ui.review.result')}>
      <h3>{t('ui.review.result')}</h3>
      {findings === null ? (
        <p>{t('ui.checking')}</p>
      ) : findings.length === 0 ? (
        <p>{t('ui.noFindings')}</p>
      ) : (
        <ul>
          {findings.slice(0, 200).map((finding, i) => (
            <li key={i} className={finding.severity}>
              <strong>{t(`severity.${finding.severity}`)}</strong> {finding.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
