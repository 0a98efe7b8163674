/**
 * What one call may cost (issue 13, point 1): a paste that names activities by title must cost its size plus one pass
 * over the matrix, never their product — it stalled the host for 8 s when each cell scanned the matrix. Work is counted
 * as rows SQLite hands back (every `all` and `get` of every statement), so the test needs no clock: it compares the
 * count at two sizes, and a scan per cell makes it grow four-fold when both double.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkbook } from '../electron/services/store';
import type { Content } from '../shared/domain/document';
import { counterIds, tempDir, template } from './helpers';

/** Counts the rows every prepared statement of every connection returns while `fn` runs. */
async function rowsRead(fn: () => Promise<unknown>): Promise<number> {
  const probe = new Database(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as {
    all: (...args: unknown[]) => unknown[];
    get: (...args: unknown[]) => unknown;
  };
  probe.close();
  let rows = 0;
  const all = statement.all;
  const get = statement.get;
  vi.spyOn(statement, 'all').mockImplementation(function (this: unknown, ...args: unknown[]) {
    const result = all.apply(this, args);
    rows += result.length;
    return result;
  });
  vi.spyOn(statement, 'get').mockImplementation(function (this: unknown, ...args: unknown[]) {
    const result = get.apply(this, args);
    if (result !== undefined) rows += 1;
    return result;
  });
  try {
    await fn();
  } finally {
    vi.restoreAllMocks();
  }
  return rows;
}

/**
 * A workbook whose first matrix has `count` more activities, each titled uniquely, and a party column per ten of them:
 * both grow with the paste, so a scan of either per cell shows as a product.
 */
function workbookWith(count: number): { file: string; content: Content } {
  const content = template('managed-services');
  const newId = counterIds('generated');
  const matrix = content.matrices[0]!;
  const phase = matrix.phases[0]!;
  for (let i = 0; i < count; i++)
    phase.activities.push({ id: newId(), title: `Generated activity ${i}`, description: null, cells: [] });
  for (let i = 0; i < count / 10; i++) {
    const party = { id: newId(), name: `Generated party ${i}`, group: null, kind: 'other' as const };
    content.parties.push(party);
    matrix.partyIds.push(party.id);
  }
  const file = join(tempDir(), `cost-${count}.engagement`);
  createWorkbook(file, content);
  return { file, content };
}

afterEach(() => vi.restoreAllMocks());

describe('a call costs its size plus one pass over the matrix', () => {
  /** Rows read by one cells.set of `count` cells, each naming its activity and party as the callers say. */
  async function paste(
    count: number,
    nameActivity: (activity: { id: string; title: string }) => string,
    nameParty: (name: string) => string,
  ): Promise<number> {
    const { file, content } = workbookWith(count);
    const matrix = content.matrices[0]!;
    const party = content.parties.find((p) => p.id === matrix.partyIds[0])!;
    const generated = matrix.phases[0]!.activities.filter((a) => a.title.startsWith('Generated'));
    const host = createHost({ watchIntervalMs: 0 });
    try {
      const docId = host.open(file);
      await host.dispatch('document.snapshot', { docId });
      const cells = Array.from({ length: count }, (_, i) => ({
        activityId: nameActivity(generated[i]!),
        partyId: nameParty(party.name),
        roles: [i % 2 ? 'c' : 'A'],
      }));
      let reply: Awaited<ReturnType<typeof host.dispatch>> | undefined;
      const rows = await rowsRead(async () => {
        reply = await host.dispatch('cells.set', { docId, matrixId: matrix.title, reason: 'paste', cells });
      });
      expect(reply, JSON.stringify(reply).slice(0, 300)).toMatchObject({ ok: true, result: { count } });
      return rows;
    } finally {
      host.close();
    }
  }

  it('cells.set by activity title: doubling the paste and the matrix doubles the rows read', async () => {
    const small = await paste(
      300,
      (a) => a.title,
      (name) => name,
    );
    const large = await paste(
      600,
      (a) => a.title,
      (name) => name,
    );
    // A scan per cell reads count × activities rows: 4× when both double. Linear work is 2× (plus a constant).
    expect(large / small).toBeLessThan(2.5);
    expect(large).toBeLessThan(600 * 12);
  });

  it('party names in many spellings are still resolved from one read of the columns', async () => {
    let n = 0;
    // Every cell spells the party differently (case and spacing), so no per-spelling cache can hide a scan.
    const spelled = (name: string) => `${' '.repeat(++n)}${n % 2 ? name.toUpperCase() : name.toLowerCase()}`;
    // Activities by id, so only the party look-ups can make the count grow faster than the paste.
    const small = await paste(300, (a) => a.id, spelled);
    const large = await paste(600, (a) => a.id, spelled);
    expect(large / small).toBeLessThan(2.5);
  });

  it('activities.add with cells of existing activities named by title reads the matrix once', async () => {
    const rowsFor = async (count: number) => {
      const { file, content } = workbookWith(count);
      const matrix = content.matrices[0]!;
      const host = createHost({ watchIntervalMs: 0 });
      try {
        const docId = host.open(file);
        await host.dispatch('document.snapshot', { docId });
        const cells = Array.from({ length: count }, (_, i) => ({
          activityId: `Generated activity ${i}`,
          partyId: matrix.partyIds[1]!,
          roles: ['A'],
        }));
        const rows = [{ title: 'Pasted row', cells: [{ partyId: matrix.partyIds[0]!, roles: ['O'] }] }];
        let reply: Awaited<ReturnType<typeof host.dispatch>> | undefined;
        const read = await rowsRead(async () => {
          reply = await host.dispatch('activities.add', {
            docId,
            matrixId: matrix.id,
            phaseId: matrix.phases[0]!.id,
            rows,
            cells,
          });
        });
        expect(reply, JSON.stringify(reply).slice(0, 300)).toMatchObject({ ok: true });
        return read;
      } finally {
        host.close();
      }
    };
    const small = await rowsFor(300);
    const large = await rowsFor(600);
    expect(large / small).toBeLessThan(2.5);
  });
});
