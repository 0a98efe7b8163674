import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
/**
 * Exports and imports from the page: uploads and downloads in chunks, and the two steps of an import (plan, then
 * apply or create). The files themselves are handled by the flows (../../flows); this module keeps them apart per
 * document and answers in the contract's terms.
 */
import { ApiError } from '../../../../shared/api/errors';
import type { ImportPlan, transferMethods } from '../../../../shared/api/methods/transfer';
import { freeName } from '../../workspace/workspace';
import { FILE_EXTENSION, readDocument, recordRevision } from '../../store';
import { renderExport } from '../../export/render';
import { sentRevision } from '../../export/sent-revision';
import { createFromForeign, previewForeign } from '../../flows/foreign/plan';
import { planImport, type PlanState } from '../../flows/import-plan';
import { applyReturned, checkReturned } from '../../flows/returned/plan';
import type { Transfers } from '../transfers';
import { requireWorkspace, type Handlers, type HostContext } from './types';

type TransferMethod = keyof typeof transferMethods;

export function transferHandlers(ctx: HostContext, transfers: Transfers<PlanState>): Handlers<TransferMethod> {
  const planOf = <K extends PlanState['kind']>(planId: string, kind: K) => {
    const plan = transfers.plan(planId);
    if (plan.kind !== kind) throw new ApiError('invalid-argument', `that import is not a ${kind} file`);
    return plan as Extract<PlanState, { kind: K }>;
  };
  const documentsDir = () => {
    const { documentsDir: dir } = requireWorkspace(ctx);
    // As for a workbook from a template: the folder is made when the first workbook goes into it.
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  /** Creates a new workbook in the documents folder and opens it. */
  const createIn = async (title: string, write: (out: string) => Promise<void> | void) => {
    const out = freeName(documentsDir(), title);
    await write(out);
    return { docId: ctx.open(out), name: basename(out, FILE_EXTENSION) };
  };

  return {
    'document.export': async ({ docId, format, language, revision, protect, matrixId, markSent }) => {
      const workbook = ctx.workbook(docId);
      let doc = readDocument(workbook);
      // Marked as sent: the revision is made first and the file carries it; it is stored once the file exists.
      const sent = markSent ? sentRevision(doc, markSent.label, revision) : null;
      if (sent) doc = { ...doc, revisions: [...doc.revisions, sent] };
      const made = await renderExport(doc, {
        format,
        ...(language ? { language } : {}),
        ...(sent ? { revision: sent.id } : revision ? { revision } : {}),
        ...(protect ? { protect } : {}),
        ...(matrixId ? { matrix: matrixId } : {}),
      });
      if (sent) {
        recordRevision(workbook.db, sent);
        ctx.revisionsChanged(docId);
      }
      const { id, label, status, fingerprint } = made.revision;
      return {
        downloadId: transfers.addDownload(made.bytes, made.fileName, made.mime),
        fileName: made.fileName,
        mime: made.mime,
        size: made.bytes.length,
        revision: { id, label, status, fingerprint },
        seq: ctx.answer(docId, []).seq,
      };
    },
    'download.read': ({ downloadId, offset }) => transfers.readDownload(downloadId, offset),
    'upload.begin': ({ name, size }) => ({ uploadId: transfers.beginUpload(name, size) }),
    'upload.write': ({ uploadId, offset, data }) => ({
      received: transfers.writeUpload(uploadId, offset, Buffer.from(data, 'base64')),
    }),
    'import.plan': async ({ uploadId, docId, language, taskId }) => {
      const { name, file } = transfers.takeUpload(uploadId);
      try {
        const target = docId ? { docId, workbook: ctx.workbook(docId), file: ctx.fileOf(docId) } : null;
        const { plan, view } = await planImport(file, name, target, {
          language: language ?? ctx.language,
          progress: ctx.progress(taskId),
        });
        return { ...view, planId: transfers.addPlan(plan, file) } as ImportPlan;
      } catch (error) {
        transfers.removeFile(file);
        throw error;
      }
    },
    'import.check': ({ planId, accept, language }) => {
      const { state } = planOf(planId, 'returned');
      return { findings: checkReturned(state, ctx.workbook(state.docId), accept, language ?? ctx.language) };
    },
    'import.apply': ({ planId, accept }) => {
      const { state } = planOf(planId, 'returned');
      const { rows, applied, revision } = applyReturned(state, ctx.workbook(state.docId), accept);
      transfers.dropPlan(planId);
      const answer = ctx.answer(state.docId, rows);
      if (revision) ctx.revisionsChanged(state.docId);
      return { ...answer, applied, revision };
    },
    'import.preview': ({ planId, mapping }) => previewForeign(planOf(planId, 'foreign').state, mapping),
    'import.create': async ({ planId, mapping, title, language }) => {
      const plan = transfers.plan(planId);
      if (plan.kind === 'returned') throw new ApiError('invalid-argument', 'a returned export is applied, not created');
      const opened =
        plan.kind === 'foreign'
          ? await createIn(title ?? plan.state.title, (out) =>
              createFromForeign(plan.state, mapping, { ...(title ? { title } : {}), language: language ?? ctx.language, out }),
            )
          : await createIn(title ?? plan.state.title, plan.state.create);
      transfers.dropPlan(planId);
      return opened;
    },
    'import.discard': ({ planId }) => {
      transfers.dropPlan(planId);
      return {};
    },
  };
}
