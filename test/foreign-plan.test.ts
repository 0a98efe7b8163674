// The app's first preview of a client's workbook: planning reads the whole workbook once, and a workbook of one sheet
// is previewed from that reading instead of a second one. The preview must be exactly the one a separate reading of
// the shown sheet gives — and with more sheets, where the others' codes change the vocabulary, it must still be.
import { describe, expect, it } from 'vitest';
import { planForeign, previewForeign } from '../electron/services/flows/foreign/plan';
import type { SheetGrid } from '../shared/import/grid';
import { sheet } from './detect-helpers';

const raci = sheet(
  [
    ['Task', 'Project lead', 'Architect', 'Service desk'],
    ['Plan the migration', 'A', 'R', 'C'],
    ['Review the design', 'R', 'A', 'I'],
    ['Hand over to operations', 'I', 'C', 'A/R'],
  ],
  { name: 'RACI' },
);
// Another matrix whose "X" codes are no RACI letter: read together, the vocabulary is a custom one.
const marks = sheet(
  [
    ['Step', 'Finance', 'Legal', 'Vendor'],
    ['Sign the contract', 'X', '', 'X'],
    ['Pay the invoice', 'X', 'X', ''],
    ['Archive the papers', '', 'X', 'X'],
  ],
  { name: 'Marks' },
);

function plan(...sheets: SheetGrid[]) {
  return planForeign({ file: '/tmp/client.xlsx', name: 'client.xlsx', grid: { sheets }, language: 'en' });
}

describe('the first preview of a client workbook', () => {
  it('of one sheet is the preview a reading of that sheet alone gives', () => {
    const { state, preview } = plan(raci);
    expect(preview.found).toBe(true);
    expect(preview.vocabulary.source).toBe('builtin:raci');
    expect(preview).toEqual(previewForeign(state, { sheet: 'RACI' }));
  });

  it('of several sheets reads the shown one alone, whatever the other sheets hold', () => {
    const { state, preview } = plan(raci, marks);
    expect(preview.sheet).toBe('RACI');
    expect(preview.vocabulary.source).toBe('builtin:raci');
    expect(preview).toEqual(previewForeign(state, { sheet: 'RACI' }));
  });
});
