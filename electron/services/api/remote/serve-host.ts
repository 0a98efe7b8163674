/**
 * The host process's side of the protocol: creates the API host with the start-up options, runs the operations main
 * calls, pushes the host's events, and turns the host's `chooseFile` into a question to main. Every message is
 * validated; one that fails is refused with a message naming the problem, and the process keeps serving.
 */
import { ApiError } from '../../../../shared/api/errors';
import { EngagebookError } from '../../../../shared/domain/errors';
import { useNativeBinding, type OpenOptions } from '../../store';
import { createWorkspace } from '../../workspace/workspace';
import { createHost, type Host } from '../host';
import { menuTasks } from './menu-tasks';
import type { MessagePortLike } from './port';
import {
  describeIssue,
  isOperationName,
  MainToHostSchema,
  OPERATIONS,
  QUESTIONS,
  type Failure,
  type HostStartOptions,
  type HostToMain,
  type OperationHandlers,
  type Outcome,
  type QuestionAnswer,
  type QuestionName,
} from './protocol';

export function serveHost(port: MessagePortLike, start: HostStartOptions): Host {
  const post = (message: HostToMain) => port.postMessage(message);
  const questions = questionsTo(post);
  // Every connection of this process, the services' own included (imports, new workbooks), uses the app's driver.
  useNativeBinding(start.nativeBinding);
  const openOptions: OpenOptions = start.nativeBinding ? { nativeBinding: start.nativeBinding } : {};
  const workspace = createWorkspace({ documentsDir: start.documentsDir, recentFile: start.recentFile });
  const host = createHost({
    language: start.language,
    openOptions,
    workspace,
    ...(start.chooseFile ? { chooseFile: () => questions.ask('chooseFile', {}) } : {}),
    ...(start.watchIntervalMs !== undefined ? { watchIntervalMs: start.watchIntervalMs } : {}),
  });
  host.subscribe((event) => post({ type: 'event', event }));

  const handlers: OperationHandlers = {
    dispatch: ({ method, payload }) => host.dispatch(method, payload),
    open: ({ file }) => host.open(file),
    fileOf: ({ docId }) => host.fileOf(docId) ?? null,
    close: () => (host.close(), null),
    ...menuTasks(host, { language: start.language, openOptions, workspace }),
  };

  async function run(operation: string, args: unknown): Promise<Outcome> {
    if (!isOperationName(operation)) return refusal(`"${operation.slice(0, 100)}" is not an operation of the host process`);
    const parsed = OPERATIONS[operation].args.safeParse(args);
    if (!parsed.success) return refusal(`${operation}: ${describeIssue(parsed.error)}`);
    try {
      const handler = handlers[operation] as (args: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: failureOf(error) };
    }
  }

  async function answerCall(id: number, operation: string, args: unknown): Promise<void> {
    const outcome = await run(operation, args);
    try {
      post({ type: 'reply', id, outcome });
    } catch (error) {
      // A value that cannot cross the boundary is a bug in a handler; the caller must still hear back.
      post({ type: 'reply', id, outcome: { ok: false, error: failureOf(error) } });
    }
  }

  port.on('message', (raw) => {
    const parsed = MainToHostSchema.safeParse(raw);
    if (!parsed.success) {
      const message = `refused a message from main: ${describeIssue(parsed.error)}`;
      const id = callIdOf(raw);
      // When the call can be told apart, its caller gets the refusal instead of waiting forever.
      post(id === null ? { type: 'refused', message } : { type: 'reply', id, outcome: refusal(message) });
      return;
    }
    const message = parsed.data;
    if (message.type === 'answer') questions.answer(message.id, message.outcome);
    else void answerCall(message.id, message.operation, message.args);
  });
  return host;
}

const refusal = (message: string): Outcome => ({ ok: false, error: { code: 'invalid-message', message } });

function failureOf(error: unknown): Failure {
  if (error instanceof ApiError || error instanceof EngagebookError) return { code: error.code, message: error.message };
  console.error('engagebook host process:', error);
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}

function callIdOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, id } = raw as { type?: unknown; id?: unknown };
  return type === 'call' && Number.isSafeInteger(id) && (id as number) >= 0 ? (id as number) : null;
}

/** Questions to main (native dialogs) with their own ids; main's answers are validated like any other message. */
function questionsTo(post: (message: HostToMain) => void) {
  let nextId = 0;
  const pending = new Map<number, { question: QuestionName; settle: (outcome: Outcome) => void }>();
  return {
    ask<Q extends QuestionName>(question: Q, args: object): Promise<QuestionAnswer<Q>> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, {
          question,
          settle(outcome) {
            if (!outcome.ok) return reject(new Error(`main could not answer ${question}: ${outcome.error.message}`));
            const answer = QUESTIONS[question].result.safeParse(outcome.value);
            if (answer.success) resolve(answer.data as QuestionAnswer<Q>);
            else reject(new Error(`main answered ${question} with ${describeIssue(answer.error)}`));
          },
        });
        post({ type: 'question', id, question, args });
      });
    },
    answer(id: number, outcome: Outcome): void {
      const waiting = pending.get(id);
      if (!waiting) return console.error(`engagebook host process: an answer to no question (${id})`);
      pending.delete(id);
      waiting.settle(outcome);
    },
  };
}
