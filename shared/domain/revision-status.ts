/**
 * How a revision's status moves with the deal: draft → sent → returned → signed, only forward. A step may be skipped
 * where the deal allows it (a draft signed on the spot, a sent revision signed without changes), but a revision never
 * goes back: what was sent stays sent. A signed revision is final; a change after signing is a new revision that
 * supersedes it. Shared by the store (which refuses) and the page (which offers only the allowed steps).
 */
import type { RevisionStatus, RevisionSummary } from './document';

/** One status a revision reached, and when. */
export interface StatusChange {
  readonly status: RevisionStatus;
  readonly at: string;
}

/** A revision as the revisions panel lists it: its summary, the dates of its status changes, what it supersedes. */
export interface RevisionHistory extends RevisionSummary {
  readonly statusChanges: StatusChange[];
  /** The id of the signed revision this one supersedes, or null. */
  readonly supersedes: string | null;
}

export const NEXT_STATUSES: Readonly<Record<RevisionStatus, readonly RevisionStatus[]>> = {
  draft: ['sent', 'signed'],
  sent: ['returned', 'signed'],
  // Returned with the client's changes, the same revision can still be signed as it was sent.
  returned: ['signed'],
  signed: [],
};

/** Why a revision labelled `label` cannot move from `from` to `to`; null when it can. */
export function statusRefusal(label: string, from: RevisionStatus, to: RevisionStatus): string | null {
  if (NEXT_STATUSES[from].includes(to)) return null;
  if (from === to) return `revision "${label}" is already ${from}`;
  if (from === 'signed') {
    return `revision "${label}" is signed and final; record the changes as a new revision that supersedes it`;
  }
  if (to === 'returned') return `revision "${label}" was never sent, so it cannot come back returned`;
  return `revision "${label}" cannot go back from ${from} to ${to}; statuses only move forward (${NEXT_STATUSES[from].join(', ')})`;
}
