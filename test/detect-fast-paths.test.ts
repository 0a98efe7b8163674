/**
 * Detection's shortcuts (issue 12's speed work) must answer exactly as the regexes they stand in front of: every
 * UTF-16 code unit is tried in the places where a shortcut decides alone (white space, look-alike letters, the first
 * character of a placeholder), against the regex written out here as it was before the shortcut.
 */
import { describe, expect, it } from 'vitest';
import { readCodes } from '../shared/import/detect/codes';
import { clean, foldLookAlikes, isPlaceholder, tidy } from '../shared/import/detect/hygiene';
import { entriesIn } from '../shared/import/detect/legend';
import { headerCandidates } from '../shared/import/detect/shape-columns';
import { Sheet, type SheetGrid } from '../shared/import/grid';

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

const tidyByRegex = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
const placeholderByRegex = (text: string) => {
  const t = clean(text).toLowerCase();
  return t === '' || /^\[.*\]$/.test(t) || /^<.*>$/.test(t) || /^(\.{2,}|…|-+|–|—|n\/a|tbd|tbc|todo|x{3,})$/.test(t);
};

/** The first differences between two readings, for a failure message that says which characters. */
function differences(texts: readonly string[], fast: (t: string) => unknown, slow: (t: string) => unknown): string[] {
  const wrong: string[] = [];
  for (const text of texts) {
    if (fast(text) !== slow(text)) wrong.push(JSON.stringify(text));
    if (wrong.length >= 5) break;
  }
  return wrong;
}

describe('the shortcuts of text hygiene', () => {
  it('tidies every kind of white space as the regex does, wherever it stands', () => {
    const texts = everyCodeUnit.flatMap((ch) => [ch, `a${ch}b`, `${ch}ab`, `ab${ch}`, `a${ch}${ch}b`, `a ${ch}b`]);
    expect(differences(texts, tidy, tidyByRegex)).toEqual([]);
  });

  it('folds look-alike letters in any text, whatever the rest of it holds', () => {
    // A Cyrillic letter after the character makes the regex run over the whole text: it must not fold anything the
    // shortcut left alone.
    const wrong = everyCodeUnit.filter((ch) => foldLookAlikes(`${ch}Я`) !== `${foldLookAlikes(ch)}Я`).slice(0, 5);
    expect(wrong).toEqual([]);
    expect(foldLookAlikes('RАСI')).toBe('RACI');
  });

  it('knows a placeholder by its first character exactly as the full test does', () => {
    const tails = ['', 'bd', '/A', 'odo', 'xx', '.', 'x]', '>'];
    const texts = everyCodeUnit.flatMap((ch) => [...tails.map((tail) => `${ch}${tail}`), ` ${ch}bd\u00a0`]);
    expect(differences(texts, isPlaceholder, placeholderByRegex)).toEqual([]);
    // Look-alikes and spaces around the ones that read as placeholders.
    for (const text of ['ТBD', 'Тodo', 'ХХХ', 'ххх', 'N/A', ' tbc ', '\u3000todo', '[Enter task]', '<Add rows>', '…', '—'])
      expect(isPlaceholder(text), text).toBe(true);
    for (const text of ['Task 1: review', 'todos', 'tbd later', 'xx', 'n / a', 'Network team'])
      expect(isPlaceholder(text), text).toBe(false);
  });
});

