// Text a spreadsheet could run as a formula, including what hides a formula behind whitespace or writes it in
// full-width forms: escaped in CSV with our apostrophe, kept as an unchanged string cell (formatted as Text) in xlsx,
// with one predicate deciding for every writer (shared/clipboard/formula.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeFormula, startsLikeFormula, unescapeFormula } from '../shared/clipboard/formula';
import type { EngagementDocument } from '../shared/domain/document';
import { csvField } from '../electron/services/documents/csv-export';
import { tempDir, template } from './helpers';
import { exportTo, readCsv } from './xlsx-helpers';

/** Each starts like a formula: a spreadsheet would run it, or could after skipping what comes first. */
const FORMULA_LIKE = [
  '=1+1',
  '+SUM(A1)',
  '-2+3',
  '@SUM(A1)',
  '\tx',
  '\rx',
  '\n=HYPERLINK("http://x")',
  ' =1+1',
  '   +1',
  '\u00A0-1',
  '\u200B@SUM(A1)',
  '\n \u00A0\u200B=1',
  '\uFF1D1+1', // ＝
  '\uFF0BSUM(A1)', // ＋
  '\uFF0D2', // －
  '\uFF20SUM(A1)', // ＠
  ' \uFF1D1',
];
/** Look alike, but no spreadsheet reads a formula in them. */
const PLAIN = ['plain', ' plain', '\nplain', 'a=b', 'x-1', '\u200Bword', "'=quoted already"];

describe('the formula predicate', () => {
  it.each(FORMULA_LIKE.map((t) => [JSON.stringify(t), t]))('%s starts like a formula', (_name, text) => {
    expect(startsLikeFormula(text)).toBe(true);
    expect(escapeFormula(text)).toBe(`'${text}`);
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it.each(PLAIN.map((t) => [JSON.stringify(t), t]))('%s does not', (_name, text) => {
    expect(startsLikeFormula(text)).toBe(false);
    expect(escapeFormula(text)).toBe(text);
  });
});

describe('CSV', () => {
  it('gives every formula-like field the apostrophe and leaves plain ones as they are, read back exactly', () => {
    const dir = tempDir();
    const file = join(dir, 'table.csv');
    writeFileSync(file, [...FORMULA_LIKE, ...PLAIN].map((t) => csvField(t)).join('\r\n') + '\r\n');
    const fields = readCsv(file).map((row) => row[0]);
    expect(fields).toEqual([...FORMULA_LIKE.map((t) => `'${t}`), ...PLAIN]);
  });
});

interface SeenCell {
  sheet: string;
  at: string;
  value: string | number | boolean;
  type: string;
  format: string;
}

function cellsOf(file: string): SeenCell[] {
  const script = join(import.meta.dirname, 'readers', 'cell_kinds.py');
  const run = spawnSync('/usr/bin/python3', [script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.stderr, 'openpyxl reported an error').toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as SeenCell[];
}

/** The managed-services template with every text of the table in titles, notes, names and the client. */
function documentWith(texts: readonly string[]): EngagementDocument {
  const content = template('managed-services');
  const matrix = content.matrices[0]!;
  const activities = matrix.phases.flatMap((p) => p.activities);
  expect(activities.length).toBeGreaterThan(texts.length);
  texts.forEach((text, i) => {
    activities[i]!.title = text;
    activities[i]!.cells = [{ partyId: matrix.partyIds[0]!, roles: [], note: text }];
  });
  content.client = texts[0]!;
  content.parties[0]!.name = texts[1]!;
  return { ...content, revisions: [] };
}

describe('xlsx (read back with openpyxl)', () => {
  // A lone carriage return does not survive any xlsx writer: XML reads it back as a line feed (noted in
  // docs/security.md). The CSV test above covers it.
  const texts = [...FORMULA_LIKE, ...PLAIN].filter((t) => t !== '\rx');
  for (const streaming of [false, true]) {
    it(`keeps each text as a string cell with the exact text and no formula (${streaming ? 'streamed' : 'in memory'})`, async () => {
      const dir = tempDir();
      const { file } = await exportTo(dir, documentWith(texts), 'table.xlsx', { streaming });
      const cells = cellsOf(file);
      for (const text of texts) {
        const holding = cells.filter((c) => c.value === text);
        // The activity title at least (notes are printed after the party's name): the text unchanged, no apostrophe,
        // nothing stripped.
        expect(holding.length, JSON.stringify(text)).toBeGreaterThanOrEqual(1);
        for (const cell of holding) {
          expect(cell.type, `${cell.sheet}!${cell.at}`).toBe('s');
          expect(cell.format, `${cell.sheet}!${cell.at} ${JSON.stringify(text)}`).toBe(
            FORMULA_LIKE.includes(text) ? '@' : 'General',
          );
        }
      }
      // The only formulas are our own check column's, never a user's text.
      for (const cell of cells.filter((c) => c.type === 'f')) expect(String(cell.value)).toMatch(/^=(IF|"|SUMPRODUCT)/);
    });
  }
});
