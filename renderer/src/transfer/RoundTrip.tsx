/**
 * The round trip from the workbook window: Export (dialog → file made by the host → download or save dialog) and
 * Import (file picked → sent → read once by the host, with progress → the review of a returned export, or the preview
 * of a client's own sheet). The screens render; this module runs the steps between them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcceptedChanges } from '../../../shared/api/accepted';
import type { ImportPlan } from '../../../shared/api/methods/transfer';
import type { Finding } from '../../../shared/api/contract';
import type { RevisionSummary } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import type { Connection } from '../api';
import type { ExportRequest } from '../export/ExportDialog';
import { ExportDialog, ForeignImport, ReturnedReview, WorkbookImport } from '../lazy-screens';
import type { DocumentStore } from '../store/document-store';
import { downloadExport, planPickedFile, type ImportStage } from './files';
import { ImportProgress } from './ImportProgress';
import './transfer.css';

export interface RoundTripProps {
  readonly connection: Connection;
  readonly store: DocumentStore;
  readonly docId: string;
  readonly language: Language;
  readonly workbookLanguage: Language;
  readonly revisions: readonly RevisionSummary[];
  readonly findings: readonly Finding[] | null;
  /** The matrix on screen: what a CSV export writes. */
  readonly matrixId: string | null;
  /** Says how it went in the status bar; `error` marks a failure. */
  notify(text: string, error?: boolean): void;
  /** Opens another workbook (one created from an imported file). */
  open(docId: string): void;
}

export function useRoundTrip(props: RoundTripProps) {
  const { t } = useTranslation();
  const { connection, docId, notify } = props;
  const [exporting, setExporting] = useState(false);
  const [progress, setProgress] = useState<ImportStage | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const latest = useRef(props);
  latest.current = props;

  const fail = useCallback(
    (error: unknown) => notify(t('ui.transfer.failed', { message: (error as Error).message }), true),
    [notify, t],
  );

  const runExport = useCallback(
    async (request: ExportRequest): Promise<boolean> => {
      try {
        const made = await connection.api('document.export', {
          docId,
          format: request.format,
          language: request.language,
          ...(request.revision ? { revision: request.revision } : {}),
          ...(request.protect ? { protect: true } : {}),
          ...(request.format === 'csv' && latest.current.matrixId ? { matrixId: latest.current.matrixId } : {}),
          ...(request.markSent ? { markSent: { label: request.markSent } } : {}),
        });
        await downloadExport(connection.api, made);
        // A revision recorded as sent belongs in the lists (export's revisions, the revisions panel): read them again.
        if (request.markSent) void latest.current.store.load();
        notify(
          request.markSent
            ? t('ui.export.doneSent', { file: made.fileName, label: made.revision.label })
            : t('ui.export.done', { file: made.fileName }),
        );
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [connection, docId, notify, fail, t],
  );

  const startImport = useCallback(async () => {
    try {
      const picked = await planPickedFile(connection, { docId, language: latest.current.language, onStage: setProgress });
      if (picked) setPlan(picked.plan);
    } catch (error) {
      fail(error);
    } finally {
      setProgress(null);
    }
  }, [connection, docId, fail]);

  const closePlan = useCallback(() => {
    if (plan) void connection.api('import.discard', { planId: plan.planId }).catch(() => undefined);
    setPlan(null);
  }, [connection, plan]);

  const apply = useCallback(
    async (accept: AcceptedChanges): Promise<boolean> => {
      if (plan?.kind !== 'returned') return false;
      try {
        const result = await latest.current.store.edit('import.apply', { planId: plan.planId, accept });
        // The new "returned" revision belongs in the lists: read them again.
        void latest.current.store.load();
        notify(
          result.revision
            ? t('ui.review.applied', { count: result.applied, label: result.revision.label })
            : t('ui.review.appliedNone'),
        );
        setPlan(null);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [plan, notify, fail, t],
  );

  // Escape leaves a review without applying anything, as Cancel does.
  useEffect(() => {
    if (!plan) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closePlan();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [plan, closePlan]);

  const opened = (created: string) => {
    setPlan(null);
    latest.current.open(created);
  };

  const buttons = (
    <div className="transfer-buttons">
      <button type="button" onClick={() => setExporting(true)}>
        {t('ui.export.button')}
      </button>
      <button type="button" onClick={() => void startImport()} disabled={progress !== null}>
        {t('ui.import.toolbar')}
      </button>
    </div>
  );

  const dialogs = (
    <>
      {exporting && (
        <ExportDialog
          language={props.workbookLanguage}
          revisions={props.revisions}
          findings={props.findings}
          submit={runExport}
          onClose={() => setExporting(false)}
        />
      )}
      {progress && <ImportProgress progress={progress} />}
    </>
  );

  /** Replaces the grid while a file is being reviewed. */
  const screen =
    plan === null ? null : plan.kind === 'returned' ? (
      <ReturnedReview api={connection.api} plan={plan} language={props.language} apply={apply} onClose={closePlan} />
    ) : plan.kind === 'foreign' ? (
      <ForeignImport api={connection.api} plan={plan} onCreated={opened} onCancel={closePlan} />
    ) : (
      <WorkbookImport api={connection.api} plan={plan} onCreated={opened} onCancel={closePlan} />
    );

  return { buttons, dialogs, screen, export: () => setExporting(true), import: () => void startImport() };
}
