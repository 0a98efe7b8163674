import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../shared/domain/canonical';
import {
  HISTORY_LIMIT,
  addActivity,
  addPhase,
  createRevision,
  createWorkbook,
  deleteActivity,
  edit,
  historyState,
  moveActivity,
  openWorkbook,
  readContent,
  readDocument,
  redo,
  renameActivity,
  saveCopy,
  setCell,
  setRevisionStatus,
  step,
  undo,
  updateEngagement,
  withWorkbook,
} from '../electron/services/store';
import { syncContent } from '../electron/services/store/content';
import { tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

function newWorkbookFile(dir: string, templateId = 'managed-services') {
  const file = join(dir, 'acme.engagement');
  const content = template(templateId);
  createWorkbook(file, content);
  return { file, content };
}

const cellOf = (file: string, matrixIndex: number, activityTitle: string, partyIndex: number) =>
  withWorkbook(file, (w) => {
    const content = readContent(w.db);
    const matrix = content.matrices[matrixIndex]!;
    const activity = matrix.phases.flatMap((p) => p.activities).find((a) => a.title === activityTitle)!;
    return activity.cells.find((c) => c.partyId === matrix.partyIds[partyIndex]) ?? null;
  });

describe('workbook file', () => {
  it('stores a template and reads back exactly the same content', () => {
    const dir = tempDir();
    const { file, content } = newWorkbookFile(dir);
    expect(withWorkbook(file, (w) => readContent(w.db))).toEqual(content);
    expect(readdirSync(dir)).toEqual(['acme.engagement']); // no temp, WAL or SHM files left behind
  });

  it('uses WAL, foreign keys and the Engagebook application id', () => {
    const { file } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      expect(w.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(w.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(w.db.pragma('application_id', { simple: true })).toBe(0x45424b31);
    });
  });

  it('refuses to create over an existing file', () => {
    const dir = tempDir();
    const { file } = newWorkbookFile(dir);
    expect(() => createWorkbook(file, template('raci'))).toThrow(/already exists/);
  });

  it('saves a self-contained copy with VACUUM INTO', () => {
    const dir = tempDir();
    const { file, content } = newWorkbookFile(dir);
    const copy = join(dir, 'copy.engagement');
    withWorkbook(file, (w) => saveCopy(w, copy));
    expect(withWorkbook(copy, (w) => readContent(w.db))).toEqual(content);
    expect(() => withWorkbook(file, (w) => saveCopy(w, copy))).toThrow(/already exists/);
  });
});

describe('edits and history', () => {
  const MATRIX = 'Roles and responsibilities';
  const ACTIVITY = 'Cloud region selection';

  it('sets a cell, and undo/redo restore both states', () => {
    const { file } = newWorkbookFile(tempDir());
    expect(cellOf(file, 0, ACTIVITY, 1)?.roles).toEqual(['C']);
    withWorkbook(file, (w) => {
      const result = setCell(w.db, {
        matrix: MATRIX,
        activity: ACTIVITY,
        party: 'Partner',
        roles: ['a'],
        note: 'check with legal',
      });
      expect(result).toMatchObject({ changed: true, value: { roles: ['A'], note: 'check with legal' } });
      expect(result.changes).toEqual([
        expect.objectContaining({ table: 'cells', after: expect.objectContaining({ roles: '["A"]', note: 'check with legal' }) }),
      ]);
    });
    expect(cellOf(file, 0, ACTIVITY, 1)).toMatchObject({ roles: ['A'], note: 'check with legal' });
    withWorkbook(file, (w) => expect(describeStep(undo(w.db).label ?? '')).toMatch(/^Set Cloud region selection/));
    expect(cellOf(file, 0, ACTIVITY, 1)).toEqual({ partyId: expect.any(String), roles: ['C'], note: null });
    withWorkbook(file, (w) => expect(redo(w.db).label).not.toBeNull());
    expect(cellOf(file, 0, ACTIVITY, 1)).toMatchObject({ roles: ['A'], note: 'check with legal' });
  });

  it('keeps roles in vocabulary order and refuses unknown codes and forbidden combinations', () => {
    const dir = tempDir();
    const file = join(dir, 'raci.engagement');
    createWorkbook(file, template('raci'));
    withWorkbook(file, (w) => {
      addPhase(w.db, { matrix: 'RACI matrix', title: 'Build' });
      addActivity(w.db, { matrix: 'RACI matrix', phase: 'Build', title: 'Write code' });
      expect(
        setCell(w.db, { matrix: 'RACI matrix', activity: 'Write code', party: 'Provider', roles: ['A', 'R'] }).value.roles,
      ).toEqual(['R', 'A']);
      expect(() => setCell(w.db, { matrix: 'RACI matrix', activity: 'Write code', party: 'Provider', roles: ['X'] })).toThrow(
        /"X" is not a role in RACI/,
      );
    });
    const { file: oca } = newWorkbookFile(dir.concat('/'), 'managed-services');
    withWorkbook(oca, (w) => {
      expect(() => setCell(w.db, { matrix: MATRIX, activity: ACTIVITY, party: 'Customer', roles: ['O', 'C'] })).toThrow(
        /one role per cell/,
      );
    });
  });

  it('clearing a cell removes it, and a no-op edit stores no undo step', () => {
    const { file } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      expect(setCell(w.db, { matrix: MATRIX, activity: ACTIVITY, party: 'Partner', roles: ['C'] }).changed).toBe(false);
      expect(historyState(w.db)).toEqual({ undo: null, redo: null });
      setCell(w.db, { matrix: MATRIX, activity: ACTIVITY, party: 'Partner', roles: [] });
    });
    expect(cellOf(file, 0, ACTIVITY, 1)).toBeNull();
  });

  it('history survives closing and reopening the file', () => {
    const { file } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      setCell(w.db, { matrix: MATRIX, activity: ACTIVITY, party: 'Customer', roles: ['C'] });
      setCell(w.db, { matrix: MATRIX, activity: ACTIVITY, party: 'Partner', roles: ['O'] });
    });
    withWorkbook(file, (w) => {
      expect(describeStep(historyState(w.db).undo ?? '')).toMatch(/Partner to O$/);
      undo(w.db);
      undo(w.db);
      expect(undo(w.db).label).toBeNull();
      expect(describeStep(historyState(w.db).redo ?? '')).toMatch(/Customer to C$/);
    });
    expect(cellOf(file, 0, ACTIVITY, 0)?.roles).toEqual(['O']);
    withWorkbook(file, (w) => redo(w.db));
    expect(cellOf(file, 0, ACTIVITY, 0)?.roles).toEqual(['C']);
  });

  it('a new edit after undo drops the redo branch', () => {
    const { file } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      setCell(w.db, { matrix: MATRIX, activity: ACTIVITY, party: 'Customer', roles: ['C'] });
      undo(w.db);
      updateEngagement(w.db, { client: 'ACME' });
      expect(historyState(w.db)).toMatchObject({ redo: null });
      expect(describeStep(historyState(w.db).undo ?? '')).toBe('Edit engagement details');
      expect(redo(w.db).label).toBeNull();
    });
  });

  it('deleting an activity is undone with all its cells, in place', () => {
    const { file, content } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      deleteActivity(w.db, { matrix: MATRIX, activity: 'Instance provisioning' });
      expect(readContent(w.db).matrices[0]!.phases[0]!.activities).toHaveLength(6);
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });

  it('adds, renames and moves activities as single undo steps', () => {
    const { file, content } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      const id = addActivity(w.db, { matrix: MATRIX, phase: 'Launch', title: 'Hypercare', position: 0 }).value;
      renameActivity(w.db, { matrix: MATRIX, activity: id, title: 'Hypercare week' });
      moveActivity(w.db, { matrix: MATRIX, activity: id, position: 99 });
      const launch = readContent(w.db).matrices[0]!.phases[3]!;
      expect(launch.activities.map((a) => a.title)).toEqual([
        'Go-live checklist',
        'Go-live event conference room',
        'Production code deployment',
        'Hypercare week',
      ]);
      undo(w.db);
      undo(w.db);
      undo(w.db);
      expect(readContent(w.db)).toEqual(content);
    });
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const { file } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      for (let i = 0; i < HISTORY_LIMIT + 5; i++) updateEngagement(w.db, { client: `client ${i}` });
      const steps = w.db.prepare('SELECT COUNT(*) AS n FROM history_steps').get() as { n: number };
      expect(steps.n).toBe(HISTORY_LIMIT);
      let undone = 0;
      while (undo(w.db).label) undone++;
      expect(undone).toBe(HISTORY_LIMIT);
      expect(readContent(w.db).client).toBe('client 4');
    });
  });

  it('refuses to replay a history row that names a table outside the document', () => {
    const { file } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      updateEngagement(w.db, { client: 'ACME' });
      w.db.prepare("UPDATE history_changes SET tbl = 'sqlite_master'").run();
      expect(() => undo(w.db)).toThrow(/unknown table "sqlite_master"/);
      expect(readContent(w.db).client).toBe('ACME'); // the failed undo rolled back
    });
  });
});

