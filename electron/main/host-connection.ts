/**
 * The API host in an Electron utility process, as Actual Budget does it: main keeps windows, menus and dialogs, and
 * every document operation is an async call to out/main/host.cjs (electron/services/api/remote/host-process.ts). A
 * long import or a locked file then keeps that process busy, never the window. When the process dies unexpectedly,
 * pending calls fail with a clear message, a new one is started, and main is told so it can reopen what the windows
 * showed (the new process has nothing open).
 */
import { utilityProcess, type UtilityProcess } from 'electron';
import { join } from 'node:path';
import { createHostClient, type HostClient, type HostQuestionAnswers } from '../services/api/remote/host-client';
import { startArgument, type HostStartOptions } from '../services/api/remote/protocol';
import { RESTART_WINDOW_MS, shouldRestart } from './restart-policy';

/** Next to index.cjs in out/main, where scripts/build-electron.js writes it. */
const HOST_ENTRY = join(__dirname, 'host.cjs');
/** How long quitting waits for the host to close its workbooks before ending it (SQLite keeps them consistent). */
const CLOSE_GRACE_MS = 3_000;

export interface HostWiring {
  readonly answers: HostQuestionAnswers;
  onEvent(event: Record<string, unknown>): void;
  /** The process died and a new one serves; what the old one had open is not open in the new one. */
  onRestarted(reason: string): void;
  /** The process keeps dying right after starting; no new one was started. */
  onGaveUp(reason: string): void;
}

export interface HostConnection {
  /** The client of the process that serves now (a new one after each restart). */
  client(): HostClient;
  /** Closes the workbooks and ends the process; an exit after this is not a crash. */
  stop(): Promise<void>;
}

export function connectHost(start: HostStartOptions, wiring: HostWiring): HostConnection {
  let crashes: number[] = [];
  let stopping = false;
  let current = launch();

  function launch(): { child: UtilityProcess; client: HostClient } {
    const child = utilityProcess.fork(HOST_ENTRY, [startArgument(start)], {
      serviceName: 'Engagebook document host',
      stdio: 'inherit',
    });
    const client = createHostClient(
      { postMessage: (message) => child.postMessage(message), on: (_event, listener) => child.on('message', listener) },
      { answers: wiring.answers },
    );
    client.subscribe(wiring.onEvent);
    child.once('exit', (code) => {
      const reason = `The document host process stopped (exit code ${code})`;
      client.disconnect(reason);
      // Not from inside the exit listener: Electron must be done with the old process first (electron/electron#53923).
      if (!stopping) setImmediate(() => recover(reason));
    });
    return { child, client };
  }

  function recover(reason: string): void {
    const now = Date.now();
    if (!shouldRestart(crashes, now)) return wiring.onGaveUp(reason);
    crashes = [...crashes.filter((time) => now - time < RESTART_WINDOW_MS), now];
    current = launch();
    wiring.onRestarted(reason);
  }

  return {
    client: () => current.client,
    async stop() {
      stopping = true;
      const { child, client } = current;
      const grace = new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
      await Promise.race([client.close().catch(() => undefined), grace]);
      child.kill();
    },
  };
}
