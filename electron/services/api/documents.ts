/**
 * The documents the host has handed out ids for. A document id stays valid for the host's life; its SQLite connection
 * (three open files with WAL: the database, -wal and -shm) is opened when a call needs it and released when the UI
 * closes the document, when it has been idle for a while, or when too many are open. A released document that is used
 * again is reopened, and since nobody watched it meanwhile, the change is announced as external so every page showing
 * it reloads.
 *
 * Each document counts the changes announced for it (`seq`): one per edit that changed something, and one per change
 * another program made, noticed through SQLite's `data_version` (it moves only when another connection commits).
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { HostEvent } from '../../../shared/api/events';
import type { RecordChange } from '../../../shared/domain/records';
import { openWorkbook, type HistoryState, type OpenOptions, type Workbook } from '../store';

export interface DocumentLimits {
  /** Release a connection unused for this long (ms); 0 never. */
  readonly idleMs: number;
  /** Keep at most this many connections open; the least recently used goes first. */
  readonly maxOpen: number;
}

export const DEFAULT_LIMITS: DocumentLimits = { idleMs: 10 * 60_000, maxOpen: 8 };

interface Entry {
  readonly docId: string;
  readonly file: string;
  workbook: Workbook | null;
  /** What data_version said when we last looked (per connection, so reset on reopen). */
  version: number;
  seq: number;
  lastUsed: number;
  /** Listed by session.info until the UI closes it. */
  listed: boolean;
}

export class OpenDocuments {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly openOptions: OpenOptions,
    private readonly limits: DocumentLimits,
    private readonly emit: (event: HostEvent) => void,
    /** Told when a document's file is released, so what was kept of it can go too. */
    private readonly released: (docId: string) => void = () => undefined,
  ) {}

  /** A document id for `file`, opening it now so a file that is not a workbook is refused at once. */
  open(file: string): string {
    const absolute = resolve(file);
    for (const [docId, entry] of this.entries) {
      if (entry.file !== absolute) continue;
      entry.listed = true;
      return docId;
    }
    const docId = randomUUID();
    const workbook = openWorkbook(absolute, this.openOptions);
    this.entries.set(docId, {
      docId,
      file: absolute,
      workbook,
      version: dataVersion(workbook),
      seq: 0,
      lastUsed: Date.now(),
      listed: true,
    });
    this.enforceLimit(docId);
    return docId;
  }

  /** The open workbook behind `docId`, reopened if it was released. */
  workbook(docId: string): Workbook {
    const entry = this.entry(docId);
    entry.lastUsed = Date.now();
    if (!entry.workbook) {
      entry.workbook = openWorkbook(entry.file, this.openOptions);
      entry.version = dataVersion(entry.workbook);
      this.enforceLimit(docId);
      this.announce(docId); // nobody watched the file while it was closed
    }
    return entry.workbook;
  }

  fileOf(docId: string): string | undefined {
    return this.entries.get(docId)?.file;
  }

  seq(docId: string): number {
    return this.entry(docId).seq;
  }

  /** The change number and SQLite's data_version of an open document; null when its file is released. */
  stamp(docId: string): { seq: number; version: number } | null {
    const entry = this.entry(docId);
    return entry.workbook ? { seq: entry.seq, version: dataVersion(entry.workbook) } : null;
  }

  listed(): Array<{ docId: string; file: string }> {
    return [...this.entries].filter(([, e]) => e.listed).map(([docId, e]) => ({ docId, file: e.file }));
  }

  /**
   * Counts a change and tells every listener; without `edit` it is another program's change (the UI reloads), with it
   * an edit's records and the history after it.
   */
  announce(docId: string, edit?: { changes: RecordChange[]; history: HistoryState }): number {
    const entry = this.entry(docId);
    entry.seq++;
    this.emit(
      edit
        ? { type: 'changed', docId, seq: entry.seq, external: false, ...edit }
        : { type: 'changed', docId, seq: entry.seq, external: true },
    );
    return entry.seq;
  }

  /** The UI is done with `docId`: release its file and stop listing it. */
  close(docId: string): void {
    const entry = this.entry(docId);
    entry.listed = false;
    this.release(entry);
  }

  /** Looks for other programs' changes and releases idle connections; the host runs this on a timer. */
  tick(now = Date.now()): void {
    for (const [docId, entry] of this.entries) {
      if (!entry.workbook) continue;
      const version = dataVersion(entry.workbook);
      if (version !== entry.version) {
        entry.version = version;
        this.announce(docId);
      }
      if (this.limits.idleMs > 0 && now - entry.lastUsed >= this.limits.idleMs) this.release(entry);
    }
  }

  /** How many connections are open (for tests and the idle timer). */
  openCount(): number {
    return [...this.entries.values()].filter((e) => e.workbook).length;
  }

  closeAll(): void {
    for (const entry of this.entries.values()) this.release(entry);
  }

  private entry(docId: string): Entry {
    const entry = this.entries.get(docId);
    if (!entry) throw new ApiError('unknown-document', `no open document "${docId}"`);
    return entry;
  }

  private release(entry: Entry): void {
    if (!entry.workbook) return;
    entry.workbook.close();
    entry.workbook = null;
    this.released(entry.docId);
  }

  private enforceLimit(keep: string): void {
    const open = [...this.entries].filter(([docId, e]) => e.workbook && docId !== keep);
    open.sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    while (open.length + 1 > this.limits.maxOpen) this.release(open.shift()![1]);
  }
}

const dataVersion = (w: Workbook) => w.db.pragma('data_version', { simple: true }) as number;
