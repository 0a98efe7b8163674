/**
 * Write transactions. Every write is `BEGIN IMMEDIATE`: it takes the write lock before it reads, so what an edit reads
 * (the note it keeps, the neighbours it inserts between) cannot change under it. When another program holds the lock,
 * SQLite answers SQLITE_BUSY once the connection's busy timeout has passed; that becomes a `busy` error a person can
 * act on ("try again") instead of a stack trace. The host opens its connections with no timeout and retries
 * asynchronously, so it never blocks its event loop waiting for a lock.
 */
import type { Database } from 'better-sqlite3';
import { EngagebookError } from '../../../shared/domain/errors';

export const BUSY_MESSAGE = 'another program is writing to this workbook; nothing was changed, try again in a moment';

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}

/** Runs `fn` in one IMMEDIATE transaction; a held lock becomes EngagebookError('busy') naming the file. */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    if (isBusy(error)) throw new EngagebookError('busy', BUSY_MESSAGE, db.name);
    throw error;
  }
}
