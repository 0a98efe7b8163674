// The client round trip inside the app: a returned export uploaded to the real host, planned, checked and applied change
// by change (import.plan / import.check / import.apply), as the review screen does it.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createRevision, createWorkbook, readContent, readDocument, withWorkbook } from '../electron/services/store';
import { exportXlsx } from '../electron/services/xlsx/export';
import { CHUNK_BYTES } from '../shared/api/methods/transfer';
import { clone } from '../shared/domain/clone';
import type { Content } from '../shared/domain/document';
import { tempDir, template } from './helpers';
import { editWithOpenpyxl } from './xlsx-helpers';
import { describeStep } from '../shared/i18n/step-labels';

const ROLES = 'Roles and responsibilities';
const TODAY = new Date().toISOString().slice(0, 10);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Result = any;

/** A workbook with a "sent" revision v1, its export, and the host with the workbook open. */
async function sentWorkbook(start: Content) {
  const dir = tempDir();
  const file = join(dir, 'acme.engagement');
  createWorkbook(file, start);
  withWorkbook(file, (w) => createRevision(w.db, 'v1', 'sent'));
  const xlsx = join(dir, 'v1.xlsx');
  await exportXlsx(withWorkbook(file, readDocument), xlsx, { revision: 'v1' });
  const host = createHost({ watchIntervalMs: 0 });
  onTestFinished(() => host.close());
  const docId = host.open(file);
  const dispatch = (method: string, payload: unknown) => host.dispatch(method, payload);
  const call = async (method: string, payload: unknown): Promise<Result> => {
    const reply = await dispatch(method, payload);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
    return reply.result;
  };
  /** Uploads `path` in chunks, as the page does, and plans it as a returned export of the open workbook. */
  const plan = async (path: string): Promise<Result> => {
    const bytes = readFileSync(path);
    const { uploadId } = await call('upload.begin', { name: basename(path), size: bytes.length });
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      const data = bytes.subarray(offset, offset + CHUNK_BYTES).toString('base64');
      await call('upload.write', { uploadId, offset, data });
    }
    return call('import.plan', { uploadId, docId });
  };
  const content = () => withWorkbook(file, (w) => readContent(w.db));
  return { dir, file, xlsx, docId, dispatch, call, plan, content };
}

function ids(content: Content) {
  const matrix = content.matrices[0]!;
  const party = (name: string) => content.parties.find((p) => p.name === name)!.id;
  const activity = (title: string) => matrix.phases.flatMap((p) => p.activities).find((a) => a.title === title)!;
  return { matrix, party, activity };
}

/** Sets one cell of `content` in place, keeping cells in column order. */
function setCell(content: Content, activityId: string, partyId: string, cell: { roles?: string[]; note?: string | null }) {
  const matrix = content.matrices.find((m) => m.phases.some((p) => p.activities.some((a) => a.id === activityId)))!;
  const activity = matrix.phases.flatMap((p) => p.activities).find((a) => a.id === activityId)!;
  const existing = activity.cells.find((c) => c.partyId === partyId);
  if (existing) Object.assign(existing, cell);
  else activity.cells.push({ partyId, roles: cell.roles ?? [], note: cell.note ?? null });
  activity.cells.sort((a, b) => matrix.partyIds.indexOf(a.partyId) - matrix.partyIds.indexOf(b.partyId));
}

