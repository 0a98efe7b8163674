import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, readContent, undo, withWorkbook } from '../electron/services/store';
import { tempDir, template } from './helpers';

/** Starts the edit stream and SIGKILLs it once `acks` edits are acknowledged; returns the last acknowledged index. */
function editThenKill(file: string, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/edit-stream.ts'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = -1;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) last = Number(match[1]);
      }
      if (last + 1 >= acks && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`edit stream exited with ${code}: ${stderr}`));
    });
  });
}

describe('durability', () => {
  it('every acknowledged edit survives a SIGKILL in the middle of a stream of edits', async () => {
    const file = join(tempDir(), 'crash.engagement');
    createWorkbook(file, template('managed-services'));
    const last = await editThenKill(file, 150);
    expect(last).toBeGreaterThanOrEqual(149);

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    withWorkbook(file, (w) => {
      const titles = new Set(readContent(w.db).matrices[0]!.phases[3]!.activities.map((a) => a.title));
      for (let i = 0; i <= last; i++) expect(titles.has(`edit ${i}`), `edit ${i}`).toBe(true);
      // The history is as intact as the content: each surviving edit can be undone.
      const added = [...titles].filter((t) => t.startsWith('edit ')).length;
      let undone = 0;
      while (undo(w.db).label) undone++;
      expect(undone).toBe(added);
      expect(readContent(w.db).matrices[0]!.phases[3]!.activities).toHaveLength(3);
    });
  });
});
