// The grid's model (renderer/src/grid/model.ts) is plain TypeScript, so its geometry is tested here without a browser:
// which rows show, how a visual range maps to clipboard coordinates and back, and where Alt+↑/↓ takes an activity.
import { describe, expect, it } from 'vitest';
import {
  activityDrop,
  activityOrder,
  clamp,
  fromViewRange,
  nudgeActivity,
  rangeOf,
  toViewRange,
  visualRows,
} from '../renderer/src/grid/model';
import { template as fill } from '../renderer/src/text-template';
import { template } from './helpers';

const matrix = template('managed-services').matrices[0]!;
const [first, second] = matrix.phases;

describe('visual rows', () => {
  it('puts a band before each phase and hides the activities of collapsed phases', () => {
    const rows = visualRows(matrix, new Set());
    expect(rows).toHaveLength(matrix.phases.length + matrix.phases.reduce((n, p) => n + p.activities.length, 0));
    expect(rows[0]).toMatchObject({ kind: 'phase', phase: { id: first!.id }, collapsed: false });
    expect(rows[1]).toMatchObject({ kind: 'activity', activity: { id: first!.activities[0]!.id }, position: 0 });

    const folded = visualRows(matrix, new Set([first!.id]));
    expect(folded[0]).toMatchObject({ kind: 'phase', collapsed: true });
    expect(folded[1]).toMatchObject({ kind: 'phase', phase: { id: second!.id } });
    expect(activityOrder(folded)).not.toContain(first!.activities[0]!.id);
  });

  it('clamps a position to the grid, and band rows to their header column', () => {
    const rows = visualRows(matrix, new Set());
    expect(clamp(rows, 3, { row: -5, column: 2 })).toEqual({ row: 0, column: 0 });
    expect(clamp(rows, 3, { row: 1, column: 9 })).toEqual({ row: 1, column: 3 });
    expect(clamp(rows, 3, { row: 10_000, column: 1 })).toEqual({ row: rows.length - 1, column: 1 });
  });
});

describe('ranges between the screen and the clipboard', () => {
  const rows = visualRows(matrix, new Set());
  const bandOfSecond = first!.activities.length + 1;

  it('skips band rows and the header column', () => {
    // From the first band to the first activity of the second phase, header column to the second party.
    const range = rangeOf({ anchor: { row: 0, column: 0 }, focus: { row: bandOfSecond + 1, column: 2 } });
    expect(toViewRange(rows, range)).toEqual({ top: 0, bottom: first!.activities.length, left: 0, right: 1 });
  });

  it('covers no cell when only a band or only the header column is selected', () => {
    expect(toViewRange(rows, { top: 0, bottom: 0, left: 0, right: 3 })).toBeNull();
    expect(toViewRange(rows, { top: 1, bottom: 4, left: 0, right: 0 })).toBeNull();
  });

  it('maps a clipboard range back to the rows on screen, across a band', () => {
    const last = first!.activities.length - 1;
    const selection = fromViewRange(rows, { top: last, bottom: last + 1, left: 1, right: 2 });
    expect(selection).toEqual({ anchor: { row: last + 1, column: 2 }, focus: { row: bandOfSecond + 1, column: 3 } });
    expect(toViewRange(rows, rangeOf(selection!))).toEqual({ top: last, bottom: last + 1, left: 1, right: 2 });
    expect(fromViewRange(rows, { top: 0, bottom: 10_000, left: 0, right: 0 })).toBeNull();
  });
});

describe('Alt+↑/↓ on an activity', () => {
  it('moves within the phase, then across the band into the neighbouring phase', () => {
    const top = first!.activities[0]!.id;
    const bottom = first!.activities[first!.activities.length - 1]!.id;
    expect(nudgeActivity(matrix, first!.activities[1]!.id, -1)).toEqual({ phaseId: first!.id, position: 0 });
    expect(nudgeActivity(matrix, top, -1)).toBeNull();
    expect(nudgeActivity(matrix, bottom, 1)).toEqual({ phaseId: second!.id, position: 0 });
    expect(nudgeActivity(matrix, second!.activities[0]!.id, -1)).toEqual({
      phaseId: first!.id,
      position: first!.activities.length,
    });
  });
});

describe('dropping a dragged activity', () => {
  const rows = visualRows(matrix, new Set());
  const [a, b, c] = first!.activities;
  const row = (id: string) => rows.find((r) => r.kind === 'activity' && r.activity.id === id)!;

  it('goes before or after the row it is dropped on, counting the place it leaves in its own phase', () => {
    expect(activityDrop(rows, a!.id, row(c!.id), false)).toEqual({ position: 1 });
    expect(activityDrop(rows, a!.id, row(c!.id), true)).toEqual({ position: 2 });
    expect(activityDrop(rows, c!.id, row(a!.id), false)).toEqual({ position: 0 });
    expect(activityDrop(rows, b!.id, row(b!.id), true)).toEqual({ position: 1 });
  });

  it('moves into another phase when dropped there, first when dropped on its band', () => {
    const band = rows.find((r) => r.kind === 'phase' && r.phase.id === second!.id)!;
    expect(activityDrop(rows, a!.id, band, true)).toEqual({ position: 0, phaseId: second!.id });
    expect(activityDrop(rows, a!.id, row(second!.activities[1]!.id), true)).toEqual({ position: 2, phaseId: second!.id });
    expect(activityDrop(rows, 'not-a-row', band, false)).toBeNull();
  });
});

describe('message templates', () => {
  it('fill two slots in either order, as the translation puts them', () => {
    expect(fill('{{activity}} — {{party}}', 'activity', 'party')('Backup', 'Customer')).toBe('Backup — Customer');
    expect(fill('{{party}}: {{activity}}', 'activity', 'party')('Backup', 'Customer')).toBe('Customer: Backup');
  });
});