describe('reviewing a returned export in the app', () => {
  it('plans, checks, refuses a stale apply, applies accepted changes as one undo step, and recognises the file again', async () => {
    const wb = await sentWorkbook(template('managed-services'));
    const { matrix, party, activity } = ids(wb.content());
    const cloud = activity('Cloud region selection').id;
    const instance = activity('Instance provisioning').id;
    const [customer, partner, cse] = [party('Customer'), party('Partner'), party('Customer Success Engineer')];
    const signatory = wb.content().signatories.find((s) => s.partyId === customer)!.id;

    const returned = join(wb.dir, 'returned.xlsx');
    editWithOpenpyxl(wb.xlsx, returned, [
      { op: 'set', sheet: ROLES, cell: 'D7', value: 'Owner' }, // Cloud region selection › Partner: C → O
      { op: 'set', sheet: ROLES, cell: 'E7', value: 'maybe?' }, // not a role: skipped, never dropped silently
      { op: 'set', sheet: ROLES, cell: 'G7', value: 'Customer: Please confirm the region with legal' }, // Notes column
      { op: 'set', sheet: ROLES, cell: 'C8', value: 'Bidragsgivare' }, // Swedish for Contributor, in an English workbook
      { op: 'set', sheet: 'Sign-off', cell: 'C6', value: 'Anna Client' },
    ]);
    // Meanwhile we set the same Instance provisioning cell differently: a conflict.
    await wb.call('cell.set', { docId: wb.docId, matrixId: matrix.id, activityId: instance, partyId: customer, roles: ['A'] });

    const plan = await wb.plan(returned);
    expect(plan).toMatchObject({
      kind: 'returned',
      fileName: 'returned.xlsx',
      exported: { label: 'v1', status: 'sent' },
      verify: { unchanged: false, differences: 4 },
      baseSource: 'revision',
      notices: [],
      alreadyImported: null,
    });
    const where = (activityTitle: string, partyName: string) => `${ROLES} › ${activityTitle} › ${partyName}`;
    const cell = { matrix: ROLES, phase: 'Provisioning', field: null };
    expect(plan.changes).toEqual([
      {
        id: `note|${cloud}|${customer}`,
        kind: 'cell-note',
        ...cell,
        activity: 'Cloud region selection',
        party: 'Customer',
        where: where('Cloud region selection', 'Customer'),
        before: null,
        after: 'Please confirm the region with legal',
        conflict: false,
      },
      {
        id: `roles|${cloud}|${partner}`,
        kind: 'cell-roles',
        ...cell,
        activity: 'Cloud region selection',
        party: 'Partner',
        where: where('Cloud region selection', 'Partner'),
        before: ['C'],
        after: ['O'],
        conflict: false,
      },
      {
        id: `roles|${instance}|${customer}`,
        kind: 'cell-roles',
        ...cell,
        activity: 'Instance provisioning',
        party: 'Customer',
        where: where('Instance provisioning', 'Customer'),
        before: [],
        after: ['C'],
        ours: ['A'],
        conflict: true,
      },
      {
        id: `signatory|${signatory}|name`,
        kind: 'signoff-filled',
        matrix: null,
        phase: null,
        activity: null,
        party: 'Customer',
        field: 'name',
        where: 'Customer › name',
        before: '',
        after: 'Anna Client',
        conflict: false,
      },
    ]);
    expect(plan.skipped).toEqual([
      {
        where: `sheet "${ROLES}" E7 (Cloud region selection › Customer Success Engineer)`,
        text: 'maybe?',
        reason: '"maybe?" is not a role in Owner / Contributor / Advisor; its roles were left as they were',
      },
    ]);

    // The person rejects the sign-off name and accepts the rest, the conflict explicitly (theirs over ours).
    const accept = plan.changes.filter((c: { kind: string }) => c.kind !== 'signoff-filled').map((c: { id: string }) => c.id);
    const twoOwners = (findings: Array<{ rule: string; location: { activityId?: string } }>) =>
      findings.filter((f) => f.rule === 'multiple-accountable' && f.location.activityId === cloud);
    expect(twoOwners((await wb.call('import.check', { planId: plan.planId, accept })).findings)).toHaveLength(1);
    expect(twoOwners((await wb.call('import.check', { planId: plan.planId, accept: [] })).findings)).toEqual([]);

    // Another edit after the plan: applying is refused and changes nothing.
    await wb.call('cell.set', { docId: wb.docId, matrixId: matrix.id, activityId: cloud, partyId: cse, roles: ['C'] });
    const before = wb.content();
    const stale = await wb.dispatch('import.apply', { planId: plan.planId, accept });
    expect(stale).toEqual({
      ok: false,
      error: {
        code: 'stale',
        message: 'returned.xlsx: the workbook changed since this file was read; nothing was applied, import it again',
      },
    });
    expect(wb.content()).toEqual(before);
    expect(withWorkbook(wb.file, readDocument).revisions.map((r) => r.status)).toEqual(['sent']);

    // Planned again, the same changes apply as one undo step with a "returned" revision.
    const again = await wb.plan(returned);
    expect(again.changes.map((c: { id: string }) => c.id)).toEqual(plan.changes.map((c: { id: string }) => c.id));
    const applied = await wb.call('import.apply', { planId: again.planId, accept });
    expect(applied).toMatchObject({
      changed: true,
      applied: 3,
      revision: { label: `v1 returned ${TODAY}` },
      history: { redo: null },
    });
    expect(describeStep(applied.history.undo)).toBe('Import v1 returned by the client');
    expect(applied.changes.map((c: { table: string }) => c.table).sort()).toEqual(['cells', 'cells', 'cells']);
    const expected = clone(before);
    setCell(expected, cloud, customer, { note: 'Please confirm the region with legal' });
    setCell(expected, cloud, partner, { roles: ['O'] });
    setCell(expected, instance, customer, { roles: ['C'] });
    const doc = withWorkbook(wb.file, readDocument);
    expect(wb.content()).toEqual(expected);
    expect(doc.revisions.map((r) => [r.label, r.status])).toEqual([
      ['v1', 'sent'],
      [`v1 returned ${TODAY}`, 'returned'],
    ]);
    await expect(wb.dispatch('import.apply', { planId: again.planId, accept })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });

    // One undo step takes all of it back.
    const undone = await wb.call('history.undo', { docId: wb.docId });
    expect(describeStep(undone.history.undo)).toBe('Set Cloud region selection — Customer Success Engineer to C');
    expect(wb.content()).toEqual(before);
    await wb.call('history.redo', { docId: wb.docId });

    // The same file again: imported before, nothing left to apply — not even what the person rejected.
    const third = await wb.plan(returned);
    expect(third).toMatchObject({ changes: [], alreadyImported: { revision: `v1 returned ${TODAY}` } });
    expect(third.alreadyImported.date.slice(0, 10)).toBe(TODAY);
    expect(await wb.call('import.apply', { planId: third.planId, accept: [] })).toMatchObject({
      changed: false,
      applied: 0,
      revision: null,
    });
    expect(withWorkbook(wb.file, readDocument).revisions).toHaveLength(2);
  });

  it('takes "all but these" for the accepted changes, the form the page sends when most are kept', async () => {
    const wb = await sentWorkbook(template('managed-services'));
    const returned = join(wb.dir, 'returned.xlsx');
    editWithOpenpyxl(wb.xlsx, returned, [
      { op: 'set', sheet: ROLES, cell: 'D7', value: 'Owner' },
      { op: 'set', sheet: ROLES, cell: 'C8', value: 'Advisor' },
      { op: 'set', sheet: 'Sign-off', cell: 'C6', value: 'Anna Client' },
    ]);
    const plan = await wb.plan(returned);
    const all: string[] = plan.changes.map((c: { id: string }) => c.id);
    const rejected = plan.changes.find((c: { kind: string }) => c.kind === 'signoff-filled').id;
    const named = all.filter((id) => id !== rejected);
    expect(named.length).toBeGreaterThan(1);

    const byName = await wb.call('import.check', { planId: plan.planId, accept: named });
    expect(await wb.call('import.check', { planId: plan.planId, accept: { allExcept: [rejected] } })).toEqual(byName);
    // A rejected id that is not a change of the plan is refused like an accepted one.
    await expect(
      wb.dispatch('import.apply', { planId: plan.planId, accept: { allExcept: ['no-such-change'] } }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });

    const applied = await wb.call('import.apply', { planId: plan.planId, accept: { allExcept: [rejected] } });
    expect(applied).toMatchObject({ changed: true, applied: named.length });
    expect(wb.content().signatories.map((s) => s.name)).not.toContain('Anna Client');
  });

  it('shows added rows and columns, scope and providers in words a person reads', async () => {
    const wb = await sentWorkbook(template('managed-services'));
    const returned = join(wb.dir, 'returned.xlsx');
    editWithOpenpyxl(wb.xlsx, returned, [
      { op: 'insert_row', sheet: ROLES, row: 8, values: { B: 'Data migration', C: 'O' } },
      { op: 'insert_col', sheet: ROLES, column: 'F', values: { '5': 'Auditor', '7': 'A' } },
      { op: 'set', sheet: 'Support scope', cell: 'C4', value: '320 hours per month' },
      { op: 'set', sheet: 'Support scope', cell: 'D40', value: 'Partner' },
    ]);
    const plan = await wb.plan(returned);
    const shown = plan.changes.map((c: Result) => [c.kind, c.matrix, c.phase, c.activity, c.party, c.field, c.before, c.after]);
    expect(shown).toEqual([
      ['scope-changed', null, null, null, null, 'capacityHoursPerMonth', 480, 320],
      ['scope-changed', null, null, 'Architecture audit and recommendations', null, 'provider', 'Managed Services', 'Partner'],
      ['party-added', ROLES, null, null, 'Auditor', null, null, 'Auditor'],
      ['activity-added', ROLES, 'Provisioning', 'Data migration', null, null, null, 'Data migration'],
    ]);
    // Read again, the file is the same client's version: the added row and column keep their ids.
    const again = await wb.plan(returned);
    expect(again.changes.map((c: Result) => c.id)).toEqual(plan.changes.map((c: Result) => c.id));
    const applied = await wb.call('import.apply', { planId: again.planId, accept: again.changes.map((c: Result) => c.id) });
    expect(applied.applied).toBe(4);
    const doc = withWorkbook(wb.file, readDocument);
    expect(doc.scope?.capacityHoursPerMonth).toBe(320);
    expect(doc.matrices[0]!.phases[0]!.activities[1]!.title).toBe('Data migration');
    expect(doc.parties.map((p) => p.name)).toContain('Auditor');
  });

  it('reads full words and combinations in the RACI vocabulary, and accepting nothing records nothing', async () => {
    const content = template('raci');
    const activities = ['Design', 'Build', 'Run'].map((title, i) => ({ id: `a${i}`, title, description: null, cells: [] }));
    content.matrices[0]!.phases = [{ id: 'ph', title: 'Delivery', activities }];
    const wb = await sentWorkbook(content);
    const returned = join(wb.dir, 'returned.xlsx');
    // Customer and Provider are C and D; the phase band is row 6.
    editWithOpenpyxl(wb.xlsx, returned, [
      { op: 'set', sheet: 'RACI matrix', cell: 'C7', value: 'Responsible / Accountable' },
      { op: 'set', sheet: 'RACI matrix', cell: 'D7', value: 'Informé' },
      { op: 'set', sheet: 'RACI matrix', cell: 'C8', value: 'Accountable & Responsible' },
      { op: 'set', sheet: 'RACI matrix', cell: 'D8', value: 'R+A' },
      { op: 'set', sheet: 'RACI matrix', cell: 'C9', value: 'Utförande och Geraadpleegd' },
    ]);
    const plan = await wb.plan(returned);
    expect(plan.skipped).toEqual([]);
    expect(plan.changes.map((c: { activity: string; party: string; after: string[] }) => [c.activity, c.party, c.after])).toEqual(
      [
        ['Design', 'Customer', ['R', 'A']],
        ['Design', 'Provider', ['I']],
        ['Build', 'Customer', ['R', 'A']],
        ['Build', 'Provider', ['R', 'A']],
        ['Run', 'Customer', ['R', 'C']],
      ],
    );
    const before = wb.content();
    expect(await wb.call('import.apply', { planId: plan.planId, accept: [] })).toMatchObject({
      changed: false,
      applied: 0,
      revision: null,
    });
    expect(wb.content()).toEqual(before);
    expect(withWorkbook(wb.file, readDocument).revisions).toHaveLength(1);
  });
});
