/** Reading role codes out of a cell: letters in any case, combined codes, role words, and tick marks. */
import { clean, isPlaceholder } from './hygiene';
import { roleWord } from './role-words';

const MARKS = /^[xX✓✔☑●•]$/;

export interface CodeContext {
  /** The code the legend gives a role word ("Owner" → "O"). */
  codeForWord?(word: string): string | undefined;
  /** Codes of more than one letter that the legend defines; other two-letter tokens ("RA") are combinations. */
  readonly multiLetter?: ReadonlySet<string>;
}

/** The codes a cell holds, or null when the cell is not code-like (an activity title, a number, a sentence). */
export function readCodes(text: string, context: CodeContext = {}): string[] | null {
  const legendCodeFor = context.codeForWord;
  const t = clean(text);
  if (t === '' || isPlaceholder(t)) return [];
  if (t.length > 24) return null;
  if (MARKS.test(t)) return ['X'];
  const word = roleWord(t);
  if (word) return [legendCodeFor?.(t) ?? word.code];
  if (/^(yes|no|ja|nej|nee|oui|non|true|false|ok)$/i.test(t)) return null;
  const tokens = t.split(/[\s/,;+&|]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 4) return null;
  const codes: string[] = [];
  for (const token of tokens) {
    const asWord = roleWord(token);
    if (asWord) codes.push(legendCodeFor?.(token) ?? asWord.code);
    else if (/^([A-Z]{1,3}|[a-z]{1,3})$/.test(token)) {
      const code = token.toUpperCase();
      codes.push(...(code.length > 1 && !context.multiLetter?.has(code) ? [...code] : [code]));
    } else return null;
  }
  return [...new Set(codes)];
}
