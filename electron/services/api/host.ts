/**
 * The Node side of the API: implements every method of shared/api/contract.ts over the services, and dispatches a
 * call that arrives from any transport. The host, not the UI, decides which files are open; the UI sees document ids.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { contentOf } from '../../../shared/domain/canonical';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { ApiError, type ApiErrorBody } from '../../../shared/api/errors';
import { CONTRACT, isMethodName, type ArgsOf, type MethodName, type ResultOf } from '../../../shared/api/contract';
import { validateContent } from '../../../shared/rules';
import { listTemplates } from '../../../shared/templates';
import { historyState, openWorkbook, readDocument, redo, setCell, undo, type OpenOptions, type Workbook } from '../store';

type Handlers = { [M in MethodName]: (args: ArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

export interface Host {
  /** Opens a workbook for the UI and returns its document id (the same id if it is already open). */
  open(file: string): string;
  /** The file behind a document id, for the host's own menus and dialogs (never sent to the UI). */
  fileOf(docId: string): string | undefined;
  dispatch(method: unknown, payload: unknown): Promise<DispatchResult>;
  close(): void;
}

export function createHost(options: { language?: Language; openOptions?: OpenOptions } = {}): Host {
  const documents = new Map<string, Workbook>();
  const workbook = (docId: string): Workbook => {
    const found = documents.get(docId);
    if (!found) throw new ApiError('unknown-document', `no open document "${docId}"`);
    return found;
  };

  const handlers: Handlers = {
    'session.info': () => ({
      documents: [...documents].map(([docId, w]) => ({ docId, name: basename(w.file) })),
      language: options.language ?? 'en',
    }),
    'templates.list': () => listTemplates().map((t) => ({ id: t.id, name: { ...t.name }, description: { ...t.description } })),
    'document.get': ({ docId }) => readDocument(workbook(docId)),
    'document.validate': ({ docId, language }) => {
      const doc = readDocument(workbook(docId));
      return validateContent(contentOf(doc), language ?? doc.language);
    },
    'cell.set': ({ docId, matrixId, activityId, partyId, roles, note }) => {
      const { db } = workbook(docId);
      const result = setCell(db, {
        matrix: matrixId,
        activity: activityId,
        party: partyId,
        roles,
        ...(note !== undefined && { note }),
      });
      return { changed: result.changed, ...result.value, history: historyState(db) };
    },
    'history.state': ({ docId }) => historyState(workbook(docId).db),
    'history.undo': ({ docId }) => {
      const { db } = workbook(docId);
      return { label: undo(db), history: historyState(db) };
    },
    'history.redo': ({ docId }) => {
      const { db } = workbook(docId);
      return { label: redo(db), history: historyState(db) };
    },
  };

  async function call<M extends MethodName>(method: M, payload: unknown): Promise<ResultOf<M>> {
    const spec = CONTRACT[method];
    const args = spec.args.safeParse(payload ?? {});
    if (!args.success) {
      const issue = args.error.issues[0];
      throw new ApiError('invalid-payload', `${method}: ${issue?.path.join('.') || 'arguments'}: ${issue?.message ?? 'invalid'}`);
    }
    const handler = handlers[method] as (a: unknown) => unknown;
    const result = await handler(args.data);
    // Results are checked too: a bug in a handler must not leak something outside the contract to the UI.
    return spec.result.parse(result) as ResultOf<M>;
  }

  return {
    open(file) {
      const already = [...documents].find(([, w]) => w.file === file);
      if (already) return already[0];
      const docId = randomUUID();
      documents.set(docId, openWorkbook(file, options.openOptions));
      return docId;
    },
    fileOf: (docId) => documents.get(docId)?.file,
    async dispatch(method, payload) {
      if (!isMethodName(method))
        return {
          ok: false,
          error: { code: 'unknown-method', message: `"${String(method).slice(0, 100)}" is not an API method` },
        };
      try {
        return { ok: true, result: await call(method, payload) };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
        if (error instanceof EngagebookError) return { ok: false, error: { code: error.code, message: error.message } };
        console.error(`engagebook: ${String(method)} failed:`, error);
        return { ok: false, error: { code: 'internal', message: 'the host failed to answer; see its log' } };
      }
    },
    close() {
      for (const w of documents.values()) w.close();
      documents.clear();
    },
  };
}
