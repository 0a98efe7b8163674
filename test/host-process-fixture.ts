/**
 * Runs a host-process entry (the TypeScript source through tsx, or the bundled out/main/host.cjs) in a plain Node
 * child, the way Electron's utilityProcess.fork runs it in the app, and connects host-client.ts to it. The child
 * process's IPC channel stands in for Electron's parentPort: the entry accepts both (remote/port.ts), and
 * `serialization: 'advanced'` makes Node structured-clone the messages as Electron does.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createHostClient, type HostClient, type HostQuestionAnswers } from '../electron/services/api/remote/host-client';
import type { MessagePortLike } from '../electron/services/api/remote/port';
import { startArgument, type HostStartOptions } from '../electron/services/api/remote/protocol';
import { tempDir } from './helpers';

export const HOST_PROCESS_SOURCE = join(import.meta.dirname, '..', 'electron', 'services', 'api', 'remote', 'host-process.ts');

export interface ForkedHost {
  readonly child: ChildProcess;
  readonly client: HostClient;
  readonly start: HostStartOptions;
  /** Settles with the exit code (or signal) once the child has exited. */
  readonly exited: Promise<number | string | null>;
  /** What the client refused or was told was refused, in order. */
  readonly protocolErrors: string[];
  /** Everything the child wrote to stderr so far. */
  stderr(): string;
}

export interface ForkOptions {
  readonly entry?: string;
  readonly answers?: HostQuestionAnswers;
  readonly start?: Partial<HostStartOptions>;
  /** Node options for the child; the source entry needs tsx. */
  readonly execArgv?: string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** A port over the child's IPC channel: main's end of the abstraction, as host-connection.ts makes it in Electron. */
export function portToChild(child: ChildProcess): MessagePortLike {
  return {
    postMessage: (message) => void child.send(message as object),
    on: (_event, listener) => child.on('message', listener),
  };
}

export function forkHost(options: ForkOptions = {}): ForkedHost {
  const dir = tempDir();
  const start: HostStartOptions = {
    language: 'en',
    documentsDir: join(dir, 'Documents'),
    recentFile: join(dir, 'config', 'recent.json'),
    chooseFile: options.answers?.chooseFile !== undefined,
    // Events under test come from edits; the change watcher would only add timing to the tests.
    watchIntervalMs: 0,
    ...options.start,
  };
  const child = fork(options.entry ?? HOST_PROCESS_SOURCE, [startArgument(start)], {
    execArgv: options.execArgv ?? ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const protocolErrors: string[] = [];
  const client = createHostClient(portToChild(child), {
    ...(options.answers ? { answers: options.answers } : {}),
    onProtocolError: (message) => protocolErrors.push(message),
  });
  child.once('exit', (code, signal) => client.disconnect(`the host process exited (${signal ?? `code ${code}`})`));
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  });
  return { child, client, start, exited, protocolErrors, stderr: () => stderr };
}
