// The two-way diff of shared/compare: exactly the edits made, paired by id or by title, moves as moves.
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../shared/templates';
import { diffContents } from '../shared/compare/diff';
import { movedIndexes } from '../shared/compare/match';
import { template } from './helpers';

describe('diffContents', () => {
  it('finds nothing between a template and itself', () => {
    const content = template('managed-services');
    expect(diffContents(content, structuredClone(content))).toEqual({ equal: true, entries: [], counts: {} });
  });

  it('reports exactly three known edits: a cell, a renamed activity and a changed capacity', () => {
    const before = template('managed-services');
    const after = structuredClone(before);
    const matrix = after.matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!;
    const cell = activity.cells[0]!;
    const oldRoles = cell.roles.join(', ');
    cell.roles = ['C'];
    matrix.phases[1]!.activities[0]!.title = 'Renamed activity';
    after.scope = { ...after.scope!, capacityHoursPerMonth: 999 };

    const diff = diffContents(before, after);
    expect(diff.equal).toBe(false);
    expect(diff.counts).toEqual({ cell: 1, 'activity-renamed': 1, scope: 1 });
    const partyName = after.parties.find((p) => p.id === cell.partyId)!.name;
    expect(diff.entries.find((e) => e.kind === 'cell')).toMatchObject({
      before: oldRoles,
      after: 'C',
      matrixId: matrix.id,
      activityId: activity.id,
      partyId: cell.partyId,
      where: `${matrix.title} › ${matrix.phases[0]!.title} › ${activity.title} › ${partyName}`,
    });
    expect(diff.entries.find((e) => e.kind === 'scope')).toMatchObject({ where: 'capacity hours/month', after: '999' });
  });

  it('reports a row moved within its phase once, and one moved to another phase as a move', () => {
    const before = template('managed-services');
    const after = structuredClone(before);
    const [first, second] = after.matrices[0]!.phases;
    const moved = first!.activities.shift()!;
    first!.activities.push(moved);
    const across = second!.activities.shift()!;
    first!.activities.unshift(across);
    const diff = diffContents(before, after);
    expect(diff.counts).toEqual({ 'activity-moved': 2 });
    expect(diff.entries.map((e) => e.activityId).sort()).toEqual([moved.id, across.id].sort());
  });

  it('pairs a workbook with a fresh build of its template by title: only the real edits show', () => {
    let n = 0;
    const fresh = buildTemplate('managed-services', { language: 'en', newId: () => `fresh-${++n}`, today: '2026-11-21' });
    const deal = template('managed-services');
    deal.matrices[0]!.phases[0]!.activities.pop();
    deal.parties.push({ id: 'p-new', name: 'Subcontractor', group: null, kind: 'other' as never });
    const diff = diffContents(fresh, deal);
    expect(diff.counts).toEqual({ 'activity-removed': 1, 'party-added': 1 });
  });
});

describe('movedIndexes', () => {
  it('keeps the longest run in order and reports the rest', () => {
    expect([...movedIndexes([0, 1, 2, 3])]).toEqual([]);
    expect([...movedIndexes([1, 2, 3, 0])]).toEqual([3]);
    expect([...movedIndexes([3, 0, 1, 2])]).toEqual([0]);
  });
});