describe('revisions', () => {
  it('freezes the content with its fingerprint; later edits and undo leave it alone', () => {
    const { file, content } = newWorkbookFile(tempDir());
    withWorkbook(file, (w) => {
      const v1 = createRevision(w.db, 'v1');
      expect(v1.fingerprint).toBe(fingerprint(content));
      updateEngagement(w.db, { client: 'ACME' });
      undo(w.db);
      setRevisionStatus(w.db, v1.id, 'sent');
      expect(() => createRevision(w.db, 'v1')).toThrow(/already exists/);
      const doc = readDocument(w);
      expect(doc.revisions.map((r) => [r.label, r.status, r.fingerprint])).toEqual([['v1', 'sent', v1.fingerprint]]);
      expect(doc.revisions[0]?.snapshot).toEqual(content);
    });
  });

  it('gives different content a different fingerprint', () => {
    const content = template('managed-services');
    const changed = structuredClone(content);
    changed.matrices[0]!.phases[0]!.activities[0]!.cells[0]!.roles = ['C'];
    expect(fingerprint(changed)).not.toBe(fingerprint(content));
    expect(fingerprint(structuredClone(content))).toBe(fingerprint(content));
  });
});

describe('concurrent access', () => {
  it('a second connection sees each committed edit', () => {
    const { file } = newWorkbookFile(tempDir());
    const writer = openWorkbook(file);
    const reader = new Database(file, { readonly: true });
    try {
      setCell(writer.db, { matrix: MATRIX_TITLE, activity: 'Runbook review', party: 'Customer', roles: ['C'] });
      const row = reader.prepare('SELECT COUNT(*) AS n FROM history_steps').get() as { n: number };
      expect(row.n).toBe(1);
    } finally {
      reader.close();
      writer.close();
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

const MATRIX_TITLE = 'Roles and responsibilities';

describe('turning the stored content into another (imports)', () => {
  it('writes only the rows that differ, keeping the order keys of rows whose order holds', () => {
    const file = join(tempDir(), 'sync.engagement');
    createWorkbook(file, template('managed-services'));
    withWorkbook(file, (w) => {
      // Keys that are no longer "a0", "a1", …: what a workbook has after rows were inserted and moved.
      addActivity(w.db, { matrix: 'Roles and responsibilities', phase: 'Provisioning', title: 'Inserted', position: 1 });
      const desired = structuredClone(readContent(w.db));
      const phase = desired.matrices[0]!.phases[0]!;
      phase.activities[0]!.cells[0]!.roles = ['C'];
      phase.activities.push(phase.activities.splice(2, 1)[0]!); // one row moved to the end
      const result = edit(w.db, (writer) => step('Import', syncContent(w.db, writer, desired)));
      expect(result.changes.map((c) => c.table).sort()).toEqual(['activities', 'cells']);
      expect(readContent(w.db)).toEqual(desired);
    });
  });
});
