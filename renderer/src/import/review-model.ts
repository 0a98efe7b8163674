/**
 * What the review screen works on: a returned file's changes grouped the way people read a proposal (by matrix and
 * phase, then the support scope and the sign-off), and which of them are accepted. Pure, so it is tested without a page.
 */
import type { ReviewChange } from '../../../shared/api/methods/transfer';

export interface ChangeGroup {
  /** Stable within one plan; also the group's accessible name. */
  readonly key: string;
  readonly title: string;
  readonly changes: readonly ReviewChange[];
}

/** Where a change is listed: its matrix and phase, else its own kind of place. */
function groupTitle(change: ReviewChange, words: { scope: string; signoff: string; other: string }): string {
  if (change.kind === 'scope-changed') return words.scope;
  if (change.kind === 'signoff-filled') return words.signoff;
  if (change.matrix && change.phase) return `${change.matrix} › ${change.phase}`;
  return change.matrix ?? words.other;
}

/** Groups in the order their first change comes (the plan lists changes in document order). */
export function groupChanges(
  changes: readonly ReviewChange[],
  words: { scope: string; signoff: string; other: string },
): ChangeGroup[] {
  const groups = new Map<string, ReviewChange[]>();
  for (const change of changes) {
    const title = groupTitle(change, words);
    const list = groups.get(title) ?? [];
    list.push(change);
    groups.set(title, list);
  }
  return [...groups].map(([title, list]) => ({ key: title, title, changes: list }));
}

/**
 * What starts accepted: every change the client made that does not collide with one of ours. A conflict starts
 * rejected — ours stays — until the person takes theirs.
 */
export function initialAccepted(changes: readonly ReviewChange[]): ReadonlySet<string> {
  return new Set(changes.filter((c) => !c.conflict).map((c) => c.id));
}

/** Accepts or rejects a set of changes at once (one change, a group, all). */
export function setAccepted(
  accepted: ReadonlySet<string>,
  changes: readonly ReviewChange[],
  accept: boolean,
): ReadonlySet<string> {
  const next = new Set(accepted);
  for (const change of changes) {
    if (accept) next.add(change.id);
    else next.delete(change.id);
  }
  return next;
}

/** Whether all, none or some of `changes` are accepted (a group's checkbox shows "some" as mixed). */
export function acceptance(accepted: ReadonlySet<string>, changes: readonly ReviewChange[]): 'all' | 'none' | 'some' {
  const count = changes.reduce((n, c) => n + (accepted.has(c.id) ? 1 : 0), 0);
  return count === 0 ? 'none' : count === changes.length ? 'all' : 'some';
}

/** A value as a person reads it: roles as their codes, empty as a dash. */
export function showValue(value: ReviewChange['before'], words: { yes: string; no: string; empty: string }): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return words.empty;
  if (Array.isArray(value)) return value.join('/');
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  return String(value);
}
