/**
 * The one API between the UI and the host. Every method is named here with zod schemas for its arguments and its
 * result, joined from small per-domain modules in ./methods; the Electron IPC bridge and the browser-mode HTTP bridge
 * both dispatch only these names, validate every payload against these schemas, and return `ApiError`s. Documents
 * are addressed by an opaque id the host hands out, never by a path: the UI cannot name files.
 */
import type { z } from 'zod';
import { cellMethods } from './methods/cells';
import { scopeMethods } from './methods/scope';
import { revisionMethods } from './methods/revisions';
import { sessionMethods } from './methods/session';
import { structureMethods } from './methods/structure';
import { transferMethods } from './methods/transfer';
import { workbookMethods } from './methods/workbook';

export const CONTRACT = {
  ...sessionMethods,
  ...cellMethods,
  ...structureMethods,
  ...transferMethods,
  ...scopeMethods,
  ...revisionMethods,
  ...workbookMethods,
} as const;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

export const METHOD_NAMES = Object.keys(CONTRACT) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(CONTRACT, name);
}

/** Methods that change a document: after each, the host tells every listener (see ./events). */
export const EDIT_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'cell.set',
  'cells.set',
  'history.undo',
  'history.redo',
  'import.apply',
  // With markSent it records a revision.
  'document.export',
  ...(Object.keys(structureMethods) as MethodName[]),
  ...(Object.keys(scopeMethods) as MethodName[]),
  ...(Object.keys(workbookMethods) as MethodName[]).filter((name) => name !== 'templates.matrices'),
]);

/** What every transport offers the UI: one call, typed by method. */
export type ApiClient = <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;

export type { Finding } from './methods/cells';
