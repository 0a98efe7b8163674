import { describe, expect, it } from 'vitest';
import type { Content, Matrix } from '../shared/domain/document';
import { builtinVocabulary } from '../shared/domain/vocabulary';
import { computeWorkload, heatColor, HEAT_TEXT, type Workload } from '../shared/domain/workload';
import { template } from './helpers';

/** The same figures by another route: one flat list of (phase, party, code) facts, tallied by string key. */
function tally(matrix: Matrix): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const phase of matrix.phases)
    for (const activity of phase.activities)
      for (const cell of activity.cells)
        for (const code of cell.roles) {
          bump(`${phase.id}|${cell.partyId}|${code}`);
          bump(`*|${cell.partyId}|${code}`);
        }
  return counts;
}

/** The workload as the same flat keys, so the two can be compared as whole maps. */
function flatten(workload: Workload): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of workload.rows)
    for (const cell of row.cells)
      for (const [code, n] of Object.entries(cell.counts)) counts.set(`${row.phaseId}|${cell.partyId}|${code}`, n);
  for (const cell of workload.totals)
    for (const [code, n] of Object.entries(cell.counts)) counts.set(`*|${cell.partyId}|${code}`, n);
  return counts;
}

const sorted = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('workload of the managed-services template', () => {
  const content = template('managed-services', 'en');
  const [roles, upgrade] = content.matrices as [Matrix, Matrix];

  it('agrees with an independent tally for both matrices', () => {
    for (const matrix of [roles, upgrade]) {
      const workload = computeWorkload(content, matrix);
      expect(sorted(flatten(workload))).toEqual(sorted(tally(matrix)));
      expect(workload.rows.map((r) => r.phaseId)).toEqual(matrix.phases.map((p) => p.id));
      expect(workload.partyIds).toEqual(matrix.partyIds);
      for (const cell of [...workload.rows.flatMap((r) => r.cells), ...workload.totals])
        expect(cell.total).toBe(Object.values(cell.counts).reduce((a, b) => a + b, 0));
      const cellTotals = workload.rows.flatMap((r) => r.cells.map((c) => c.total));
      expect(workload.max).toBe(Math.max(...cellTotals));
    }
  });

  it('counts the provisioning phase of the roles matrix as the template defines it', () => {
    // Rows OCA, --O, --O, --O, --O, --O, CO- over Customer, Partner, Customer Success Engineer.
    const provisioning = computeWorkload(content, roles).rows[0]!;
    expect(provisioning.cells.map((c) => c.counts)).toEqual([
      { O: 1, C: 1 },
      { O: 1, C: 1 },
      { O: 5, A: 1 },
    ]);
    expect(provisioning.cells.map((c) => c.total)).toEqual([2, 2, 6]);
  });

  it('finds one Owner per activity: 49 in the roles matrix, 10 in the upgrade matrix', () => {
    const owners = (m: Matrix) => computeWorkload(content, m).totals.reduce((n, c) => n + (c.counts.O ?? 0), 0);
    expect(owners(roles)).toBe(49);
    expect(owners(upgrade)).toBe(10);
  });

  it('totals the upgrade matrix per party as counted by hand', () => {
    const workload = computeWorkload(content, upgrade);
    expect(workload.totals.map((c) => c.counts)).toEqual([
      { O: 2, C: 4 },
      { O: 5, C: 4 },
      { O: 3, C: 6 },
    ]);
    expect(workload.rows.map((r) => r.cells.map((c) => c.total))).toEqual([
      [2, 3, 3],
      [1, 2, 2],
      [3, 3, 3],
      [0, 1, 1],
    ]);
    expect(workload.max).toBe(3);
    expect(workload.roleCodes).toEqual(['O', 'C', 'A']);
  });

  it('with a role filter counts only that role and rescales', () => {
    const owners = computeWorkload(content, upgrade, { role: 'o' });
    expect(owners.totals.map((c) => c.counts)).toEqual([{ O: 2 }, { O: 5 }, { O: 3 }]);
    expect(owners.rows.map((r) => r.cells.map((c) => c.total))).toEqual([
      [1, 1, 1],
      [0, 2, 1],
      [1, 2, 0],
      [0, 0, 1],
    ]);
    expect(owners.max).toBe(2);
  });
});

