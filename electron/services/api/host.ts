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
import { CONTRACT, EDIT_METHODS, isMethodName, type MethodName, type ResultOf } from '../../../shared/api/contract';
import type { HostEvent } from '../../../shared/api/events';
import { openWorkbook, type OpenOptions, type Workbook } from '../store';
import type { Workspace } from '../workspace/workspace';
import { cellHandlers } from './handlers/cells';
import { sessionHandlers } from './handlers/session';
import { structureHandlers } from './handlers/structure';
import type { HostContext } from './handlers/types';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

export interface HostOptions {
  readonly language?: Language;
  readonly openOptions?: OpenOptions;
  /** The documents folder and recent list behind the start screen; without it the start screen lists nothing. */
  readonly workspace?: Workspace;
  /** A native open dialog (the desktop app); browser mode has none. */
  readonly chooseFile?: () => Promise<string | null>;
  /** How often to look for changes other programs made to open files; 0 turns it off. */
  readonly watchIntervalMs?: number;
}

export interface Host {
  /** Opens a workbook for the UI and returns its document id (the same id if it is already open). */
  open(file: string): string;
  /** The file behind a document id, for the host's own menus and dialogs (never sent to the UI). */
  fileOf(docId: string): string | undefined;
  dispatch(method: unknown, payload: unknown): Promise<DispatchResult>;
  /** Calls `listener` for every document change; returns the function that stops it. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  close(): void;
}

export function createHost(options: HostOptions = {}): Host {
  const documents = new Map<string, Workbook>();
  const keys = new Map<string, string>();
  const listeners = new Set<(event: HostEvent) => void>();
  const emit = (event: HostEvent) => listeners.forEach((listener) => listener(event));

  const context: HostContext = {
    language: options.language ?? 'en',
    workspace: options.workspace,
    chooseFile: options.chooseFile,
    workbook(docId) {
      const found = documents.get(docId);
      if (!found) throw new ApiError('unknown-document', `no open document "${docId}"`);
      return found;
    },
    open: (file) => open(file),
    list: () => [...documents].map(([docId, w]) => ({ docId, file: w.file })),
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
  const handlers = { ...sessionHandlers(context), ...cellHandlers(context), ...structureHandlers(context) };

  function open(file: string): string {
    const absolute = resolve(file);
    const already = [...documents].find(([, w]) => resolve(w.file) === absolute);
    if (already) return already[0];
    const docId = randomUUID();
    documents.set(docId, openWorkbook(file, options.openOptions));
    versions.set(docId, dataVersion(documents.get(docId)!));
    options.workspace?.remember(absolute);
    return docId;
  }

  // Changes by other programs: SQLite's data_version moves only when another connection commits, so polling it is
  // cheap and never fires for our own edits (those are announced after each edit method instead).
  const versions = new Map<string, number>();
  const dataVersion = (w: Workbook) => w.db.pragma('data_version', { simple: true }) as number;
  const interval = options.watchIntervalMs ?? 1000;
  let watcher: NodeJS.Timeout | undefined;
  const watch = () => {
    for (const [docId, w] of documents) {
      const now = dataVersion(w);
      if (now !== versions.get(docId)) {
        versions.set(docId, now);
        emit({ type: 'changed', docId, external: true });
      }
    }
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
    open,
    fileOf: (docId) => documents.get(docId)?.file,
    async dispatch(method, payload) {
      if (!isMethodName(method))
        return {
          ok: false,
          error: { code: 'unknown-method', message: `"${String(method).slice(0, 100)}" is not an API method` },
        };
      try {
        const result = await call(method, payload);
        if (EDIT_METHODS.has(method)) emit({ type: 'changed', docId: (payload as { docId: string }).docId, external: false });
        return { ok: true, result };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
        if (error instanceof EngagebookError) return { ok: false, error: { code: error.code, message: error.message } };
        console.error(`engagebook: ${String(method)} failed:`, error);
        return { ok: false, error: { code: 'internal', message: 'the host failed to answer; see its log' } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!watcher && interval > 0) {
        watcher = setInterval(watch, interval);
        watcher.unref();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && watcher) {
          clearInterval(watcher);
          watcher = undefined;
        }
      };
    },
    close() {
      if (watcher) clearInterval(watcher);
      listeners.clear();
      for (const w of documents.values()) w.close();
      documents.clear();
    },
  };
}
