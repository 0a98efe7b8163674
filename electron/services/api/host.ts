/**
 * The Node side of the API: implements every method of shared/api/contract.ts over the services (the handlers live
 * in ./handlers, one module per domain), dispatches a call that arrives from any transport, and tells listeners when
 * a document changes. The host, not the UI, decides which files are open; the UI sees document ids.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { ApiError, type ApiErrorBody } from '../../../shared/api/errors';
import { CONTRACT, isMethodName, type MethodName, type ResultOf } from '../../../shared/api/contract';
import type { HostEvent } from '../../../shared/api/events';
import { INVALID_TEXT_ISSUE } from '../../../shared/api/methods/common';
import { BUSY_MESSAGE, historyState, isBusy, readRevisionSummaries, recordChanges, type OpenOptions } from '../store';
import type { Workspace } from '../workspace/workspace';
import { DEFAULT_BUSY_PATIENCE_MS, retryWhileBusy } from './busy';
import { DEFAULT_LIMITS, OpenDocuments, type DocumentLimits } from './documents';
import { readSnapshot } from './handlers/snapshot';
import { revisionHandlers } from './handlers/revisions';
import { Snapshots } from './snapshots';
import { cellHandlers } from './handlers/cells';
import { scopeHandlers } from './handlers/scope';
import { sessionHandlers } from './handlers/session';
import { structureHandlers } from './handlers/structure';
import { transferHandlers } from './handlers/transfer';
import { workbookHandlers } from './handlers/workbook';
import type { HostContext } from './handlers/types';
import { throttledProgress } from './progress';
import { Transfers } from './transfers';
import { noProgress } from '../flows/types';
import type { PlanState } from '../flows/import-plan';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

export interface HostOptions {
  readonly language?: Language;
  readonly openOptions?: OpenOptions;
  /** The documents folder and recent list behind the start screen; without it the start screen lists nothing. */
  readonly workspace?: Workspace;
  /** A native open dialog (the desktop app); browser mode has none. */
  readonly chooseFile?: () => Promise<string | null>;
  /** How often to look for changes other programs made to open files (and for idle ones); 0 turns it off. */
  readonly watchIntervalMs?: number;
  /** How long to keep retrying an edit while another program holds the write lock, before answering `busy`. */
  readonly busyPatienceMs?: number;
  readonly limits?: Partial<DocumentLimits>;
}

export interface Host {
  /** Opens a workbook for the UI and returns its document id (the same id if it is already open). */
  open(file: string): string;
  /** The file behind a document id, for the host's own menus and dialogs (never sent to the UI). */
  fileOf(docId: string): string | undefined;
  dispatch(method: unknown, payload: unknown): Promise<DispatchResult>;
  /** Calls `listener` for every document change; returns the function that stops it. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  /** How many workbook files the host holds open right now. */
  openFiles(): number;
  close(): void;
}

export function createHost(options: HostOptions = {}): Host {
  const keys = new Map<string, string>();
  const listeners = new Set<(event: HostEvent) => void>();
  const emit = (event: HostEvent) => listeners.forEach((listener) => listener(event));
  // The host never lets SQLite block its thread on a lock: it retries on timers instead (./busy.ts).
  const documents = new OpenDocuments(
    { ...options.openOptions, busyTimeoutMs: 0 },
    { ...DEFAULT_LIMITS, ...options.limits },
    emit,
    (docId) => snapshots.drop(docId),
  );
  const snapshots = new Snapshots(
    (docId) => readSnapshot(documents.workbook(docId), documents.seq(docId)),
    (docId) => documents.stamp(docId),
  );

  /** Opens a file for the UI; every file opened is remembered for the start screen's recent list. */
  const open = (file: string) => {
    const docId = documents.open(file);
    options.workspace?.remember(resolve(file));
    snapshots.prepare(docId); // the page asks for it next
    return docId;
  };

  const context: HostContext = {
    language: options.language ?? 'en',
    workspace: options.workspace,
    chooseFile: options.chooseFile,
    workbook: (docId) => documents.workbook(docId),
    fileOf(docId) {
      const file = documents.fileOf(docId);
      if (!file) throw new ApiError('invalid-argument', 'that document is not open');
      return file;
    },
    progress: (taskId) => (taskId ? throttledProgress(taskId, emit) : noProgress),
    open,
    close: (docId) => documents.close(docId),
    list: () => documents.listed(),
    snapshot: (docId) => snapshots.get(docId),
    answer(docId, rows) {
      const changes = recordChanges(rows, documents.fileOf(docId));
      const history = historyState(documents.workbook(docId).db);
      const seq = changes.length > 0 ? documents.announce(docId, { changes, history }) : documents.seq(docId);
      return { changed: changes.length > 0, changes, seq, history };
    },
    revisionsChanged(docId) {
      snapshots.drop(docId);
      emit({ type: 'revisions', docId, revisions: readRevisionSummaries(documents.workbook(docId).db) });
    },
    keyFor(file) {
      const key = randomUUID();
      keys.set(key, file);
      return key;
    },
    fileForKey(key) {
      const file = keys.get(key);
      if (!file) throw new ApiError('invalid-argument', 'that workbook is no longer listed; refresh the list');
      return file;
    },
  };
  const transfers = new Transfers<PlanState>();
  const handlers = {
    ...sessionHandlers(context),
    ...cellHandlers(context),
    ...structureHandlers(context),
    ...transferHandlers(context, transfers),
    ...scopeHandlers(context),
    ...revisionHandlers(context, transfers),
    ...workbookHandlers(context),
  };

  const interval = options.watchIntervalMs ?? 1000;
  let watcher: NodeJS.Timeout | undefined;
  if (interval > 0) {
    watcher = setInterval(() => documents.tick(), interval);
    watcher.unref();
  }

  async function call<M extends MethodName>(method: M, payload: unknown): Promise<ResultOf<M>> {
    const spec = CONTRACT[method];
    const args = spec.args.safeParse(payload ?? {});
    if (!args.success) {
      const issue = args.error.issues[0];
      const where = `${method}: ${issue?.path.join('.') || 'arguments'}`;
      // A control character in a typed text is its own error, naming the field (shared/api/methods/common.ts).
      const invalidText = issue?.code === 'custom' && issue.params?.engagebook === INVALID_TEXT_ISSUE.engagebook;
      if (invalidText) throw new ApiError('invalid-text', `${where} ${issue.message}`);
      throw new ApiError('invalid-payload', `${where}: ${issue?.message ?? 'invalid'}`);
    }
    const handler = handlers[method] as (a: unknown) => unknown;
    // Every edit reads inside its transaction, so running it again after a held lock is released is safe.
    const result = await retryWhileBusy(() => handler(args.data), options.busyPatienceMs ?? DEFAULT_BUSY_PATIENCE_MS);
    // Results are checked too: a bug in a handler must not leak something outside the contract to the UI.
    return spec.result.parse(result) as ResultOf<M>;
  }

  return {
    open,
    fileOf: (docId) => documents.fileOf(docId),
    openFiles: () => documents.openCount(),
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
        // The page shows this in its own words; the path stays on the host's side.
        if ((error instanceof EngagebookError && error.code === 'busy') || isBusy(error))
          return { ok: false, error: { code: 'busy', message: BUSY_MESSAGE } };
        if (error instanceof EngagebookError) return { ok: false, error: { code: error.code, message: error.message } };
        console.error(`engagebook: ${String(method)} failed:`, error);
        return { ok: false, error: { code: 'internal', message: 'the host failed to answer; see its log' } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (watcher) clearInterval(watcher);
      listeners.clear();
      documents.closeAll();
      transfers.close();
    },
  };
}
