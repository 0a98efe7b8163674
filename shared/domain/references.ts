/**
 * Finding things in a workbook by what a person types: an id, or an exact title. Titles are matched exactly first, then
 * ignoring case and spacing; more than one match is an error that lists the candidates, never a guess.
 */
import type { Content, Matrix } from './document';
import { EngagebookError } from './errors';

/** Text as a person compares it: Unicode composition, case and spacing aside ("Geïnformeerd" typed either way). */
export const looseText = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Finds one item by id, exact title, or loose title; never guesses between several. */
export function pickByIdOrTitle<T extends { id: string }>(
  what: string,
  ref: string,
  items: readonly T[],
  titleOf: (t: T) => string,
): T {
  return indexByIdOrTitle(what, items, titleOf)(ref);
}

/**
 * The same matching as pickByIdOrTitle for many look-ups in one list: the ids and titles are put in maps once, so each
 * reference costs a map look-up instead of a pass over the list (a paste of 20,000 cells naming activities by title
 * took seconds when each one scanned the matrix). The loose titles are computed only when a reference needs them.
 */
export function indexByIdOrTitle<T extends { id: string }>(
  what: string,
  items: readonly T[],
  titleOf: (t: T) => string,
): (ref: string) => T {
  const byId = new Map<string, T>();
  const byTitle = new Map<string, T[]>();
  for (const item of items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
    pushTo(byTitle, titleOf(item), item);
  }
  let byLooseTitle: Map<string, T[]> | undefined;
  const looseIndex = (): Map<string, T[]> => {
    if (!byLooseTitle) {
      byLooseTitle = new Map();
      for (const item of items) pushTo(byLooseTitle, looseText(titleOf(item)), item);
    }
    return byLooseTitle;
  };
  /** The one item of a title's matches, none, or an error listing them: never a guess between several. */
  const single = (ref: string, matches: readonly T[] | undefined): T | undefined => {
    if (!matches || matches.length === 0) return undefined;
    if (matches.length === 1) return matches[0];
    throw new EngagebookError(
      'ambiguous-reference',
      `${what} "${ref}" matches ${matches.length} items (${matches
        .slice(0, 10)
        .map((m) => m.id)
        .join(', ')}${matches.length > 10 ? ', …' : ''}); use an id`,
    );
  };
  const notFound = (ref: string): never => {
    const known = items
      .slice(0, 10)
      .map((i) => `"${titleOf(i)}"`)
      .join(', ');
    throw new EngagebookError(
      'not-found-in-document',
      `no ${what} "${ref}"${known ? `; known: ${known}${items.length > 10 ? ', …' : ''}` : ''}`,
    );
  };
  return (ref) =>
    byId.get(ref) ?? single(ref, byTitle.get(ref)) ?? single(ref, looseIndex().get(looseText(ref))) ?? notFound(ref);
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export function findMatrix(content: Content, ref: string): Matrix {
  return pickByIdOrTitle('matrix', ref, content.matrices, (m) => m.title);
}