describe('workload of a small RACI matrix with combinations', () => {
  const content: Pick<Content, 'vocabularies'> = { vocabularies: [builtinVocabulary('raci', 'en')] };
  const cell = (partyId: string, ...roles: string[]) => ({ partyId, roles, note: null });
  const matrix: Matrix = {
    id: 'm',
    title: 'Small',
    vocabularyId: 'raci',
    partyIds: ['p1', 'p2'],
    phases: [
      {
        id: 'plan',
        title: 'Plan',
        activities: [
          { id: 'a1', title: 'Scope', description: null, cells: [cell('p1', 'A', 'R'), cell('p2', 'C')] },
          // Lower case is the vocabulary's code; p3 is not a column of this matrix, so neither its R nor its unknown Z counts.
          { id: 'a2', title: 'Budget', description: null, cells: [cell('p1', 'R'), cell('p2', 'a', 'I'), cell('p3', 'R', 'Z')] },
        ],
      },
      {
        id: 'run',
        title: 'Run',
        activities: [
          { id: 'a3', title: 'Operate', description: null, cells: [cell('p1'), cell('p2', 'A', 'R', 'C', 'I')] },
          // A repeated code counts once; an unknown code is counted under its own name.
          { id: 'a4', title: 'Report', description: null, cells: [cell('p1', 'R', 'r'), cell('p2', 'X')] },
        ],
      },
      { id: 'empty', title: 'Nothing yet', activities: [] },
    ],
  };

  it('counts each role of a combined cell', () => {
    const workload = computeWorkload(content, matrix);
    expect(workload.roleCodes).toEqual(['R', 'A', 'C', 'I', 'X']);
    expect(workload.rows.map((r) => r.cells.map((c) => c.counts))).toEqual([
      [
        { R: 2, A: 1 },
        { A: 1, C: 1, I: 1 },
      ],
      [{ R: 1 }, { R: 1, A: 1, C: 1, I: 1, X: 1 }],
      [{}, {}],
    ]);
    expect(workload.rows.map((r) => r.cells.map((c) => c.total))).toEqual([
      [3, 3],
      [1, 5],
      [0, 0],
    ]);
    expect(workload.totals).toEqual([
      { partyId: 'p1', counts: { R: 3, A: 1 }, total: 4 },
      { partyId: 'p2', counts: { R: 1, A: 2, C: 2, I: 2, X: 1 }, total: 8 },
    ]);
    expect(workload.max).toBe(5);
  });

  it('lists counts in vocabulary order, whatever order the cell has', () => {
    const workload = computeWorkload(content, matrix);
    expect(Object.keys(workload.rows[0]!.cells[0]!.counts)).toEqual(['R', 'A']);
  });

  it('filters by role', () => {
    const accountable = computeWorkload(content, matrix, { role: 'A' });
    expect(accountable.totals.map((c) => c.total)).toEqual([1, 2]);
    expect(accountable.rows.map((r) => r.cells.map((c) => c.total))).toEqual([
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(accountable.max).toBe(1);
    expect(computeWorkload(content, matrix, { role: null }).max).toBe(5);
  });

  it('is all zeros for a matrix without activities', () => {
    const empty = computeWorkload(content, { ...matrix, phases: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.totals.map((c) => c.total)).toEqual([0, 0]);
    expect(empty.max).toBe(0);
  });
});

describe('heat colour', () => {
  // WCAG 2 relative luminance and contrast ratio, written out here rather than imported, so the check is independent.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('is white for nothing and darkens as the count grows', () => {
    expect(heatColor(0, 10)).toBe('#ffffff');
    expect(heatColor(0, 0)).toBe('#ffffff');
    const shades = Array.from({ length: 11 }, (_, i) => luminance(heatColor(i, 10)));
    for (let i = 1; i < shades.length; i++) expect(shades[i]!).toBeLessThan(shades[i - 1]!);
    // Even the smallest count on a large scale is tinted enough to tell apart from an empty cell.
    expect(luminance(heatColor(1, 1000))).toBeLessThan(0.9);
  });

  it('keeps the text at WCAG AA contrast (4.5:1) on every shade', () => {
    for (let value = 0; value <= 200; value++) expect(contrast(HEAT_TEXT, heatColor(value, 200))).toBeGreaterThanOrEqual(4.5);
  });
});
