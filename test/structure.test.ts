import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addActivities,
  addParty,
  addPhase,
  createWorkbook,
  deletePhase,
  historyState,
  moveActivity,
  moveParty,
  movePhase,
  readContent,
  redo,
  removeParty,
  renamePhase,
  setCells,
  undo,
  updateParty,
  withWorkbook,
} from '../electron/services/store';
import type { Content } from '../shared/domain/document';
import { sha256File, tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

const MATRIX = 'Roles and responsibilities';

function workbook() {
  const file = join(tempDir(), 'acme.engagement');
  const content = template('managed-services');
  createWorkbook(file, content);
  return { file, content };
}

const matrixOf = (content: Content) => content.matrices.find((m) => m.title === MATRIX)!;
const partyNames = (content: Content) => matrixOf(content).partyIds.map((id) => content.parties.find((p) => p.id === id)!.name);

describe('phase edits', () => {
  it('adds, renames, moves and deletes phases; each is one undo step and undo restores everything', () => {
    const { file, content } = workbook();
    const titles = matrixOf(content).phases.map((p) => p.title);
    withWorkbook(file, (w) => {
      const id = addPhase(w.db, { matrix: MATRIX, title: 'Hypercare', position: 1 }).value;
      renamePhase(w.db, { matrix: MATRIX, phase: id, title: 'Hypercare (4 weeks)' });
      movePhase(w.db, { matrix: MATRIX, phase: id, position: 99 });
      expect(matrixOf(readContent(w.db)).phases.map((p) => p.title)).toEqual([...titles, 'Hypercare (4 weeks)']);
      const first = matrixOf(readContent(w.db)).phases[0]!;
      deletePhase(w.db, { matrix: MATRIX, phase: first.id });
      const after = matrixOf(readContent(w.db));
      expect(after.phases.map((p) => p.title)).toEqual([...titles.slice(1), 'Hypercare (4 weeks)']);
      expect(after.phases.flatMap((p) => p.activities).some((a) => first.activities.some((f) => f.id === a.id))).toBe(false);
      expect(describeStep(historyState(w.db).undo ?? '')).toBe(`Delete phase ${first.title}`);
      for (let i = 0; i < 4; i++) undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });

  it('refuses an empty title and names the missing phase', () => {
    const { file } = workbook();
    withWorkbook(file, (w) => {
      expect(() => addPhase(w.db, { matrix: MATRIX, title: '   ' })).toThrow(/cannot be empty/);
      expect(() => renamePhase(w.db, { matrix: MATRIX, phase: 'No such phase', title: 'x' })).toThrow(/No such phase/);
    });
  });
});

describe('moving an activity', () => {
  it('moves it into another phase at a position, writing only the moved row, as one undo step', () => {
    const { file, content } = workbook();
    const [from, to] = matrixOf(content).phases;
    const moved = from!.activities[0]!;
    withWorkbook(file, (w) => {
      const result = moveActivity(w.db, { matrix: MATRIX, activity: moved.id, phase: to!.id, position: 1 });
      // Order keys: the moved row is the only one written, whatever the size of either phase.
      expect(result.changes).toEqual([
        { table: 'activities', key: { id: moved.id }, after: expect.objectContaining({ phase_id: to!.id }) },
      ]);
      const phases = matrixOf(readContent(w.db)).phases;
      expect(phases[0]!.activities.map((a) => a.id)).toEqual(from!.activities.slice(1).map((a) => a.id));
      expect(phases[1]!.activities.map((a) => a.id)).toEqual([
        to!.activities[0]!.id,
        moved.id,
        ...to!.activities.slice(1).map((a) => a.id),
      ]);
      // The cells travel with the activity.
      expect(phases[1]!.activities[1]!.cells).toEqual(moved.cells);
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });
});

describe('party edits', () => {
  it('adds a party column at a position, renames it with a group, moves it, and undo restores the matrix', () => {
    const { file, content } = workbook();
    const before = partyNames(content);
    withWorkbook(file, (w) => {
      const id = addParty(w.db, { matrix: MATRIX, name: 'Security office', kind: 'customer', position: 1 }).value;
      expect(partyNames(readContent(w.db))).toEqual([before[0], 'Security office', ...before.slice(1)]);
      updateParty(w.db, { matrix: MATRIX, party: id, name: 'CISO office', group: 'Customer' });
      expect(readContent(w.db).parties.find((p) => p.id === id)).toMatchObject({ name: 'CISO office', group: 'Customer' });
      moveParty(w.db, { matrix: MATRIX, party: id, position: 0 });
      expect(partyNames(readContent(w.db))).toEqual(['CISO office', ...before]);
      for (let i = 0; i < 3; i++) undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });

  it('refuses a second column with the same party, and a rename onto another party name', () => {
    const { file, content } = workbook();
    const [first, second] = partyNames(content);
    withWorkbook(file, (w) => {
      expect(() => addParty(w.db, { matrix: MATRIX, name: first! })).toThrow(/already has a party/);
      expect(() => updateParty(w.db, { matrix: MATRIX, party: first!, name: second! })).toThrow(/already named/);
    });
  });

  it('removing a party column removes its cells in this matrix only, keeps a party still used elsewhere, and undoes', () => {
    const { file, content } = workbook();
    const matrix = matrixOf(content);
    const partyId = matrix.partyIds[0]!;
    const usedElsewhere =
      content.matrices.some((m) => m !== matrix && m.partyIds.includes(partyId)) ||
      content.signatories.some((s) => s.partyId === partyId);
    withWorkbook(file, (w) => {
      removeParty(w.db, { matrix: MATRIX, party: partyId });
      const after = readContent(w.db);
      expect(matrixOf(after).partyIds).not.toContain(partyId);
      expect(
        matrixOf(after)
          .phases.flatMap((p) => p.activities)
          .some((a) => a.cells.some((c) => c.partyId === partyId)),
      ).toBe(false);
      expect(after.parties.some((p) => p.id === partyId)).toBe(usedElsewhere);
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });
});

describe('setting many cells at once', () => {
  it('is one undo step, and one bad code refuses the whole batch without changing anything', () => {
    const { file, content } = workbook();
    const matrix = matrixOf(content);
    const [a1, a2] = matrix.phases[0]!.activities;
    const [p1, p2] = matrix.partyIds;
    withWorkbook(file, (w) => {
      expect(() =>
        setCells(w.db, {
          matrix: MATRIX,
          label: 'Paste 2 cells',
          cells: [
            { activity: a1!.id, party: p1!, roles: ['C'] },
            { activity: a2!.id, party: p2!, roles: ['Z'] },
          ],
        }),
      ).toThrow(/"Z" is not a role/);
      expect(readContent(w.db)).toEqual(content);
      expect(historyState(w.db).undo).toBeNull();

      const result = setCells(w.db, {
        matrix: MATRIX,
        label: 'Paste 2 cells',
        cells: [
          { activity: a1!.id, party: p1!, roles: ['c'] },
          { activity: a2!.id, party: p2!, roles: [], note: 'ask the client' },
        ],
      });
      expect(result).toMatchObject({ changed: true, value: 2 });
      expect(result.changes).toHaveLength(2);
      const cells = matrixOf(readContent(w.db)).phases[0]!.activities;
      expect(cells[0]!.cells.find((c) => c.partyId === p1)?.roles).toEqual(['C']);
      expect(cells[1]!.cells.find((c) => c.partyId === p2)).toEqual({ partyId: p2, roles: [], note: 'ask the client' });
      expect(historyState(w.db).undo).toBe('Paste 2 cells');
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });
});

describe('adding many activities at once', () => {
  it('adds them with their roles at a position, and sets cells of existing ones, as one undo step', () => {
    const { file, content } = workbook();
    const matrix = matrixOf(content);
    const phase = matrix.phases[0]!;
    const [customer, partner] = matrix.partyIds;
    const existing = phase.activities[1]!;
    withWorkbook(file, (w) => {
      const result = addActivities(w.db, {
        matrix: MATRIX,
        phase: phase.id,
        position: 1,
        rows: [
          { title: '  Design review ', cells: [{ party: customer!, roles: ['o'] }] },
          { title: 'Run book', cells: [] },
          { title: 'Handover', cells: [{ party: 'Partner', roles: ['C'] }] },
        ],
        cells: [{ activity: existing.id, party: partner!, roles: ['A'] }],
      });
      expect(result.value).toHaveLength(3);
      expect(describeStep(historyState(w.db).undo ?? '')).toBe('Add 3 activities and set 1 cell');
      const added = () => matrixOf(readContent(w.db)).phases[0]!.activities;
      expect(
        added()
          .slice(0, 5)
          .map((a) => a.title),
      ).toEqual([phase.activities[0]!.title, 'Design review', 'Run book', 'Handover', existing.title]);
      expect(added()[1]!.cells).toEqual([{ partyId: customer, roles: ['O'], note: null }]);
      expect(added()[3]!.cells).toEqual([{ partyId: partner, roles: ['C'], note: null }]);
      expect(added()[4]!.cells.find((c) => c.partyId === partner)?.roles).toEqual(['A']);
      const after = readContent(w.db);
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
      expect(historyState(w.db).undo).toBeNull();
      redo(w.db);
      expect(readContent(w.db)).toEqual(after);
    });
  });

  it('puts them in a new phase when the matrix has none', () => {
    const file = join(tempDir(), 'raci.engagement');
    const content = template('raci');
    createWorkbook(file, content);
    withWorkbook(file, (w) => {
      addActivities(w.db, {
        matrix: content.matrices[0]!.id,
        newPhase: 'Activities',
        rows: [{ title: 'Kick-off', cells: [{ party: 'Customer', roles: ['A', 'R'] }] }],
      });
      const [phase] = readContent(w.db).matrices[0]!.phases;
      expect(phase).toMatchObject({ title: 'Activities', activities: [{ title: 'Kick-off' }] });
      expect(phase!.activities[0]!.cells[0]!.roles).toEqual(['R', 'A']);
      expect(describeStep(historyState(w.db).undo ?? '')).toBe('Add 1 activity');
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });

  it('refuses a party the matrix lacks, a role outside the vocabulary or an empty title, writing nothing', () => {
    const { file, content } = workbook();
    const phase = matrixOf(content).phases[0]!.id;
    const before = sha256File(file);
    const add = (rows: Parameters<typeof addActivities>[1]['rows'], where: { phase?: string; newPhase?: string } = { phase }) =>
      withWorkbook(file, (w) => addActivities(w.db, { matrix: MATRIX, ...where, rows }));
    expect(() => add([{ title: 'A', cells: [{ party: 'Nobody', roles: ['O'] }] }])).toThrow(/no party .* "Nobody"/);
    expect(() => add([{ title: 'A', cells: [{ party: 'Customer', roles: ['Z'] }] }])).toThrow(/"Z" is not a role/);
    expect(() => add([{ title: 'A', cells: [{ party: 'Customer', roles: ['O', 'C'] }] }])).toThrow(/one role per cell/);
    expect(() => add([{ title: ' ', cells: [] }])).toThrow(/cannot be empty/);
    expect(() => add([])).toThrow(/no activities/);
    expect(() => add([{ title: 'A', cells: [] }], { phase, newPhase: 'B' })).toThrow(/either/);
    expect(sha256File(file)).toBe(before);
  });
});
