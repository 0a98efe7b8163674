// Open workbooks are released: the host holds a workbook's files (database, -wal, -shm) only while it is in use. The
// UI's document.close releases them, so do an idle limit and a cap on how many stay open; a released document's id
// keeps working, and since nobody watched the file meanwhile, using it again is announced as an outside change.
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkbook, setCell, withWorkbook } from '../electron/services/store';
import { createWorkspace } from '../electron/services/workspace/workspace';
import type { HostEvent } from '../shared/api/events';
import { tempDir, template } from './helpers';

/** The files of `dir` this process holds open, as /proc lists them. */
function openFilesIn(dir: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(join('/proc/self/fd', fd));
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return []; // closed while we looked
    }
  });
}

async function ok<T = Record<string, unknown>>(reply: Promise<{ ok: boolean; result?: unknown; error?: unknown }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.result as T;
}

describe('open workbooks', () => {
  it('creating ten workbooks from the start screen, each left with Home, leaves no file open', async () => {
    const dir = tempDir();
    const host = createHost({
      watchIntervalMs: 0,
      workspace: createWorkspace({ documentsDir: dir, recentFile: join(tempDir(), 'recent.json') }),
    });
    try {
      for (let i = 0; i < 10; i++) {
        const { docId } = await ok<{ docId: string }>(
          host.dispatch('document.create', { templateId: 'raci', language: 'en', title: `Deal ${i}`, client: '' }),
        );
        await ok(host.dispatch('document.snapshot', { docId })); // the page loads it…
        await ok(host.dispatch('document.close', { docId })); // …and goes back to the start screen
      }
      expect(openFilesIn(dir)).toEqual([]);
      expect(host.openFiles()).toBe(0);
      expect((await ok<{ documents: unknown[] }>(host.dispatch('session.info', {}))).documents).toEqual([]);
    } finally {
      host.close();
    }
  });

  it('keeps at most the limit open, least recently used released first, and reopens a released one on use', async () => {
    const dir = tempDir();
    const content = template('raci');
    const files = Array.from({ length: 5 }, (_, i) => join(dir, `w${i}.engagement`));
    for (const file of files) createWorkbook(file, content);
    const host = createHost({ watchIntervalMs: 0, limits: { maxOpen: 2 } });
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));
    try {
      const ids = files.map((file) => host.open(file));
      expect(host.openFiles()).toBe(2);
      expect(new Set(openFilesIn(dir).map((f) => f.replace(/-(wal|shm)$/, '')))).toEqual(new Set(files.slice(3)));
      // The first one was released; its id still works, and the page hears it may have changed meanwhile.
      const snapshot = await ok<{ seq: number }>(host.dispatch('document.snapshot', { docId: ids[0] }));
      expect(snapshot.seq).toBe(1);
      expect(events).toEqual([{ type: 'changed', docId: ids[0], seq: 1, external: true }]);
      expect(host.openFiles()).toBe(2);
    } finally {
      host.close();
    }
    expect(openFilesIn(dir)).toEqual([]);
  });

  it('releases a workbook unused for the idle limit, and a change made meanwhile reaches the page on next use', async () => {
    const dir = tempDir();
    const file = join(dir, 'idle.engagement');
    const content = template('managed-services');
    createWorkbook(file, content);
    const host = createHost({ watchIntervalMs: 20, limits: { idleMs: 60 } });
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));
    try {
      const docId = host.open(file);
      await expect.poll(() => host.openFiles(), { timeout: 5_000 }).toBe(0);
      expect(openFilesIn(dir)).toEqual([]);
      const matrix = content.matrices[0]!;
      withWorkbook(file, (w) =>
        setCell(w.db, {
          matrix: matrix.id,
          activity: matrix.phases[0]!.activities[0]!.id,
          party: matrix.partyIds[1]!,
          roles: ['A'],
        }),
      );
      await ok(host.dispatch('history.state', { docId }));
      expect(events).toEqual([{ type: 'changed', docId, seq: 1, external: true }]);
    } finally {
      host.close();
    }
  });
});
