// Issue 12's "text kept" guarantee, checked on the whole client-sheet corpus: every party name, activity title and
// phase title the detector returns occurs as written in the source file — read independently of the importer
// (openpyxl for .xlsx, the raw text for .csv, LibreOffice's CSV export for .ods and .xls), whitespace tidied only.
// Fixtures the detector refuses have no result and are left out.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus, runFixture, type Fixture, type Outcome } from './fixtures/clients/score';
import { notInSource, readSources } from './fixtures/clients/source-text';

const corpus = loadCorpus();
const outcomes = new Map<string, Outcome>();
for (const fixture of corpus) outcomes.set(fixture.id, await runFixture(fixture));
const detected = corpus.filter((fixture) => outcomes.get(fixture.id)!.kind !== 'refused');
const sources = readSources(detected.map((fixture) => join(CORPUS_DIR, fixture.expected.file)));

/** Every text of the result that claims to come from the file. */
function keptTexts(outcome: Outcome): string[] {
  if (outcome.kind !== 'result') return [];
  const { content } = outcome;
  return [
    ...content.parties.map((party) => party.name),
    ...content.matrices.flatMap((matrix) => matrix.phases.map((phase) => phase.title)),
    ...content.matrices.flatMap((matrix) => matrix.phases.flatMap((phase) => phase.activities.map((a) => a.title))),
  ];
}

describe('names and titles are kept verbatim', () => {
  it.each(detected)('$id', (fixture: Fixture) => {
    const outcome = outcomes.get(fixture.id)!;
    expect(outcome.kind === 'error' ? outcome.message : null).toBeNull();
    const texts = keptTexts(outcome);
    expect(texts.length).toBeGreaterThan(0);
    expect(notInSource(texts, sources.get(join(CORPUS_DIR, fixture.expected.file))!)).toEqual([]);
  });

  it('would catch a name folded to Latin look-alikes', () => {
    // The check itself must fail when text is altered: "Тeam Alpha" begins with a Cyrillic Т in the file.
    const source = readSources([join(CORPUS_DIR, 'text-kept-lookalike-en.xlsx')]).get(
      join(CORPUS_DIR, 'text-kept-lookalike-en.xlsx'),
    )!;
    expect(notInSource(['\u0422eam Alpha', 'Team Alpha', 'Ops Center'], source)).toEqual(['Team Alpha', 'Ops Center']);
  });
});
