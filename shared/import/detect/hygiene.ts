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

/** Trimmed, spaces collapsed (no-break spaces too), look-alike letters folded to Latin. */
export function clean(text: string): string {
  return text
    .replace(LOOK_ALIKE_PATTERN, (ch) => LOOK_ALIKES[ch] ?? ch)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Template filler such as "[Enter task]", "<Add rows>", "TBD", "…". */
export function isPlaceholder(text: string): boolean {
  const t = clean(text).toLowerCase();
  return t === '' || /^\[.*\]$/.test(t) || /^<.*>$/.test(t) || /^(\.{2,}|…|-+|–|—|n\/a|tbd|tbc|todo|x{3,})$/.test(t);
}
