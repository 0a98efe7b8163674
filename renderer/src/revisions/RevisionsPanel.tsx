/**
 * The revisions panel: make a revision (a frozen copy of the workbook, with its fingerprint), move it on through
 * draft → sent → returned → signed with each step dated, copy its fingerprint, and compare it with the workbook now.
 * Only the steps forward are offered (shared/domain/revision-status.ts; the host refuses the rest). Once a revision is
 * signed, changes made since are pointed out, with the superseding revision one click away.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient, ResultOf } from '../../../shared/api/contract';
import type { RevisionStatus } from '../../../shared/domain/document';
import { NEXT_STATUSES } from '../../../shared/domain/revision-status';
import { nextRevisionLabel } from '../export/ExportDialog';
import type { CompareRequest } from '../compare/ComparePanel';
import type { DocumentStore } from '../store/document-store';
import type { RunEdit } from '../Workbook';
import { RevisionRow } from './RevisionRow';
import './revisions.css';

type Listed = ResultOf<'revision.list'>;

export function RevisionsPanel(props: {
  api: ApiClient;
  store: DocumentStore;
  run: RunEdit;
  notify(text: string, error?: boolean): void;
  /** Opens Compare on a revision: against the current state, or (`view`) the revision alone, every row. */
  onCompare(request: CompareRequest): void;
}) {
  const { t } = useTranslation();
  const { api, store, run } = props;
  const docId = store.docId;
  const [listed, setListed] = useState<Listed | null>(null);
  const [label, setLabel] = useState('');

  const take = useCallback(
    (answer: Listed) => {
      setListed(answer);
      store.setRevisions(answer.revisions);
      setLabel(nextRevisionLabel(answer.revisions));
    },
    [store],
  );
  // Read again whenever the workbook changes (whether it has changed since signing depends on it), and when its
  // revisions change in another window (the store takes the host's event); what this panel took itself compares equal.
  const state = store.getState();
  const content = state?.content;
  const revisionsKey = (state?.revisions ?? []).map((r) => `${r.id}:${r.status}:${r.label}`).join('|');
  useEffect(() => {
    void api('revision.list', { docId }).then(take, (e: Error) => props.notify(t('ui.error', { message: e.message }), true));
  }, [api, docId, take, content, revisionsKey]);

  const create = async (supersedes?: string) => {
    const trimmed = label.trim();
    if (!trimmed) return props.notify(t('ui.revisions.needLabel'), true);
    const answer = await run(
      () => api('revision.create', { docId, label: trimmed, ...(supersedes ? { supersedes } : {}) }),
      () => t('ui.revisions.created', { label: trimmed }),
    );
    if (answer) take(answer);
  };
  const move = async (revision: { id: string; label: string }, status: RevisionStatus) => {
    const answer = await run(
      () => api('revision.setStatus', { docId, revision: revision.id, status }),
      () => t('ui.revisions.moved', { label: revision.label, status: t(`ui.revisionStatus.${status}`) }),
    );
    if (answer) take(answer);
  };
  const copy = async (revision: { label: string; fingerprint: string }) => {
    try {
      await navigator.clipboard.writeText(revision.fingerprint);
      props.notify(t('ui.revisions.copied', { label: revision.label }));
    } catch (e) {
      props.notify(t('ui.error', { message: (e as Error).message }), true);
    }
  };

  if (!listed) return <p className="status">{t('ui.loading')}</p>;
  const revisions = listed.revisions;
  const lastSigned = revisions.filter((r) => r.status === 'signed').at(-1);
  const superseded =
    lastSigned && revisions.some((r) => r.supersedes === lastSigned.id && r.fingerprint === listed.currentFingerprint);
  const changedSinceSigned = lastSigned && lastSigned.fingerprint !== listed.currentFingerprint && !superseded;
  const labelOf = (id: string | null) => revisions.find((r) => r.id === id)?.label ?? null;

  return (
    <section className="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('ui.revisions.title')}</h2>
      {changedSinceSigned && (
        <div className="revisions-notice" role="note">
          <p>{t('ui.revisions.changedSinceSigned', { label: lastSigned.label })}</p>
          <button type="button" onClick={() => void create(lastSigned.id)}>
            {t('ui.revisions.supersede', { label: lastSigned.label })}
          </button>
        </div>
      )}
      <form
        className="revisions-create"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label>
          {t('ui.revisions.newLabel')}
          <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit">{t('ui.revisions.create')}</button>
      </form>
      {revisions.length === 0 ? (
        <p className="revisions-empty">{t('ui.revisions.none')}</p>
      ) : (
        <table className="revisions-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.revisions.label')}</th>
              <th scope="col">{t('ui.revisions.status')}</th>
              <th scope="col">{t('ui.revisions.history')}</th>
              <th scope="col">{t('ui.revisions.fingerprint')}</th>
              <th scope="col">{t('ui.revisions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...revisions].reverse().map((revision) => (
              <RevisionRow
                key={revision.id}
                revision={revision}
                supersedes={labelOf(revision.supersedes)}
                next={NEXT_STATUSES[revision.status]}
                onMove={(status) => void move(revision, status)}
                onCopy={() => void copy(revision)}
                onCompare={() => props.onCompare({ revisionId: revision.id, view: false })}
                onView={() => props.onCompare({ revisionId: revision.id, view: true })}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