describe('the legend’s shortcut', () => {
  it('still reads entries written with tabs, no-break spaces, line breaks and look-alike letters', () => {
    expect(entriesIn('A\t= Accountable')).toEqual([{ code: 'A', label: 'Accountable' }]);
    expect(entriesIn('A\u00a0- Accountable')).toEqual([{ code: 'A', label: 'Accountable' }]);
    expect(entriesIn('R -\tResponsible')).toEqual([{ code: 'R', label: 'Responsible' }]);
    expect(entriesIn('A\u2003= Accountable')).toEqual([{ code: 'A', label: 'Accountable' }]);
    expect(entriesIn('\n\nR: Responsible\r\nA: Accountable')).toEqual([
      { code: 'R', label: 'Responsible' },
      { code: 'A', label: 'Accountable' },
    ]);
    expect(entriesIn('Legend:\n R\t=\tResponsible\n\n I\u3000=\u3000Informed')).toEqual([
      { code: 'R', label: 'Responsible' },
      { code: 'I', label: 'Informed' },
    ]);
    // Cyrillic "С" and Greek "Α" typed for C and A.
    expect(entriesIn('С = Consulted')).toEqual([{ code: 'C', label: 'Consulted' }]);
    expect(entriesIn('Α: Accountable')).toEqual([{ code: 'A', label: 'Accountable' }]);
    expect(entriesIn('x) Responsible')).toEqual([{ code: 'X', label: 'Responsible' }]);
    expect(entriesIn('Task 1: review the hand-over')).toEqual([]);
  });
});

describe('one index per sheet', () => {
  const grid: SheetGrid = {
    name: 'S',
    state: 'visible',
    // Out of order, a column written twice (the last wins), blank cells, and a row with nothing in it.
    rows: [
      [
        3,
        [
          [2, ' b '],
          [1, 'a'],
          [2, 'B'],
          [4, '  '],
        ],
      ],
      [1, [[5, 'x']]],
      [2, [[1, ' ']]],
    ],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    notes: [[1, 5, 'a note']],
  };

  it('is built once for a grid and answers as the grid says', () => {
    const sheet = Sheet.of(grid);
    expect(Sheet.of(grid)).toBe(sheet);
    expect(sheet.text(3, 2)).toBe('B');
    expect(sheet.text(3, 4)).toBe('');
    expect(sheet.text(9, 9)).toBe('');
    expect(sheet.filledColumns(3)).toEqual([1, 2]);
    expect(sheet.filledColumns(2)).toEqual([]);
    expect(sheet.rowNumbers()).toEqual([1, 2, 3]);
    expect([sheet.maxRow, sheet.maxColumn]).toEqual([3, 5]);
    expect(sheet.note(1, 5)).toBe('a note');
  });
});

describe('the other shapes’ header candidates', () => {
  it('give each candidate the rows of its table, up to the first gap of more than two rows, and its first rows', () => {
    const numbers = [1, 2, 3, 7, 8, 10, 14, 15, 16, 17, 30];
    const grid: SheetGrid = {
      name: 'Gaps',
      state: 'visible',
      rows: numbers.map((r) => [r, [[1, `row ${r}`]]] as const),
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
      notes: [],
    };
    // Written out the long way: the rows after the header, the first always, then while no gap exceeds two rows.
    const expected = numbers.map((header, i) => {
      const rows = [numbers[i + 1]].filter((r) => r !== undefined) as number[];
      for (let j = i + 2; j < numbers.length && numbers[j]! - numbers[j - 1]! <= 2; j++) rows.push(numbers[j]!);
      return { header, size: rows.length, rows, window: rows };
    });
    const found = headerCandidates(Sheet.of(grid)).map(({ header, size, rows, window }) => ({ header, size, rows, window }));
    expect(found).toEqual(expected);
  });
});

describe('reading codes, sentences refused before they are split', () => {
  it('reads up to four codes with any separators and refuses five words', () => {
    expect(readCodes('R, A, C, I')).toEqual(['R', 'A', 'C', 'I']);
    expect(readCodes('R//A')).toEqual(['R', 'A']);
    expect(readCodes(' A /\u00a0R ')).toEqual(['A', 'R']);
    expect(readCodes('R A C I')).toEqual(['R', 'A', 'C', 'I']);
    expect(readCodes('R A C I X')).toBeNull();
    expect(readCodes('R|A&C+I;X')).toBeNull();
    expect(readCodes('Review and approve change request 7')).toBeNull();
  });
});
