/**
 * Optimistic edits: a keypress paints at once, before the host has answered. The records an edit is expected to
 * write are applied straight away and held; while a record is held, what the host says about it is kept aside as the
 * confirmed value instead of being shown (it would briefly undo the newer keypress). When the last edit holding a
 * record finishes, the confirmed value is shown: the same as the optimistic one when the host agreed, the one from
 * before when it refused — the rollback.
 */
import type { RecordChange } from '../../../shared/domain/records';

interface Held {
  confirmed: RecordChange;
  latest: RecordChange;
  holds: number;
}

const idOf = (change: RecordChange) => `${change.table}\u0000${change.key.join('\u0000')}`;

export class Overlay {
  private readonly held = new Map<string, Held>();

  /** Starts holding the records of `changes`; `current` gives a record's value before the first hold on it. */
  hold(changes: readonly RecordChange[], current: (change: RecordChange) => RecordChange): void {
    for (const change of changes) {
      const id = idOf(change);
      const entry = this.held.get(id);
      if (entry) {
        entry.holds++;
        entry.latest = change;
      } else this.held.set(id, { confirmed: current(change), latest: change, holds: 1 });
    }
  }

  /** Of what the host says changed, what to show now; held records keep the host's word as their confirmed value. */
  filter(changes: readonly RecordChange[]): RecordChange[] {
    return changes.filter((change) => {
      const entry = this.held.get(idOf(change));
      if (entry) entry.confirmed = change;
      return !entry;
    });
  }

  /**
   * Ends one hold on each record of `changes`; returns the confirmed values of records no longer held that differ
   * from what is shown (nothing, when the host agreed: the page need not render the same cell again).
   */
  release(changes: readonly RecordChange[]): RecordChange[] {
    const settled: RecordChange[] = [];
    for (const change of changes) {
      const id = idOf(change);
      const entry = this.held.get(id);
      if (!entry || --entry.holds > 0) continue;
      this.held.delete(id);
      if (JSON.stringify(entry.confirmed.value) !== JSON.stringify(entry.latest.value)) settled.push(entry.confirmed);
    }
    return settled;
  }

  /** After a reload: the reloaded values become the confirmed ones; returns the optimistic values to show again. */
  rebase(current: (change: RecordChange) => RecordChange): RecordChange[] {
    return [...this.held.values()].map((entry) => {
      entry.confirmed = current(entry.latest);
      return entry.latest;
    });
  }
}
