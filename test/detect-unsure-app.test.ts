import { describe, expect, it } from 'vitest';
import { planForeign, previewForeign } from '../electron/services/flows/foreign/plan';
import { sheet } from './detect-helpers';

const regions = sheet(
  [
    [null, 'North', 'South', 'West'],
    ['Alpha', 'R', 'A', 'C'],
    ['Beta', 'A', 'R', 'I'],
    ['Gamma', 'C', 'I', 'R'],
  ],
  { name: 'Regions' },
);

describe('the import preview of a sheet the detector is unsure of', () => {
  it('shows the doubt first, in the person’s language, and still offers the reading', () => {
    for (const [language, words] of [
      ['en', 'Not sure which way round'],
      ['sv', 'Osäkert åt vilket håll'],
      ['nl', 'Niet zeker hoe dit blad'],
      ['fr', 'Sens de lecture incertain'],
    ] as const) {
      const { preview } = planForeign({ file: '/tmp/regions.csv', name: 'regions.csv', grid: { sheets: [regions] }, language });
      expect(preview.found).toBe(true);
      expect(preview.problems[0]).toContain(words);
    }
  });

  it('drops the doubt once the person has chosen the orientation', () => {
    const { state, preview } = planForeign({ file: '/tmp/r.csv', name: 'r.csv', grid: { sheets: [regions] }, language: 'en' });
    const chosen = previewForeign(state, { ...preview.mapping, orientation: 'rows' });
    expect(chosen.problems.filter((p) => p.startsWith('Not sure'))).toEqual([]);
    expect(chosen.found).toBe(true);
  });
});
