/**
 * The letters a person sees and types for a vocabulary's roles in one language. The stored code never changes (O/C/A
 * stays O/C/A in the file, in exports and in the rules); only the grid, the legend and the cell editor speak letters.
 *
 * A role's letter is the first letter of its label in that language: Swedish Ägare / Bidragsgivare / Rådgivare reads
 * Ä / B / R. Two cases keep the codes instead:
 * - the vocabulary is named by its codes (RACI, RASCI): that acronym is what people say in every language;
 * - two roles would share a letter (French Propriétaire / Contributeur / Conseiller: P, C, C) — a letter must name one
 *   role, so the whole vocabulary falls back to its codes rather than mixing letters and codes.
 */
import type { Vocabulary } from './document';
import type { Language } from './languages';

export interface RoleLetters {
  /** Whether the letters differ from the stored codes in this language. */
  readonly localised: boolean;
  /** The letter shown for a stored code; an unknown code as it is. */
  letterOf(code: string): string;
  /** The stored code a typed letter stands for: the language's letter first, else a code (so "O" still works). */
  codeOf(typed: string): string | undefined;
}

/** The first letter of a label, upper-cased ("Ägare" → "Ä"); null when the label starts with no letter. */
function initial(label: string): string | null {
  const first = label.trim().match(/^\p{L}/u)?.[0];
  return first ? first.toLocaleUpperCase() : null;
}

/** Whether the vocabulary's name is its codes in order ("RACI"), possibly separated ("R/A/C/I"). */
function namedByCodes(vocabulary: Vocabulary): boolean {
  const name = vocabulary.name.replace(/[\s/.,-]/g, '').toUpperCase();
  return name === vocabulary.roles.map((r) => r.code.toUpperCase()).join('');
}

/** The letters for each role code in `language`, or null when the codes are kept (see the module comment). */
export function localisedLetters(vocabulary: Vocabulary, language: Language): ReadonlyMap<string, string> | null {
  if (namedByCodes(vocabulary)) return null;
  const letters = new Map<string, string>();
  const used = new Set<string>();
  for (const role of vocabulary.roles) {
    const letter = initial(role.labels[language] || role.label);
    if (!letter || used.has(letter)) return null;
    used.add(letter);
    letters.set(role.code, letter);
  }
  return [...letters].some(([code, letter]) => code.toUpperCase() !== letter) ? letters : null;
}

export function roleLetters(vocabulary: Vocabulary, language: Language): RoleLetters {
  const letters = localisedLetters(vocabulary, language);
  const byCode = new Map(vocabulary.roles.map((r) => [r.code.toUpperCase(), r.code]));
  if (!letters)
    return {
      localised: false,
      letterOf: (code) => code,
      codeOf: (typed) => byCode.get(typed.trim().toUpperCase()),
    };
  const byLetter = new Map([...letters].map(([code, letter]) => [letter, code]));
  return {
    localised: true,
    letterOf: (code) => letters.get(code) ?? code,
    codeOf(typed) {
      const wanted = typed.trim().toLocaleUpperCase();
      return byLetter.get(wanted) ?? byCode.get(wanted);
    },
  };
}

/** A cell's roles as its letters, joined as everywhere ("Ä/B"). */
export function lettersText(letters: RoleLetters, codes: readonly string[]): string {
  return codes.map((c) => letters.letterOf(c)).join('/');
}

/**
 * Typed role text with each single-letter word that is one of this language's letters turned into its code, so the
 * shared reader (which knows codes and role names) reads "Ä/B" as "O/C". Longer words (role names) pass unchanged.
 */
export function lettersToCodes(letters: RoleLetters, text: string): string {
  if (!letters.localised) return text;
  return text.replace(/\p{L}+/gu, (word) => (word.length === 1 ? (letters.codeOf(word) ?? word) : word));
}
