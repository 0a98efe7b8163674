/**
 * One workbook = one SQLite file used as an application file format. Opening checks the file before SQLite touches it;
 * creating builds the file beside its final name and renames it into place, so a failed `new` or `import` leaves
 * nothing behind and never a half-written workbook.
 */
import Database, { type Database as DB } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentOf } from '../../../shared/domain/canonical';
import type { Content, EngagementDocument, Revision } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { readContent, readRevisions, writeRevision } from './content';
import { writeNewContent } from './new-content';
import { APPLICATION_ID, readHeader } from './file-format';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { BUSY_MESSAGE, isBusy } from './transaction';

export interface Workbook {
  readonly file: string;
  readonly db: DB;
  close(): void;
}

export interface OpenOptions {
  /** Path of the better-sqlite3 native addon built for the running runtime (Electron ships its own ABI). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
  /**
   * How long a write waits for another program's write lock before it fails as `busy` (SQLite's busy timeout, which
   * blocks the calling thread). Scripts can afford to wait a little; the API host opens with 0 and retries without
   * blocking (see api/busy.ts).
   */
  readonly busyTimeoutMs?: number;
}

/** What the CLI and scripts wait for a held write lock before saying the workbook is busy. */
export const DEFAULT_BUSY_TIMEOUT_MS = 2_000;

/**
 * The SQLite driver every connection of this process uses unless told otherwise. The desktop app's host process sets
 * it once to the Electron-ABI build, so services that open their own connection (an import, a new workbook) load the
 * same driver as the host instead of the Node build Electron cannot load.
 */
let processNativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  processNativeBinding = path;
}

function connect(file: string, options: OpenOptions, mustExist: boolean): DB {
  const nativeBinding = options.nativeBinding ?? processNativeBinding;
  try {
    return new Database(file, {
      fileMustExist: mustExist,
      readonly: options.readonly ?? false,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    throw new EngagebookError('io', `cannot open: ${(error as Error).message}`, file);
  }
}

function configure(db: DB, busyTimeoutMs: number): void {
  // WAL: readers never block the writer (the CLI can read while the app edits). synchronous=FULL: an acknowledged
  // edit survives power loss, not just a crash; one fsync per edit is cheap at human editing speed.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
}

/**
 * The connection that builds a new workbook under its temporary name: no journal and no syncs while it fills. Nobody
 * else can have that file open, and a failed or interrupted build is thrown away, never renamed, so a journal protects
 * nothing here; the WAL wrote the whole file twice (into the WAL, then at the checkpoint into the file) and synced
 * after each of the migrations' and the fill's commits. The file is synced once, complete, before it gets its name
 * (see docs/performance.md).
 */
function configureForCreation(db: DB): void {
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
}

/** Flushes `file` to disk: a new workbook is durable before it is renamed into place. */
function syncToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function workbookHandle(file: string, db: DB): Workbook {
  let open = true;
  return {
    file,
    db,
    close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

/** Opens an existing workbook, refusing (and not touching) anything that is not one this version can read. */
export function openWorkbook(file: string, options: OpenOptions = {}): Workbook {
  const header = readHeader(file);
  const empty = header.applicationId === 0 && header.userVersion === 0;
  if (header.applicationId !== APPLICATION_ID) {
    throw new EngagebookError(
      'foreign-database',
      empty
        ? 'is a SQLite database but not an Engagebook workbook'
        : `is a SQLite database of another application (application id ${header.applicationId})`,
      file,
    );
  }
  if (header.userVersion > LATEST_SCHEMA_VERSION) {
    throw new EngagebookError(
      'newer-version',
      `was saved by a newer version of Engagebook (file format ${header.userVersion}; this version reads up to ${LATEST_SCHEMA_VERSION}); please update Engagebook`,
      file,
    );
  }
  const db = connect(file, options, true);
  try {
    if (!options.readonly) {
      configure(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
      migrate(db);
    } else if (schemaVersion(db) !== LATEST_SCHEMA_VERSION) {
      throw new EngagebookError('newer-version', 'needs an upgrade; open it once without --readonly', file);
    }
    return workbookHandle(file, db);
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new EngagebookError('busy', BUSY_MESSAGE, file);
    throw error;
  }
}

/**
 * Runs `fill` with the secondary indexes dropped and builds them again after, from their own stored definitions: an
 * index built once over sorted keys costs less than one kept up to date through 240,000 inserts in random id order
 * (about a tenth of writing a 20,000-activity workbook). Only for a file nobody else has open yet.
 */
function withIndexesBuiltAfter(db: DB, fill: () => void): void {
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{
    name: string;
    sql: string;
  }>;
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  fill();
  for (const { sql } of indexes) db.exec(sql);
}

/**
 * Creates `file` holding `content` (and optionally revisions). Fails if `file` exists. The file appears complete or
 * not at all.
 */
export function createWorkbook(
  file: string,
  content: Content,
  revisions: readonly Revision[] = [],
  options: OpenOptions = {},
): void {
  if (existsSync(file))
    throw new EngagebookError('already-exists', 'already exists; choose another name or remove it first', file);
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const db = connect(temporary, options, false);
    try {
      configureForCreation(db);
      migrate(db);
      db.transaction(() => {
        withIndexesBuiltAfter(db, () => {
          writeNewContent(db, contentOf(content));
          for (const revision of revisions) writeRevision(db, revision);
        });
      })();
      // Now the journal every workbook has (WAL, written into the file's header), with synchronous=FULL so that this
      // last small commit syncs the file to disk, and then once more below, after close, to be sure of it.
      configure(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    } finally {
      db.close();
    }
    syncToDisk(temporary);
    if (existsSync(file))
      throw new EngagebookError('already-exists', 'appeared while it was being created; nothing was changed', file);
    renameSync(temporary, file);
  } catch (error) {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`]) rmSync(leftover, { force: true });
    throw error;
  }
}

export function readDocument(workbook: Workbook): EngagementDocument {
  return { ...readContent(workbook.db, workbook.file), revisions: readRevisions(workbook.db, workbook.file) };
}

/** Writes a compacted, self-contained copy (no WAL) to `target` while the workbook stays open. */
export function saveCopy(workbook: Workbook, target: string): void {
  if (existsSync(target)) throw new EngagebookError('already-exists', 'already exists; choose another name', target);
  try {
    workbook.db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    rmSync(target, { force: true });
    throw new EngagebookError('io', `cannot save a copy: ${(error as Error).message}`, target);
  }
}
