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
  const byId = items.find((i) => i.id === ref);
  if (byId) return byId;
  for (const same of [(t: T) => titleOf(t) === ref, (t: T) => looseText(titleOf(t)) === looseText(ref)]) {
    const matches = items.filter(same);
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length > 1) {
      throw new EngagebookError(
        'ambiguous-reference',
        `${what} "${ref}" matches ${matches.length} items (${matches.map((m) => m.id).join(', ')}); use an id`,
      );
    }
  }
  const known = items
    .slice(0, 10)
    .map((i) => `"${titleOf(i)}"`)
    .join(', ');
  throw new EngagebookError(
    'not-found-in-document',
    `no ${what} "${ref}"${known ? `; known: ${known}${items.length > 10 ? ', …' : ''}` : ''}`,
  );
}

export function findMatrix(content: Content, ref: string): Matrix {
  return pickByIdOrTitle('matrix', ref, content.matrices, (m) => m.title);
}
