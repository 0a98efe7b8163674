/** Cleaning what people type into spreadsheets before anything is interpreted. */

// Cyrillic and Greek capitals that look exactly like Latin ones; a RACI pasted from a Russian template has "С" for "C".
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ѕ: 'S',
  а: 'a',
  с: 'c',
  е: 'e',
  о: 'o',
  р: 'p',
  х: 'x',
  і: 'i',
  ѕ: 's',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/**
 * Text as it is kept — a party's name, an activity's title, a phase: trimmed, with runs of spaces (no-break spaces too)
 * made one. Its letters are never changed: a Cyrillic "Заказчик" stays Cyrillic.
 */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Text as it is compared or read as a role code: tidied, and look-alike letters folded to Latin (a Cyrillic "С" typed
 * for a "C"). Never for text that is kept.
 */
export function clean(text: string): string {
  return tidy(foldLookAlikes(text));
}

/** Look-alike letters folded to Latin, letter for letter (the length stays the same); nothing else changed. */
export function foldLookAlikes(text: string): string {
  return text.replace(LOOK_ALIKE_PATTERN, (ch) => LOOK_ALIKES[ch] ?? ch);
}

/** Template filler such as "[Enter task]", "<Add rows>", "TBD", "…". */
export function isPlaceholder(text: string): boolean {
  const t = clean(text).toLowerCase();
  return t === '' || /^\[.*\]$/.test(t) || /^<.*>$/.test(t) || /^(\.{2,}|…|-+|–|—|n\/a|tbd|tbc|todo|x{3,})$/.test(t);
}
