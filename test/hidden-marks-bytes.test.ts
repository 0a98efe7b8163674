/**
 * The hidden rows and columns are read from a sheet's bytes (electron/services/xlsx/import/hidden-marks.ts) and must
 * be what the regular expressions they replaced find on the decoded text. Those are kept here as the specification
 * and both run over generated sheets: row tags with and without numbers, "<rows" and "<row>" look-alikes, a tag left
 * open, a "<row" inside another tag, column ranges, non-ASCII text.
 */
import { describe, expect, it } from 'vitest';
import { hiddenMarksOf, type HiddenMarks } from '../electron/services/xlsx/import/hidden-marks';

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const isTrue = (value: string | undefined) => value === '1' || value === 'true';

/** The scan as it was written on the decoded text: the specification. */
function expected(xml: string): HiddenMarks {
  const rows: number[] = [];
  let row = 0;
  for (const match of xml.matchAll(/<row\b[^>]*>/g)) {
    const r = attribute(match[0], 'r');
    row = r === undefined ? row + 1 : Number(r);
    if (isTrue(attribute(match[0], 'hidden'))) rows.push(row);
  }
  const columns: Array<readonly [number, number]> = [];
  const cols = /<cols\b[^>]*>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? '';
  for (const match of cols.matchAll(/<col\b[^>]*>/g)) {
    if (!isTrue(attribute(match[0], 'hidden'))) continue;
    const min = Number(attribute(match[0], 'min'));
    const max = Number(attribute(match[0], 'max') ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) columns.push([min, max]);
  }
  return { rows, columns };
}

const FRAGMENTS = [
  '<row r="3" hidden="1">',
  '<row hidden="true">',
  '<row r="7">',
  '<row>',
  '<rows hidden="1">',
  '<row_x hidden="1">',
  '<rowé hidden="1">',
  '<row\nhidden="1"/>',
  '</row>',
  '<c r="A1"><v>1</v></c>',
  '<cols>',
  '<colsX>',
  '</cols>',
  '<col min="2" max="4" hidden="1"/>',
  '<col min="5" hidden="true"/>',
  '<col min="x" hidden="1"/>',
  '<x a="<row hidden=\'1\' r=\'9\'" hidden="1">',
  'ö ✓ 😀',
  '<',
  '>',
  '<row hidden="1"',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('hidden rows and columns read from the bytes', () => {
  it('are what the regular expressions find on the text, over thousands of generated sheets', () => {
    const next = random(7);
    let differences = 0;
    let rows = 0;
    let columns = 0;
    for (let n = 0; n < 4000; n++) {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 12) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
      // Half the sheets start with a well-formed <cols> block, as Excel writes one, before the generated pieces.
      const cols = next() < 0.5 ? `<cols>${pieces.slice(0, 3).join('')}</cols>` : '';
      const xml = `<worksheet>${cols}${pieces.join('')}</worksheet>`;
      const want = expected(xml);
      if (JSON.stringify(hiddenMarksOf(Buffer.from(xml, 'utf8'))) !== JSON.stringify(want)) differences++;
      if (want.rows.length > 0) rows++;
      if (want.columns.length > 0) columns++;
    }
    expect(differences).toBe(0);
    // The generator does reach both (and so tests them).
    expect([rows > 1000, columns > 300]).toEqual([true, true]);
  });

  it('reads an ordinary sheet', () => {
    const xml =
      '<worksheet><cols><col min="1" max="1" width="3" hidden="1"/><col min="3" max="3"/></cols><sheetData>' +
      '<row r="1"><c r="A1"/></row><row r="2" hidden="1"/><row hidden="1"/></sheetData></worksheet>';
    expect(hiddenMarksOf(Buffer.from(xml))).toEqual({ rows: [2, 3], columns: [[1, 1]] });
  });
});
