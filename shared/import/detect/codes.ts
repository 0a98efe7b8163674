/** Reading role codes out of a cell: letters in any case, combined codes, role words, and tick marks. */
import { readRoleParts, type RoleLookup } from '../role-text';
import { clean, isPlaceholder } from './hygiene';
import { isAlsoAName, roleWord, wordKey } from './role-words';

const MARKS = /^[xX✓✔☑●•]$/;
/** Longer than this, a cell is a sentence, not roles ("Responsible / Accountable / Informed" still fits). */
const MAX_CODE_TEXT = 64;

export interface CodeContext {
  /** The code the legend gives a role word ("Owner" → "O"). */
  codeForWord?(word: string): string | undefined;
  /** Codes of more than one letter that the legend defines; other two-letter tokens ("RA") are combinations. */
  readonly multiLetter?: ReadonlySet<string>;
  /**
   * The codes a legend defines, when there is one: a run of letters is a combination of codes ("RA") only when each
   * letter is one of them, so a party "DSI" or "MOA" beside a legend of R, A, C and I is a name, not three codes.
   */
  readonly legendCodes?: ReadonlySet<string>;
  /** The legend's labels (as `wordKey` gives them): a word that is also a name ("Исполнитель") is a role only when they hold it. */
  readonly legendLabels?: ReadonlySet<string>;
}

/** Whether cleaned text splits into more than `most` tokens at runs of spaces and / , ; + & | (as readCodes splits). */
function moreTokensThan(cleaned: string, most: number): boolean {
  // Cleaned text holds no white space but single spaces (hygiene.ts), so these characters are all the separators.
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < cleaned.length; i++) {
    const separator = ' /,;+&|'.includes(cleaned[i]!);
    if (!separator && !inToken && ++tokens > most) return true;
    inToken = !separator;
  }
  return false;
}

/**
 * The codes a cell holds, or null when the cell is not code-like (an activity title, a number, a sentence). Read by
 * the same parts as a vocabulary's cells (../role-text.ts), with the role words we know instead of a vocabulary's labels.
 */
export function readCodes(text: string, context: CodeContext = {}): string[] | null {
  const t = clean(text);
  if (t === '' || isPlaceholder(t)) return [];
  if (t.length > MAX_CODE_TEXT) return null;
  if (MARKS.test(t)) return ['X'];
  if (/^(yes|no|ja|nej|nee|oui|non|true|false|ok)$/i.test(t)) return null;
  // A sentence (an activity's title) has more words than any cell of roles: counted before anything is split.
  if (moreTokensThan(t, 4)) return null;
  const tokens = t.split(/[\s/,;+&|]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 4) return null;
  const lookup: RoleLookup = {
    word: (w) => {
      const known = roleWord(w);
      if (known && isAlsoAName(w) && !context.legendLabels?.has(wordKey(w))) return undefined;
      return known && (context.codeForWord?.(w) ?? known.code);
    },
    codes: (token) => {
      if (!/^([A-Z]{1,3}|[a-z]{1,3})$/.test(token)) return undefined;
      const code = token.toUpperCase();
      if (code.length === 1 || context.multiLetter?.has(code)) return [code];
      const known = context.legendCodes;
      return known && known.size > 0 && ![...code].every((letter) => known.has(letter)) ? undefined : [...code];
    },
  };
  const { roles, unknown } = readRoleParts(t, lookup);
  return unknown.length > 0 || roles.length === 0 ? null : [...new Set(roles)];
}
