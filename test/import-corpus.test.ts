// The client-sheet corpus (test/fixtures/clients/, issue 12): every fixture read the way the CLI reads it must give its
// hand-written expected answer. `npm run import:score` prints the same comparison as a score per kind; CI runs both.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, KINDS, firstDifference, loadCorpus, runFixture, type Expected } from './fixtures/clients/score';

const corpus = loadCorpus();

const EXTENSION: Record<Expected['producer'], string[]> = {
  exceljs: ['.xlsx'],
  openpyxl: ['.xlsx'],
  libreoffice: ['.xlsx'],
  csv: ['.csv'],
  ods: ['.ods'],
  xls: ['.xls'],
};

/** The brief's minimum number of fixtures per kind. */
const MINIMUM: Partial<Record<(typeof KINDS)[number], number>> = {
  clean: 3,
  'id-column': 4,
  orientation: 5,
  'text-kept': 3,
  'sheet-vocabulary': 6,
  'single-role': 3,
  inverted: 3,
  'long-format': 3,
  headers: 5,
  size: 1,
  'near-miss': 2,
};

describe('the client-sheet corpus itself', () => {
  it('has at least 40 fixtures, each a file with a well-formed expected answer', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const { id, expected } of corpus) {
      const where = `${id}.expected.json`;
      expect(expected.file.startsWith(`${id}.`), where).toBe(true);
      expect(existsSync(join(CORPUS_DIR, expected.file)), where).toBe(true);
      expect(EXTENSION[expected.producer], where).toContain(extname(expected.file));
      expect(expected.kinds.length, where).toBeGreaterThan(0);
      for (const kind of expected.kinds) expect(KINDS, where).toContain(kind);
      if (expected.outcome === 'refused') continue;
      const { activities, cells, parties } = expected;
      expect(parties?.length, where).toBeGreaterThan(0);
      expect(activities?.titles.length, where).toBe(Math.min(activities!.count, activities!.count <= 40 ? 40 : 10));
      expect(cells?.length, where).toBeGreaterThanOrEqual(4);
      expect(
        cells?.some((cell) => cell.roles.length === 0),
        `${where}: one sample must be an empty cell`,
      ).toBe(true);
      for (const cell of cells ?? []) {
        expect(parties, where).toContain(cell.party);
        if (activities!.count <= 40) expect(activities!.titles, where).toContain(cell.activity);
      }
    }
    expect(corpus.filter((f) => f.expected.outcome === 'unsure').length).toBeLessThanOrEqual(2);
  });

  it('covers every kind, in several languages, and every producer several times', () => {
    for (const [kind, minimum] of Object.entries(MINIMUM)) {
      const of = corpus.filter((f) => f.expected.kinds.includes(kind as (typeof KINDS)[number]));
      expect(of.length, kind).toBeGreaterThanOrEqual(minimum);
      if (minimum > 1) expect(new Set(of.map((f) => f.expected.language)).size, kind).toBeGreaterThanOrEqual(2);
    }
    for (const producer of Object.keys(EXTENSION)) {
      expect(corpus.filter((f) => f.expected.producer === producer).length, producer).toBeGreaterThanOrEqual(3);
    }
    const csv = corpus
      .filter((f) => f.expected.producer === 'csv')
      .map((f) => readFileSync(join(CORPUS_DIR, f.expected.file), 'utf8'));
    expect(csv.some((text) => text.split('\n', 1)[0]!.includes(';'))).toBe(true);
    expect(csv.some((text) => !text.split('\n', 1)[0]!.includes(';'))).toBe(true);
  });
});

describe('the detector on the client-sheet corpus', () => {
  it.each(corpus)('$id', async (fixture) => {
    expect(firstDifference(fixture.expected, await runFixture(fixture))).toBeNull();
  });
});
