// What the compare view's read-only grid shows (renderer/src/compare/diff-rows.ts): changed cells with old and new,
// added, moved and renamed rows with their row change, unchanged rows left out unless asked for.
import { describe, expect, it } from 'vitest';
import { diffRows } from '../renderer/src/compare/diff-rows';
import { diffContents } from '../shared/compare/diff';
import { template } from './helpers';

function edited() {
  const before = template('managed-services');
  const after = structuredClone(before);
  const phase = after.matrices[0]!.phases[0]!;
  const [first, second] = phase.activities;
  first!.title = 'Renamed row';
  phase.activities.splice(0, 2, second!, first!); // two rows swap places: one move
  phase.activities.push({ id: 'new-row', title: 'New row', description: null, cells: [] });
  first!.cells[0]!.roles = ['C'];
  return { before, after, partyId: first!.cells[0]!.partyId };
}

describe('diffRows', () => {
  it('shows the added, moved and renamed rows with what happened, and the changed cell as old → new', () => {
    const { before, after, partyId } = edited();
    const shown = diffRows(after, after.matrices[0]!, diffContents(before, after).entries, false)!;
    expect(shown.rowChanges).toBe(true);
    const rows = shown.phases.flatMap((p) => p.rows);
    expect(rows.map((r) => [r.activity.title, r.changes])).toEqual([
      ['Instance provisioning', [{ key: 'ui.compare.row.activity-moved-within', from: '' }]],
      ['Renamed row', [{ key: 'ui.compare.row.activity-renamed', from: 'Cloud region selection' }]],
      ['New row', [{ key: 'ui.compare.row.activity-added', from: '' }]],
    ]);
    const changed = rows.flatMap((r) => r.cells.filter((c) => c.change));
    expect(changed).toEqual([{ partyId, text: 'C', change: { before: 'O', after: 'C' } }]);
  });

  it('shows every row on request, and nothing for a matrix without changes unless asked', () => {
    const content = template('managed-services');
    const matrix = content.matrices[0]!;
    expect(diffRows(content, matrix, [], false)).toBeNull();
    const all = diffRows(content, matrix, [], true)!;
    expect(all.rowChanges).toBe(false);
    expect(all.phases.flatMap((p) => p.rows)).toHaveLength(matrix.phases.reduce((n, p) => n + p.activities.length, 0));
  });
});
