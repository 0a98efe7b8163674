/**
 * Order keys: every ordered row (a phase, an activity, a party column, …) carries a text key, and siblings sort by
 * plain string comparison of their keys. Inserting or moving a row writes that one row, with a key between its new
 * neighbours' keys, instead of renumbering every sibling. Keys come from `fractional-indexing` (Rocicorp's
 * implementation of the scheme Figma and Linear describe), so any key can always be split again.
 */
import { BASE_62_DIGITS, generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { EngagebookError } from '../../../shared/domain/errors';
import { longestAscending } from '../../../shared/domain/longest-ascending';

/**
 * The n-th key of the sequence the library produces when it appends ("a0", "a1", … "az", "b00", …): a head letter
 * that says how many digits follow, then the number in base 62. Used to give n rows their first keys in one go and to
 * turn the integer positions of older files into keys that sort the same way (see migration 2).
 */
export function integerKey(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`an order key needs a whole number ≥ 0, got ${n}`);
  let digits = 1;
  let first = 0; // the smallest number written with `digits` digits
  while (n - first >= 62 ** digits) {
    first += 62 ** digits;
    digits++;
  }
  let rest = n - first;
  let text = '';
  for (let i = 0; i < digits; i++) {
    text = BASE_62_DIGITS[rest % 62] + text;
    rest = Math.floor(rest / 62);
  }
  return String.fromCharCode('a'.charCodeAt(0) + digits - 1) + text;
}

/** `count` keys in ascending order, for rows written in one go (a new workbook, an import). */
export function firstKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => integerKey(i));
}

/**
 * A key that sorts after `before` and before `after` (null: the start or the end). A file whose keys are out of order
 * or malformed is damaged; say so rather than write a key that would misplace the row.
 */
export function keyBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    throw new EngagebookError('invalid-document', `the order of rows is damaged (key "${before}" is not before "${after}")`);
  }
  try {
    return generateKeyBetween(before, after);
  } catch (error) {
    throw new EngagebookError('invalid-document', `the order of rows is damaged (${(error as Error).message})`);
  }
}

/**
 * Keys for rows in a wanted order, keeping every existing key it can: the rows whose keys already ascend in that
 * order (the longest such run) keep them, and only the others get new keys between their kept neighbours. Rewriting
 * a list this way (an import that changed two rows) writes those two rows, not the whole list.
 */
export function keysKeepingOrder(existing: ReadonlyArray<string | undefined>): string[] {
  const kept = longestAscending(existing);
  const keys: string[] = [];
  let i = 0;
  while (i < existing.length) {
    if (kept.has(i)) {
      keys.push(existing[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < existing.length && !kept.has(end)) end++;
    const before = keys.length > 0 ? keys[keys.length - 1]! : null;
    const after = end < existing.length ? existing[end]! : null;
    keys.push(...keysBetween(before, after, end - i));
    i = end;
  }
  return keys;
}

/** `count` keys in ascending order between `before` and `after` (null: the start or the end), e.g. for rows added at once. */
export function keysBetween(before: string | null, after: string | null, count: number): string[] {
  try {
    return generateNKeysBetween(before, after, count);
  } catch (error) {
    throw new EngagebookError('invalid-document', `the order of rows is damaged (${(error as Error).message})`);
  }
}
