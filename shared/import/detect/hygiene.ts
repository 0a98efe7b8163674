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
/** The lowest code unit of any look-alike (Greek capital alpha). */
const FIRST_LOOK_ALIKE = Math.min(...Object.keys(LOOK_ALIKES).map((ch) => ch.charCodeAt(0)));

/**
 * Text as it is kept — a party's name, an activity's title, a phase: trimmed, with runs of spaces (no-break spaces too)
 * made one. Its letters are never changed: a Cyrillic "Заказчик" stays Cyrillic.
 */
export function tidy(text: string): string {
  return isTidy(text) ? text : text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Whether `text` is already as `tidy` would make it: no space at either end, no run of spaces, no other white space.
 * A character loop instead of the regex: detection tidies every cell of a sheet, and nearly all of them are tidy.
 * Any character that might be white space to the regex sends the text the slow way (see `mightBeSpace`).
 */
function isTidy(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 || (c > 126 && mightBeSpace(c))) return false;
  }
  return true;
}

/** The code units beyond ASCII that a regex's \s matches (Unicode's space separators, the BOM), and U+180E. */
const mightBeSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  c === 0x180e ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * Text as it is compared or read as a role code: tidied, and look-alike letters folded to Latin (a Cyrillic "С" typed
 * for a "C"). Never for text that is kept.
 */
export function clean(text: string): string {
  return tidy(foldLookAlikes(text));
}

/** Look-alike letters folded to Latin, letter for letter (the length stays the same); nothing else changed. */
export function foldLookAlikes(text: string): string {
  // Every look-alike is Greek or Cyrillic: text below Greek's capitals (nearly every cell) has none to fold.
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= FIRST_LOOK_ALIKE) return text.replace(LOOK_ALIKE_PATTERN, (ch) => LOOK_ALIKES[ch] ?? ch);
  return text;
}

/**
 * The characters a placeholder starts with, as typed: brackets, dots, dashes, and the first letters of "n/a", "tbd",
 * "todo" and "xxx" in either case, and the Cyrillic and Greek look-alikes that clean() folds into them.
 */
const PLACEHOLDER_STARTS = '[<.…-–—nNtTxXТΤХΧх';
const WORD_PLACEHOLDER_STARTS = 'nNtTТΤ';

/** Template filler such as "[Enter task]", "<Add rows>", "TBD", "…". */
export function isPlaceholder(text: string): boolean {
  // Most texts are refused by their first character, or by their length, before anything is cleaned.
  const trimmed = text.trim();
  if (trimmed === '') return true;
  const first = trimmed[0]!;
  if (!PLACEHOLDER_STARTS.includes(first)) return false;
  // "n/a", "tbd", "tbc", "todo": four characters at most, none of them a space.
  if (WORD_PLACEHOLDER_STARTS.includes(first) && trimmed.length > 4) return false;
  const t = clean(text).toLowerCase();
  return t === '' || /^\[.*\]$/.test(t) || /^<.*>$/.test(t) || /^(\.{2,}|…|-+|–|—|n\/a|tbd|tbc|todo|x{3,})$/.test(t);
}
