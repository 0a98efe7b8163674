// Two programs writing one workbook: every edit reads what it keeps inside its own write transaction, so two writers
// on one cell (roles from one, the note from the other) never lose each other's half; and a workbook locked by another
// program makes the API answer `busy` without blocking (other documents keep answering) and the CLI say so in one line.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkbook, readContent, setCell, withWorkbook } from '../electron/services/store';
import { BIN, freshCli, tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

function writer(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/cell-writer.ts'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`writer exited with ${code}: ${err}`))));
  });
}

interface Image {
  roles: string;
  note: string | null;
}

describe('two writers on one cell', () => {
  it('never lose each other’s half: roles from one program, the note from another, many times over', async () => {
    const file = join(tempDir(), 'race.engagement');
    const content = template('managed-services');
    createWorkbook(file, content);
    const matrix = content.matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!.id;
    const party = matrix.partyIds[1]!;
    // Start from an empty cell, so every one of the 240 edits changes something and is a step in the history.
    withWorkbook(file, (w) => setCell(w.db, { matrix: matrix.id, activity, party, roles: [], note: null }));
    const count = '120';
    const [roles, note] = await Promise.all([
      writer([file, matrix.id, activity, party, 'roles', count]),
      writer([file, matrix.id, activity, party, 'note', count]),
    ]);
    const db = new Database(file, { readonly: true });
    const steps = db
      .prepare(
        `SELECT s.label, c.before, c.after FROM history_steps s JOIN history_changes c ON c.step_seq = s.seq
         WHERE c.tbl = 'cells' ORDER BY s.seq`,
      )
      .all() as Array<{ label: string; before: string | null; after: string | null }>;
    db.close();
    expect(steps).toHaveLength(241);
    // Each step changes only its own half; a step that put back an older value of the other half would be a lost edit.
    for (const step of steps) {
      const before = JSON.parse(step.before ?? '{"roles":"[]","note":null}') as Image;
      const after = JSON.parse(step.after ?? '{"roles":"[]","note":null}') as Image;
      if (describeStep(step.label).startsWith('Edit the note')) expect(after.roles, step.label).toBe(before.roles);
      else expect(after.note, step.label).toBe(before.note);
    }
    const cell = withWorkbook(file, (w) => readContent(w.db)).matrices[0]!.phases[0]!.activities[0]!.cells.find(
      (c) => c.partyId === party,
    );
    expect(cell).toEqual({ partyId: party, roles: [roles], note });
  });
});

describe('a workbook another program is writing', () => {
  beforeAll(freshCli);

  it('gets a busy answer from the API, not a 500 or a frozen host, while other documents keep answering', async () => {
    const dir = tempDir();
    const locked = join(dir, 'locked.engagement');
    const free = join(dir, 'free.engagement');
    const content = template('managed-services');
    createWorkbook(locked, content);
    createWorkbook(free, content);
    const host = createHost({ watchIntervalMs: 0, busyPatienceMs: 400 });
    const holder = new Database(locked);
    try {
      const lockedId = host.open(locked);
      const freeId = host.open(free);
      holder.exec('BEGIN IMMEDIATE'); // another program holds the write lock
      const matrix = content.matrices[0]!;
      const edit = (docId: string) =>
        host.dispatch('cell.set', {
          docId,
          matrixId: matrix.id,
          activityId: matrix.phases[0]!.activities[0]!.id,
          partyId: matrix.partyIds[0],
          roles: ['C'],
        });
      const waiting = edit(lockedId);
      // While the locked edit waits, the host's event loop runs: another document's edit is answered first.
      let lockedDone = false;
      void waiting.then(() => (lockedDone = true));
      const other = await edit(freeId);
      expect(other.ok).toBe(true);
      expect(lockedDone).toBe(false);
      const answer = await waiting;
      expect(answer).toEqual({
        ok: false,
        error: { code: 'busy', message: expect.stringMatching(/another program is writing/) },
      });
      holder.exec('ROLLBACK');
      // Once the lock is released, the same edit goes through.
      expect((await edit(lockedId)).ok).toBe(true);
    } finally {
      holder.close();
      host.close();
    }
  });

  it('retries while the lock is held briefly, and the edit goes through', async () => {
    const file = join(tempDir(), 'brief.engagement');
    const content = template('managed-services');
    createWorkbook(file, content);
    const host = createHost({ watchIntervalMs: 0, busyPatienceMs: 3_000 });
    const holder = new Database(file);
    try {
      const docId = host.open(file);
      holder.exec('BEGIN IMMEDIATE');
      setTimeout(() => holder.exec('ROLLBACK'), 150);
      const matrix = content.matrices[0]!;
      const answer = await host.dispatch('activity.add', {
        docId,
        matrixId: matrix.id,
        phaseId: matrix.phases[0]!.id,
        title: 'Late',
      });
      expect(answer.ok).toBe(true);
    } finally {
      holder.close();
      host.close();
    }
  });

  it('makes the CLI say so in one line and exit 2, changing nothing', () => {
    const file = join(tempDir(), 'cli-locked.engagement');
    createWorkbook(file, template('managed-services'));
    const before = withWorkbook(file, (w) => readContent(w.db));
    const holder = new Database(file);
    try {
      holder.exec('BEGIN IMMEDIATE');
      const run = spawnSync(
        process.execPath,
        [
          BIN,
          'set',
          file,
          '--matrix',
          'Roles and responsibilities',
          '--activity',
          'Cloud region selection',
          '--party',
          'Partner',
          '--roles',
          'C',
        ],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `engagebook: ${file}: another program is writing to this workbook; nothing was changed, try again in a moment\n`,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(withWorkbook(file, (w) => readContent(w.db))).toEqual(before);
  });
});
