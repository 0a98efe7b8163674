/**
 * The messages between the Electron main process and the API host when the host runs in a process of its own
 * (host-process.ts). Both sides validate everything they receive with these schemas: a message is data from another
 * process, and a bug or a version mismatch there must become a refused message, not a crash or a wrong write.
 *
 * Three kinds of traffic:
 *  - calls, main → host: an operation of OPERATIONS by name, answered by a reply with the same id;
 *  - events, host → main: whatever the host's `subscribe` emits, passed on to the windows as it is (the page validates
 *    it against shared/api/events.ts; here it is an opaque object so that the event's shape can grow freely);
 *  - questions, host → main: native UI only main can show (QUESTIONS), answered with the question's id.
 */
import { z } from 'zod';
import { ApiErrorSchema } from '../../../../shared/api/errors';
import { LANGUAGES } from '../../../../shared/domain/languages';

const operation = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

export const DispatchResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);

const DocumentTo = z.object({ docId: z.string(), target: z.string() }).strict();
const Nothing = z.object({}).strict();

/**
 * Everything main may ask of the host process. The first four mirror the `Host` interface of ../host.ts (a member
 * added there is one line here and one in serve-host.ts); contract methods all travel through `dispatch`, so a new API
 * method needs nothing here. The rest are the menus' heavy work (reading and writing whole workbooks, Excel), kept off
 * the main process. The page cannot reach them: the IPC handler (electron/main/ipc.ts) only ever sends `dispatch`.
 */
export const OPERATIONS = {
  dispatch: operation(z.object({ method: z.unknown(), payload: z.unknown() }).strict(), DispatchResultSchema),
  open: operation(z.object({ file: z.string().min(1) }).strict(), z.string()),
  fileOf: operation(z.object({ docId: z.string() }).strict(), z.string().nullable()),
  close: operation(Nothing, z.null()),
  // File › New from Template: creates `target` and opens it; answers its docId.
  createFromTemplate: operation(z.object({ templateId: z.string(), target: z.string() }).strict(), z.string()),
  saveCopy: operation(DocumentTo, z.null()),
  // File › Open Recent lists these.
  recentFiles: operation(Nothing, z.array(z.string())),
} as const;
export type OperationName = keyof typeof OPERATIONS;
export type OperationArgs<O extends OperationName> = z.input<(typeof OPERATIONS)[O]['args']>;
export type OperationResult<O extends OperationName> = z.output<(typeof OPERATIONS)[O]['result']>;
export const isOperationName = (name: string): name is OperationName => Object.hasOwn(OPERATIONS, name);
/** The host side of an operation: it receives the arguments as validated. */
export type OperationHandler<O extends OperationName> = (
  args: z.output<(typeof OPERATIONS)[O]['args']>,
) => OperationResult<O> | Promise<OperationResult<O>>;
export type OperationHandlers = { [O in OperationName]: OperationHandler<O> };

/** Native UI the host needs from main, one round trip each. `chooseFile` is the host's `chooseFile` option. */
export const QUESTIONS = {
  chooseFile: operation(Nothing, z.string().nullable()),
} as const;
export type QuestionName = keyof typeof QUESTIONS;
export type QuestionAnswer<Q extends QuestionName> = z.output<(typeof QUESTIONS)[Q]['result']>;
export const isQuestionName = (name: string): name is QuestionName => Object.hasOwn(QUESTIONS, name);

/** A failure that crosses the process boundary. `code` is set for errors a person can act on (EngagebookError,
 * ApiError), so main can tell them from bugs. */
const FailureSchema = z.object({ code: z.string().nullable(), message: z.string() });
export type Failure = z.infer<typeof FailureSchema>;
const OutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: FailureSchema }).strict(),
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

const Id = z.number().int().nonnegative();

export const MainToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call'), id: Id, operation: z.string(), args: z.unknown() }).strict(),
  z.object({ type: z.literal('answer'), id: Id, outcome: OutcomeSchema }).strict(),
]);
export type MainToHost = z.infer<typeof MainToHostSchema>;

export const HostToMainSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), id: Id, outcome: OutcomeSchema }).strict(),
  z.object({ type: z.literal('event'), event: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ type: z.literal('question'), id: Id, question: z.string(), args: z.unknown() }).strict(),
  // A message the host could not read at all (no call id to answer): said out loud rather than dropped silently.
  z.object({ type: z.literal('refused'), message: z.string() }).strict(),
]);
export type HostToMain = z.infer<typeof HostToMainSchema>;

/** One line naming the first problem zod found, for refusals and logs. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}`;
}

/** What the host process is started with (see host-process.ts); everything a `createHost` option needs from main. */
export const HostStartOptionsSchema = z
  .object({
    language: z.enum(LANGUAGES),
    documentsDir: z.string(),
    recentFile: z.string(),
    /** The better-sqlite3 driver built for Electron's ABI; absent in plain Node. */
    nativeBinding: z.string().optional(),
    /** Whether main answers `chooseFile` (a native open dialog). */
    chooseFile: z.boolean(),
    watchIntervalMs: z.number().int().nonnegative().optional(),
  })
  .strict();
export type HostStartOptions = z.infer<typeof HostStartOptionsSchema>;

/** Start-up options travel as one command-line argument, so the process has them before any message arrives. */
export const START_OPTIONS_PREFIX = '--engagebook-host=';
export const startArgument = (options: HostStartOptions): string => START_OPTIONS_PREFIX + JSON.stringify(options);
