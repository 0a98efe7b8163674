// The page's document store against a real API host in this process: a keypress paints before the host answers and is
// rolled back when the host refuses it; another tab's edits arrive as records and are applied without a reload; another
// program's change reloads. Plus the two pieces it is made of: ordering by change number, and the optimistic overlay.
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost, type Host } from '../electron/services/api/host';
import { createWorkbook, setCell, withWorkbook } from '../electron/services/store';
import { ApiCallError } from '../renderer/src/api';
import { DocumentStore } from '../renderer/src/store/document-store';
import { Overlay } from '../renderer/src/store/overlay';
import { Sequencer } from '../renderer/src/store/sequencer';
import type { ApiClient } from '../shared/api/contract';
import type { RecordChange } from '../shared/domain/records';
import { tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

/** A page's connection to `host`: its calls (counted by method) and its events. */
function page(host: Host, docId: string) {
  const calls: string[] = [];
  const api = (async (method: string, args: unknown) => {
    calls.push(method);
    const reply = await host.dispatch(method, args);
    if (!reply.ok) throw new ApiCallError(reply.error);
    return reply.result;
  }) as ApiClient;
  const store = new DocumentStore(api, docId, 'en');
  const stop = host.subscribe((event) => store.hostEvent(event));
  onTestFinished(stop);
  return { store, calls };
}

function setUp(watchIntervalMs = 0) {
  const file = join(tempDir(), 'store.engagement');
  const content = template('managed-services');
  createWorkbook(file, content);
  const host = createHost({ watchIntervalMs });
  onTestFinished(() => host.close());
  const docId = host.open(file);
  const matrix = content.matrices[0]!;
  const activity = matrix.phases[0]!.activities[0]!;
  const partyId = matrix.partyIds[1]!;
  const rolesIn = (store: DocumentStore) =>
    store.getState()!.content.matrices[0]!.phases[0]!.activities[0]!.cells.find((c) => c.partyId === partyId)?.roles ?? [];
  return { file, host, docId, matrix, activity, partyId, rolesIn };
}

describe('the document store', () => {
  it("shows another window's new revision, and an import's returned one, without reloading", async () => {
    const { host, docId } = setUp();
    const mine = page(host, docId);
    const other = page(host, docId);
    await mine.store.load();
    await other.store.load();
    expect(other.store.getState()!.revisions).toEqual([]);
    const answer = (await host.dispatch('revision.create', { docId, label: 'v1' })) as { ok: boolean };
    expect(answer.ok).toBe(true);
    expect(other.store.getState()!.revisions.map((r) => [r.label, r.status])).toEqual([['v1', 'draft']]);
    await host.dispatch('revision.setStatus', { docId, revision: 'v1', status: 'sent' });
    expect(other.store.getState()!.revisions.map((r) => [r.label, r.status])).toEqual([['v1', 'sent']]);
    expect(other.calls).toEqual(['document.snapshot']); // taken from the event, not a reload
  });

  it('paints a keypress before the host answers, and keeps it when the host agrees', async () => {
    const { host, docId, matrix, activity, partyId, rolesIn } = setUp();
    const { store, calls } = page(host, docId);
    await store.load();
    const sent = store.setRoles(matrix.id, activity.id, partyId, ['A']);
    expect(rolesIn(store)).toEqual(['A']); // painted now, the answer is still on its way
    await sent;
    expect(rolesIn(store)).toEqual(['A']);
    expect(calls).toEqual(['document.snapshot', 'cell.set']); // no reload after the edit
    expect(describeStep(store.getState()!.history.undo ?? '')).toMatch(/to A$/);
  });

  it('rolls a keypress back when the host refuses it, and says why', async () => {
    const { host, docId, matrix, activity, partyId, rolesIn } = setUp();
    const { store } = page(host, docId);
    await store.load();
    const before = rolesIn(store);
    const sent = store.setRoles(matrix.id, activity.id, partyId, ['Z']);
    expect(rolesIn(store)).toEqual(['Z']);
    await expect(sent).rejects.toMatchObject({ body: { code: 'invalid-argument' } });
    expect(rolesIn(store)).toEqual(before);
  });

  it('keeps the newer of two quick keypresses on one cell painted while the first is answered', async () => {
    const { host, docId, matrix, activity, partyId, rolesIn } = setUp();
    const { store } = page(host, docId);
    await store.load();
    const seen: string[][] = [];
    store.subscribe(() => seen.push(rolesIn(store)));
    const first = store.setRoles(matrix.id, activity.id, partyId, ['A']);
    const second = store.setRoles(matrix.id, activity.id, partyId, ['O']);
    await Promise.all([first, second]);
    expect(seen.slice(1)).toEqual(seen.slice(1).map(() => ['O'])); // never back to A once O was pressed
    expect(rolesIn(store)).toEqual(['O']);
  });

  it('applies another tab’s edits from their records, and findings follow, without reloading', async () => {
    const { host, docId, matrix, activity, partyId, rolesIn } = setUp();
    const mine = page(host, docId);
    const theirs = page(host, docId);
    await Promise.all([mine.store.load(), theirs.store.load()]);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the first check of the rules runs after the first paint
    await theirs.store.setRoles(matrix.id, activity.id, partyId, ['O']); // a second Owner: a finding
    await theirs.store.edit('activity.rename', { docId, matrixId: matrix.id, activityId: activity.id, title: 'Region choice' });
    expect(rolesIn(mine.store)).toEqual(['O']);
    expect(mine.store.getState()!.content.matrices[0]!.phases[0]!.activities[0]!.title).toBe('Region choice');
    expect(mine.store.getState()!.findings!.map((f) => f.message)).toContain(
      '"Region choice" has 2 parties marked Owner (Customer, Partner); there must be exactly one.',
    );
    expect(mine.calls).toEqual(['document.snapshot']);
  });

  it('reloads when another program changes the file', async () => {
    const { file, host, docId, matrix, activity, partyId, rolesIn } = setUp(20);
    const { store, calls } = page(host, docId);
    await store.load();
    withWorkbook(file, (w) => setCell(w.db, { matrix: matrix.id, activity: activity.id, party: partyId, roles: ['A'] }));
    await expect.poll(() => rolesIn(store), { timeout: 5_000 }).toEqual(['A']);
    expect(calls).toEqual(['document.snapshot', 'document.snapshot']);
  });
});

const cell = (roles: string[]): RecordChange => ({
  table: 'cells',
  key: ['a', 'p'],
  value: { activityId: 'a', partyId: 'p', roles, note: null },
});

describe('ordering by change number', () => {
  it('applies the next change, ignores one it has, holds an early one and reloads for another program’s', () => {
    const order = new Sequencer();
    order.reset(4);
    expect(order.accept(5, [cell(['A'])])).toEqual({ apply: [[cell(['A'])]], reload: false, waiting: false });
    expect(order.accept(5, [cell(['A'])])).toEqual({ apply: [], reload: false, waiting: false });
    expect(order.accept(7, [cell(['C'])])).toEqual({ apply: [], reload: false, waiting: true });
    expect(order.accept(6, [cell(['O'])])).toEqual({ apply: [[cell(['O'])], [cell(['C'])]], reload: false, waiting: false });
    expect(order.seq).toBe(7);
    expect(order.accept(8, null)).toEqual({ apply: [], reload: true, waiting: false });
    // A reload up to 8 clears it; what came after still applies.
    order.accept(9, [cell(['I'])]);
    expect(order.reset(8)).toEqual({ apply: [[cell(['I'])]], reload: false, waiting: false });
  });

  it('keeps what came while loading, and applies what the load did not include', () => {
    const order = new Sequencer();
    order.hold(3, [cell(['A'])]);
    order.hold(4, [cell(['C'])]);
    // The snapshot was read after change 3: only change 4 applies on top of it.
    expect(order.reset(3)).toEqual({ apply: [[cell(['C'])]], reload: false, waiting: false });
    expect(order.seq).toBe(4);
  });
});

describe('the optimistic overlay', () => {
  it('holds a record while edits on it are on their way, and settles on the host’s word', () => {
    const overlay = new Overlay();
    const present = () => cell(['R']);
    overlay.hold([cell(['A'])], present);
    overlay.hold([cell(['O'])], present);
    // What the host says about a held record is kept aside, not shown.
    expect(overlay.filter([cell(['A'])])).toEqual([]);
    expect(overlay.release([cell(['A'])])).toEqual([]); // still held by the second edit
    expect(overlay.filter([cell(['O'])])).toEqual([]);
    expect(overlay.release([cell(['O'])])).toEqual([]); // the host agreed with what is shown: nothing to render again
    overlay.hold([cell(['A'])], present);
    expect(overlay.filter([cell(['I'])])).toEqual([]); // another window set I meanwhile
    expect(overlay.release([cell(['A'])])).toEqual([cell(['I'])]);
    // A refused edit settles on the value from before it.
    overlay.hold([cell(['C'])], () => cell(['O']));
    expect(overlay.release([cell(['C'])])).toEqual([cell(['O'])]);
  });
});
