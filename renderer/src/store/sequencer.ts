/**
 * Puts the document's announced changes in order. Every change the host announces has a number (`seq`); a page that
 * applied up to n applies n+1 next, ignores what it already has (an edit's answer and its event both arrive), holds a
 * change that came early (another tab's edit whose event is still on its way), and reloads when a change cannot be
 * followed: another program's, or a gap that does not fill.
 */
import type { RecordChange } from '../../../shared/domain/records';

export interface Accepted {
  /** Batches to apply now, in order. */
  readonly apply: RecordChange[][];
  /** The document must be reloaded: a change came that cannot be applied. */
  readonly reload: boolean;
  /** Changes are being held for a gap to fill; reload if it does not fill soon. */
  readonly waiting: boolean;
}

export class Sequencer {
  private applied = 0;
  /** Changes that came before the ones they follow: null marks another program's change. */
  private readonly early = new Map<number, RecordChange[] | null>();

  get seq(): number {
    return this.applied;
  }

  /** A change numbered `seq`: its records, or null when the UI cannot apply it (another program wrote the file). */
  accept(seq: number, changes: RecordChange[] | null): Accepted {
    if (seq <= this.applied) return { apply: [], reload: false, waiting: this.early.size > 0 };
    this.early.set(seq, changes);
    return this.drain();
  }

  /** A change that came while the document is still loading: kept until the load says where it stands (`reset`). */
  hold(seq: number, changes: RecordChange[] | null): void {
    if (seq > this.applied) this.early.set(seq, changes);
  }

  /** A reload brought the document up to `seq`: what came after it still applies. */
  reset(seq: number): Accepted {
    this.applied = seq;
    for (const n of this.early.keys()) if (n <= seq) this.early.delete(n);
    return this.drain();
  }

  private drain(): Accepted {
    const apply: RecordChange[][] = [];
    for (let next = this.applied + 1; this.early.has(next); next++) {
      const changes = this.early.get(next)!;
      if (changes === null) return { apply, reload: true, waiting: false };
      this.early.delete(next);
      this.applied = next;
      apply.push(changes);
    }
    return { apply, reload: false, waiting: this.early.size > 0 };
  }
}
