/**
 * Waiting out another program's write lock without blocking: the host's connections have no busy timeout (SQLite's
 * would block the event loop, and in the desktop app the whole host process), so a `busy` failure is retried here on
 * timers, with growing pauses, until `patienceMs` has passed. Other documents and other calls are answered meanwhile.
 */
import { EngagebookError } from '../../../shared/domain/errors';
import { isBusy } from '../store/transaction';

export const DEFAULT_BUSY_PATIENCE_MS = 3_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retryWhileBusy<T>(attempt: () => T | Promise<T>, patienceMs = DEFAULT_BUSY_PATIENCE_MS): Promise<T> {
  const started = Date.now();
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    try {
      return await attempt();
    } catch (error) {
      // A write says `busy` itself (store/transaction.ts); a read that meets a lock (rare with WAL) throws SQLite's own.
      const busy = (error instanceof EngagebookError && error.code === 'busy') || isBusy(error);
      if (!busy || Date.now() - started + wait > patienceMs) throw error;
      await pause(wait);
    }
  }
}
