/**
 * Snapshots ready before the page asks. Reading a 20,000-activity workbook for the page takes the host a few hundred
 * milliseconds; a page asks for it right after the document is opened (the app opens the file, then its window loads;
 * `engagebook serve FILE` opens it before anyone browses to it). So opening a document starts reading its snapshot on
 * the next turn of the event loop, and a snapshot is kept until the document changes — by an edit here (its change
 * number moves) or by another program (SQLite's data_version moves) — or its file is released. A page reloading an
 * unchanged workbook gets it at once too.
 */
import type { ResultOf } from '../../../shared/api/contract';

type Snapshot = ResultOf<'document.snapshot'>;

/** What the document looks like now: a kept snapshot is good while both are unchanged. */
export interface Stamp {
  readonly seq: number;
  readonly version: number;
}

export class Snapshots {
  private readonly kept = new Map<string, { stamp: Stamp; snapshot: Snapshot }>();

  constructor(
    private readonly read: (docId: string) => Snapshot,
    private readonly stamp: (docId: string) => Stamp | null,
  ) {}

  /** The document's snapshot: the kept one when nothing changed since it was read, else a fresh read. */
  get(docId: string): Snapshot {
    const now = this.stamp(docId);
    const kept = this.kept.get(docId);
    if (kept && now && kept.stamp.seq === now.seq && kept.stamp.version === now.version) return kept.snapshot;
    const snapshot = this.read(docId);
    // Read after the snapshot: the read may have reopened a released file, which moves the change number.
    const after = this.stamp(docId);
    if (after) this.kept.set(docId, { stamp: after, snapshot });
    return snapshot;
  }

  /** Reads the snapshot soon, without holding up the caller (a failure is left for the page's own request). */
  prepare(docId: string): void {
    setImmediate(() => {
      // A document released meanwhile (too many open) is not worth reopening for a page that may never ask.
      if (this.stamp(docId) === null) return;
      try {
        this.get(docId);
      } catch {
        // the page's request will report it
      }
    });
  }

  /** Forgets a document's snapshot (its file was released, or it changed). */
  drop(docId: string): void {
    this.kept.delete(docId);
  }
}
