/**
 * The one API between the UI and the host. Every method is named here with zod schemas for its arguments and its
 * result; the Electron IPC bridge and the browser-mode HTTP bridge both dispatch only these names, validate every
 * payload against these schemas, and return `ApiError`s. Documents are addressed by an opaque id the host hands out,
 * never by a path: the UI cannot name files.
 */
import { z } from 'zod';
import { EngagementDocumentSchema } from '../domain/document';
import { LANGUAGES } from '../domain/languages';

const DocId = z.string().min(1).max(100);
const Ref = z.string().min(1).max(2_000);
const Language = z.enum(LANGUAGES);

const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  location: z.object({
    matrixId: z.string().optional(),
    phaseId: z.string().optional(),
    activityId: z.string().optional(),
    partyId: z.string().optional(),
    scope: z.string().optional(),
  }),
  message: z.string(),
});

const HistoryStateSchema = z.object({ undo: z.string().nullable(), redo: z.string().nullable() });

const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

export const CONTRACT = {
  'session.info': method(
    z.object({}).strict(),
    z.object({ documents: z.array(z.object({ docId: DocId, name: z.string() })), language: Language }),
  ),
  'templates.list': method(
    z.object({}).strict(),
    z.array(z.object({ id: z.string(), name: z.record(z.string(), z.string()), description: z.record(z.string(), z.string()) })),
  ),
  'document.get': method(z.object({ docId: DocId }).strict(), EngagementDocumentSchema),
  'document.validate': method(z.object({ docId: DocId, language: Language.optional() }).strict(), z.array(FindingSchema)),
  'cell.set': method(
    z
      .object({
        docId: DocId,
        matrixId: Ref,
        activityId: Ref,
        partyId: Ref,
        roles: z.array(z.string().min(1).max(20)).max(20),
        note: z.string().max(10_000).nullable().optional(),
      })
      .strict(),
    z.object({ changed: z.boolean(), roles: z.array(z.string()), note: z.string().nullable(), history: HistoryStateSchema }),
  ),
  'history.state': method(z.object({ docId: DocId }).strict(), HistoryStateSchema),
  'history.undo': method(
    z.object({ docId: DocId }).strict(),
    z.object({ label: z.string().nullable(), history: HistoryStateSchema }),
  ),
  'history.redo': method(
    z.object({ docId: DocId }).strict(),
    z.object({ label: z.string().nullable(), history: HistoryStateSchema }),
  ),
} as const;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

export const METHOD_NAMES = Object.keys(CONTRACT) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(CONTRACT, name);
}

/** What every transport offers the UI: one call, typed by method. */
export type ApiClient = <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;
