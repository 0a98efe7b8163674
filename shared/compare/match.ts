/**
 * Lining up two lists of things for a two-way diff. Items are paired by id first (two revisions of one workbook share
 * ids), then the rest by title (a workbook and the template it started from do not: a template is built with fresh
 * ids). What stays unpaired was added or removed; of the pairs, the ones out of order are the ones that moved.
 */
import { longestAscending } from '../domain/longest-ascending';
import { looseText } from '../domain/references';

export interface Paired<T> {
  readonly before: T;
  readonly after: T;
}

export interface Matched<T> {
  /** In the order of `after`. */
  readonly pairs: readonly Paired<T>[];
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

export function matchItems<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  titleOf: (item: T) => string,
): Matched<T> {
  const partner = new Map<T, T>();
  const beforeById = new Map(before.map((b) => [b.id, b]));
  for (const a of after) {
    const b = beforeById.get(a.id);
    if (b) partner.set(a, b);
  }
  const taken = new Set(partner.values());
  // Then by title, first come first paired, among what the ids left over. Each title keeps its list and a cursor (not
  // copies and shift()), so thousands of rows sharing one title still cost one pass.
  const freeByTitle = new Map<string, { items: T[]; next: number }>();
  for (const b of before) {
    if (taken.has(b)) continue;
    const key = looseText(titleOf(b));
    const free = freeByTitle.get(key);
    if (free) free.items.push(b);
    else freeByTitle.set(key, { items: [b], next: 0 });
  }
  for (const a of after) {
    if (partner.has(a)) continue;
    const free = freeByTitle.get(looseText(titleOf(a)));
    const b = free?.items[free.next];
    if (free && b) {
      free.next += 1;
      partner.set(a, b);
      taken.add(b);
    }
  }
  return {
    pairs: after.flatMap((a) => {
      const b = partner.get(a);
      return b ? [{ before: b, after: a }] : [];
    }),
    removed: before.filter((b) => !taken.has(b)),
    added: after.filter((a) => !partner.has(a)),
  };
}

/**
 * The pairs that moved: given the position each pair had before (in the order they come after), the ones outside a
 * longest increasing run of positions. Moving one row down reports that row, not every row it passed.
 */
export function movedIndexes(positionsBefore: readonly number[]): Set<number> {
  const kept = longestAscending(positionsBefore);
  return new Set(positionsBefore.flatMap((_, i) => (kept.has(i) ? [] : [i])));
}
