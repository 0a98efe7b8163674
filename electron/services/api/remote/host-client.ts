/**
 * Main's side of the protocol: the host process as an async proxy. Every call gets an id and a promise; the reply
 * with that id settles it, after its value has been checked against the operation's result schema. Nothing here waits
 * synchronously, so the main process stays free to draw windows however long the host takes.
 *
 * Whoever watches the process calls `disconnect` when it exits: pending calls then fail with that reason (instead of
 * waiting forever), and later calls fail at once without posting anything to a process that is gone.
 */
import type { z } from 'zod';
import type { DispatchResult } from '../host';
import type { MessagePortLike } from './port';
import {
  describeIssue,
  HostToMainSchema,
  isQuestionName,
  OPERATIONS,
  QUESTIONS,
  type MainToHost,
  type OperationArgs,
  type OperationName,
  type OperationResult,
  type Outcome,
  type QuestionAnswer,
  type QuestionName,
} from './protocol';

/** A failure the host reported. `code` is set for errors a person can act on (a file that is not a workbook…). */
export class HostCallError extends Error {
  constructor(
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** The host process is gone (or was never reachable): the call was not answered, and may or may not have run. */
export class HostUnavailableError extends Error {
  override name = 'HostUnavailableError';
}

export type HostQuestionAnswers = {
  readonly [Q in QuestionName]?: (args: z.output<(typeof QUESTIONS)[Q]['args']>) => Promise<QuestionAnswer<Q>>;
};

export interface HostClientOptions {
  /** Main's answers to the host's questions (native dialogs); a question without one is answered with a failure. */
  readonly answers?: HostQuestionAnswers;
  /** Hears about messages that were refused, on either side. Default: the console. */
  readonly onProtocolError?: (message: string) => void;
}

/** The `Host` of ../host.ts, asynchronous, plus the rest of the operations through `call`. */
export interface HostClient {
  call<O extends OperationName>(operation: O, args: OperationArgs<O>): Promise<OperationResult<O>>;
  dispatch(method: unknown, payload: unknown): Promise<DispatchResult>;
  open(file: string): Promise<string>;
  fileOf(docId: string): Promise<string | undefined>;
  /** Calls `listener` with every event the host pushes (opaque here; the page validates it). */
  subscribe(listener: (event: Record<string, unknown>) => void): () => void;
  close(): Promise<void>;
  /** The process is gone: fail what is pending with `reason`, and every later call too. */
  disconnect(reason: string): void;
}

interface Pending {
  readonly operation: OperationName;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export function createHostClient(port: MessagePortLike, options: HostClientOptions = {}): HostClient {
  const onProtocolError = options.onProtocolError ?? ((message) => console.error(`engagebook: ${message}`));
  const pending = new Map<number, Pending>();
  const listeners = new Set<(event: Record<string, unknown>) => void>();
  let nextId = 0;
  let gone: string | null = null;

  function send(message: MainToHost): void {
    // After exit Electron may crash on a post (electron/electron#53923), so a gone process is never posted to.
    if (gone === null) port.postMessage(message);
  }

  function call<O extends OperationName>(operation: O, args: OperationArgs<O>): Promise<OperationResult<O>> {
    if (gone !== null) return Promise.reject(new HostUnavailableError(`${gone}; ${operation} was not sent`));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { operation, resolve: resolve as (value: unknown) => void, reject });
      try {
        send({ type: 'call', id, operation, args });
      } catch (error) {
        pending.delete(id);
        reject(new HostUnavailableError(`${operation} could not be sent: ${(error as Error).message}`));
      }
    });
  }

  function settle(id: number, outcome: Outcome): void {
    const waiting = pending.get(id);
    if (!waiting) return onProtocolError(`the host process replied to no call (${id})`);
    pending.delete(id);
    if (!outcome.ok) return waiting.reject(new HostCallError(outcome.error.code, outcome.error.message));
    const result = OPERATIONS[waiting.operation].result.safeParse(outcome.value);
    if (result.success) waiting.resolve(result.data);
    else
      waiting.reject(
        new HostCallError(null, `the host process answered ${waiting.operation} with ${describeIssue(result.error)}`),
      );
  }

  async function answer(id: number, question: string, args: unknown): Promise<void> {
    let outcome: Outcome;
    const parsedArgs = isQuestionName(question) ? QUESTIONS[question].args.safeParse(args) : null;
    const respond = isQuestionName(question) ? options.answers?.[question] : undefined;
    if (!parsedArgs?.success || !respond) {
      const why = !parsedArgs
        ? 'is not a question'
        : !parsedArgs.success
          ? describeIssue(parsedArgs.error)
          : 'has no answer here';
      outcome = { ok: false, error: { code: 'invalid-message', message: `${question.slice(0, 100)}: ${why}` } };
    } else {
      try {
        outcome = { ok: true, value: await respond(parsedArgs.data) };
      } catch (error) {
        outcome = { ok: false, error: { code: null, message: (error as Error).message } };
      }
    }
    send({ type: 'answer', id, outcome });
  }

  port.on('message', (raw) => {
    const parsed = HostToMainSchema.safeParse(raw);
    if (!parsed.success) return onProtocolError(`refused a message from the host process: ${describeIssue(parsed.error)}`);
    const message = parsed.data;
    switch (message.type) {
      case 'reply':
        return settle(message.id, message.outcome);
      case 'event':
        return listeners.forEach((listener) => listener(message.event));
      case 'question':
        return void answer(message.id, message.question, message.args);
      case 'refused':
        return onProtocolError(`the host process ${message.message}`);
    }
  });

  return {
    call,
    dispatch: (method, payload) => call('dispatch', { method, payload }),
    open: (file) => call('open', { file }),
    fileOf: async (docId) => (await call('fileOf', { docId })) ?? undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: async () => void (await call('close', {})),
    disconnect(reason) {
      if (gone !== null) return;
      gone = reason;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(new HostUnavailableError(`${reason}; ${waiting.operation} was not answered`));
      }
    },
  };
}
