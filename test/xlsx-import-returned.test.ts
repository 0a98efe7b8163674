import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../shared/merge/changes';
import { readExportMeta } from '../electron/services/xlsx/import/meta';
import { readXlsxGrid } from '../electron/services/xlsx/import/read-grid';
import { readXlsxWithExportMeta } from '../electron/services/xlsx/import/read-export';
import { readReturned } from '../electron/services/xlsx/import/returned';
import { cli, sha256File, tempDir } from './helpers';
import { editWithOpenpyxl, libreoffice } from './xlsx-helpers';

const ROLES = 'Roles and responsibilities';

/** A workbook and its export, as the client receives it. */
async function sent(dir: string, ...exportArgs: string[]) {
  const workbook = join(dir, 'acme.engagement');
  expect((await cli('new', '--template', 'managed-services', '--out', workbook, '--client', 'ACME')).code).toBe(0);
  const xlsx = join(dir, 'acme.xlsx');
  expect((await cli('export', workbook, '--out', xlsx, ...exportArgs)).code).toBe(0);
  return { workbook, xlsx };
}

/** A sent workbook and its export as the client returns it, edited with openpyxl. */
async function returned(operations: readonly Record<string, unknown>[]) {
  const dir = tempDir();
  const { workbook, xlsx } = await sent(dir);
  const edited = join(dir, 'returned.xlsx');
  editWithOpenpyxl(xlsx, edited, operations);
  return { workbook, edited };
}

interface DryRun {
  changes: Change[];
  notices: string[];
  skipped: Array<{ where: string; text: string; reason: string }>;
  baseSource: string;
}

async function dryRun(file: string, workbook: string): Promise<DryRun> {
  const run = await cli('import', file, '--into', workbook, '--dry-run', '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const summary = (changes: Change[]) => changes.map((c) => [c.kind, c.where, c.before, c.after, c.conflict]);

describe('returned workbook: our own export edited by the client', () => {
  it('an untouched export verifies as unchanged and imports no change', async () => {
    const { workbook, xlsx } = await sent(tempDir());
    const verify = await cli('verify', xlsx, '--against', workbook);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/exported from revision "Current draft" \(draft\)/);
    expect(verify.stdout).toMatch(/Unchanged/);
    expect((await dryRun(xlsx, workbook)).changes).toEqual([]);
  });

  it('lists exactly the changes made with openpyxl: cells, a note, sorted rows, an inserted row, a renamed sheet, sign-off', async () => {
    const dir = tempDir();
    const { workbook, xlsx } = await sent(dir);
    const edited = join(dir, 'returned.xlsx');
    editWithOpenpyxl(xlsx, edited, [
      { op: 'set', sheet: ROLES, cell: 'C7', value: 'C' },
      { op: 'set', sheet: ROLES, cell: 'D7', value: 'o' },
      { op: 'note', sheet: ROLES, cell: 'E8', text: 'Please confirm' },
      { op: 'sort', sheet: ROLES, first: 7, last: 13, column: 'B', reverse: true },
      { op: 'insert_row', sheet: ROLES, row: 16, values: { B: 'Data migration', C: 'O', D: 'C' } },
      { op: 'rename', sheet: ROLES, to: 'RACI (reviewed)' },
      { op: 'set', sheet: 'Sign-off', cell: 'C6', value: 'Anna Client' },
      { op: 'set', sheet: 'Sign-off', cell: 'C9', value: '2026-12-01' },
    ]);
    const before = sha256File(workbook);
    const { changes, notices, baseSource } = await dryRun(edited, workbook);
    expect(sha256File(workbook)).toBe(before);
    expect(notices).toEqual([]);
    expect(baseSource).toBe('file');
    expect(summary(changes)).toEqual([
      ['cell-roles', `${ROLES} › Cloud region selection › Customer`, ['O'], ['C'], false],
      ['cell-roles', `${ROLES} › Cloud region selection › Partner`, ['C'], ['O'], false],
      ['cell-note', `${ROLES} › Instance provisioning › Customer Success Engineer`, null, 'Please confirm', false],
      ['signoff-filled', 'Customer › name', '', 'Anna Client', false],
      ['signoff-filled', 'Customer › date', null, '2026-12-01', false],
      ['activity-added', `${ROLES} › Data migration`, null, expect.objectContaining({ title: 'Data migration' }), false],
    ]);
    const added = changes.find((c) => c.kind === 'activity-added')!;
    expect((added.after as { cells: unknown[] }).cells).toEqual([
      { partyId: expect.any(String), roles: ['O'], note: null },
      { partyId: expect.any(String), roles: ['C'], note: null },
    ]);
  });

  it('reads the same changes after LibreOffice re-saves the edited file', async () => {
    const dir = tempDir();
    const { workbook, xlsx } = await sent(dir);
    const edited = join(dir, 'edited.xlsx');
    editWithOpenpyxl(xlsx, edited, [
      { op: 'set', sheet: ROLES, cell: 'E9', value: 'C' },
      { op: 'delete_row', sheet: ROLES, row: 10 },
    ]);
    const [resaved] = libreoffice(edited, join(dir, 'lo'), 'xlsx');
    const { changes } = await dryRun(resaved!, workbook);
    expect(summary(changes)).toEqual([
      ['cell-roles', `${ROLES} › Internal network configuration and security › Customer Success Engineer`, ['O'], ['C'], false],
      [
        'activity-removed',
        `${ROLES} › Commerce application provisioning`,
        expect.objectContaining({ title: 'Commerce application provisioning' }),
        null,
        false,
      ],
    ]);
  });

  it('applies what does not conflict as one undoable step, keeps our conflicting edit, and records a returned revision', async () => {
    const dir = tempDir();
    const { workbook, xlsx } = await sent(dir);
    const edited = join(dir, 'returned.xlsx');
    editWithOpenpyxl(xlsx, edited, [
      { op: 'set', sheet: ROLES, cell: 'C7', value: 'C' },
      { op: 'set', sheet: ROLES, cell: 'D7', value: 'O' },
      { op: 'set', sheet: ROLES, cell: 'E9', value: 'A' },
    ]);
    // Meanwhile we changed the same Customer cell differently, and the E9 cell the same way.
    await cli('set', workbook, '--matrix', ROLES, '--activity', 'Cloud region selection', '--party', 'Customer', '--roles', 'A');
    await cli(
      'set',
      workbook,
      '--matrix',
      ROLES,
      '--activity',
      'Internal network configuration and security',
      '--party',
      'Customer Success Engineer',
      '--roles',
      'A',
    );
    const { changes } = await dryRun(edited, workbook);
    expect(changes.filter((c) => c.conflict).map((c) => [c.where, c.before, c.after, c.ours])).toEqual([
      [`${ROLES} › Cloud region selection › Customer`, ['O'], ['C'], ['A']],
    ]);
    expect(changes.map((c) => c.where)).not.toContain(
      `${ROLES} › Internal network configuration and security › Customer Success Engineer`,
    );

    const apply = await cli('import', edited, '--into', workbook);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toMatch(
      /1 changes applied, 1 conflicts left as they are; revision "Current draft returned \d{4}-\d{2}-\d{2}" recorded/,
    );
    const doc = JSON.parse((await cli('show', workbook, '--json')).stdout);
    const cloud = doc.matrices[0].phases[0].activities[0];
    expect(cloud.cells.map((c: { roles: string[] }) => c.roles)).toEqual([['A'], ['O'], ['A']]);
    expect(doc.revisions.map((r: { status: string }) => r.status)).toEqual(['returned']);
    expect((await cli('undo', workbook)).stdout).toMatch(/^Undid: Import Current draft returned by the client/);
    const undone = JSON.parse((await cli('show', workbook, '--json')).stdout);
    expect(undone.matrices[0].phases[0].activities[0].cells.map((c: { roles: string[] }) => c.roles)).toEqual([
      ['A'],
      ['C'],
      ['A'],
    ]);
  });

  it('reads notes typed into the printed Notes column, party by party, and keeps text that names no party', async () => {
    const { workbook, edited } = await returned([
      { op: 'set', sheet: ROLES, cell: 'G7', value: 'Customer: Please confirm the region' },
      {
        op: 'set',
        sheet: 'Upgrade',
        cell: 'H7',
        value: 'Managed Services: Shares an upgrade plan template.\ncustomer:  We write the plan ourselves\nwith our architect',
      },
      { op: 'set', sheet: 'Upgrade', cell: 'H8', value: 'Ask us first' },
    ]);
    const { changes, notices } = await dryRun(edited, workbook);
    const create = 'Upgrade › Create the upgrade project plan';
    const determine = 'Upgrade › Determine the infrastructure changes needed';
    expect(summary(changes)).toEqual([
      ['cell-note', `${ROLES} › Cloud region selection › Customer`, null, 'Please confirm the region', false],
      ['cell-note', `${create} › Customer`, null, 'We write the plan ourselves\nwith our architect', false],
      [
        'cell-note',
        `${create} › Managed Services`,
        'Shares an upgrade plan template and worked examples, and advises on good practice.',
        'Shares an upgrade plan template.',
        false,
      ],
      ['cell-note', `${determine} › Customer`, null, 'Ask us first', false],
      [
        'cell-note',
        `${determine} › Managed Services`,
        'Checks that staging and production are sized for the new version.',
        null,
        false,
      ],
    ]);
    expect(notices).toEqual([
      'sheet "Upgrade" H8: the note "Ask us first" names no party (write "Customer: …"); it was kept as the note of Customer',
    ]);
  });

  it('imports the same file only once, and says which findings applying added and which cells it could not read', async () => {
    const { workbook, edited } = await returned([
      { op: 'set', sheet: ROLES, cell: 'D7', value: 'Owner' },
      { op: 'set', sheet: ROLES, cell: 'E7', value: 'maybe?' },
      { op: 'set', sheet: ROLES, cell: 'C8', value: 'C' },
    ]);
    // We set the Instance provisioning cell too, differently: that conflict is left as it is, and not applied later.
    await cli('set', workbook, '--matrix', ROLES, '--activity', 'Instance provisioning', '--party', 'Customer', '--roles', 'A');
    const first = await cli('import', edited, '--into', workbook);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /1 changes applied, 1 conflicts left as they are; revision "Current draft returned [\d-]+" recorded/,
    );
    expect(first.stdout).toMatch(/Applying added 1 findings:\nerror\s+multiple-accountable\s+.*Cloud region selection/);
    expect(first.stderr).toBe(
      `skipped: sheet "${ROLES}" E7 (Cloud region selection › Customer Success Engineer): "maybe?" was not read: ` +
        '"maybe?" is not a role in Owner / Contributor / Advisor; its roles were left as they were\n',
    );
    const after = sha256File(workbook);
    const second = await cli('import', edited, '--into', workbook);
    expect(second.stdout).toMatch(/already imported on [\d-]+ \(revision "Current draft returned [\d-]+"\); nothing to apply/);
    const json = JSON.parse((await cli('import', edited, '--into', workbook, '--json')).stdout);
    expect(json).toMatchObject({ changes: [], applied: 0, revision: null, alreadyImported: { revision: expect.any(String) } });
    expect(sha256File(workbook)).toBe(after);
    const doc = JSON.parse((await cli('show', workbook, '--json')).stdout);
    expect(doc.revisions.map((r: { status: string }) => r.status)).toEqual(['returned']);
  });

  it('reads a party column the client inserted, with its roles, and a renamed party', async () => {
    const dir = tempDir();
    const { workbook, xlsx } = await sent(dir);
    const edited = join(dir, 'returned.xlsx');
    editWithOpenpyxl(xlsx, edited, [
      { op: 'insert_col', sheet: ROLES, column: 'F', values: { '5': 'Auditor', '7': 'A', '8': 'a' } },
      { op: 'set', sheet: ROLES, cell: 'D5', value: 'Implementation partner' },
    ]);
    const { changes } = await dryRun(edited, workbook);
    expect(summary(changes)).toEqual([
      ['party-renamed', 'Implementation partner', 'Partner', 'Implementation partner', false],
      ['party-added', `${ROLES} › Auditor`, null, expect.objectContaining({ name: 'Auditor' }), false],
    ]);
    expect((await cli('import', edited, '--into', workbook)).code).toBe(0);
    const doc = JSON.parse((await cli('show', workbook, '--json')).stdout);
    expect(doc.parties.map((p: { name: string }) => p.name)).toContain('Auditor');
    expect(doc.matrices[0].partyIds).toHaveLength(4);
    const cloud = doc.matrices[0].phases[0].activities[0];
    expect(cloud.cells.map((c: { roles: string[] }) => c.roles)).toEqual([['O'], ['C'], ['A'], ['A']]);
  });

  it('treats removing an activity we edited since sending as a conflict', async () => {
    const dir = tempDir();
    const { workbook, xlsx } = await sent(dir);
    const edited = join(dir, 'returned.xlsx');
    editWithOpenpyxl(xlsx, edited, [{ op: 'delete_row', sheet: ROLES, row: 8 }]);
    await cli('set', workbook, '--matrix', ROLES, '--activity', 'Instance provisioning', '--party', 'Customer', '--roles', 'C');
    const { changes } = await dryRun(edited, workbook);
    expect(summary(changes)).toEqual([
      [
        'activity-removed',
        `${ROLES} › Instance provisioning`,
        expect.objectContaining({ title: 'Instance provisioning' }),
        null,
        true,
      ],
    ]);
  });

  it('uses the stored revision as base, reads scope changes, and reports unreadable codes without guessing', async () => {
    const dir = tempDir();
    const workbook = join(dir, 'acme.engagement');
    await cli('new', '--template', 'managed-services', '--out', workbook);
    await cli('revision', workbook, '--label', 'v1', '--status', 'sent');
    const xlsx = join(dir, 'v1.xlsx');
    await cli('export', workbook, '--out', xlsx, '--revision', 'v1');
    const edited = join(dir, 'returned.xlsx');
    editWithOpenpyxl(xlsx, edited, [
      { op: 'set', sheet: 'Support scope', cell: 'C4', value: '320 hours per month' },
      { op: 'set', sheet: 'Support scope', cell: 'C40', value: 'Included' },
      { op: 'set', sheet: ROLES, cell: 'C7', value: 'X' },
    ]);
    const { changes, notices, skipped, baseSource } = await dryRun(edited, workbook);
    expect(baseSource).toBe('revision');
    expect(notices).toEqual([]);
    expect(skipped).toEqual([
      {
        where: `sheet "${ROLES}" C7 (Cloud region selection › Customer)`,
        text: 'X',
        reason: '"X" is not a role in Owner / Contributor / Advisor; its roles were left as they were',
      },
    ]);
    expect(summary(changes)).toEqual([
      ['scope-changed', 'capacityHoursPerMonth', 480, 320, false],
      ['scope-changed', 'Architecture audit and recommendations › inclusion', 'optional', 'included', false],
    ]);
    const verify = await cli('verify', edited, '--against', workbook);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/exported from revision "v1" \(sent\)[\s\S]*Modified: 2 differences/);
  });

  it('refuses a file that is not our export, or comes from another workbook, and changes nothing', async () => {
    const dir = tempDir();
    const { workbook, xlsx } = await sent(dir);
    const other = join(dir, 'other.engagement');
    await cli('new', '--template', 'managed-services', '--out', other);
    const before = sha256File(other);
    const foreign = await cli('import', xlsx, '--into', other);
    expect([foreign.code, foreign.stderr]).toEqual([
      2,
      expect.stringMatching(/was exported from another workbook \(id .*\), not from .*other\.engagement/),
    ]);
    expect(sha256File(other)).toBe(before);
    const plain = join(dir, 'plain.xlsx');
    copyFileSync(join(dir, 'acme.xlsx'), plain);
    editWithOpenpyxl(plain, plain, [
      { op: 'rename', sheet: '_engagebook', to: 'Data' },
      { op: 'set', sheet: 'Data', cell: 'A1', value: 'x' },
    ]);
    const notOurs = await cli('import', plain, '--into', workbook);
    expect([notOurs.code, notOurs.stderr]).toEqual([2, expect.stringMatching(/is not an Engagebook export/)]);
  });

  it('reads the same client version whether the base copy is read in place (import --out) or copied first', async () => {
    const { edited } = await returned([
      { op: 'insert_col', sheet: ROLES, column: 'F', values: { '5': 'Auditor', '7': 'A', '8': 'a' } },
      { op: 'set', sheet: ROLES, cell: 'D5', value: 'Implementation partner' },
      { op: 'set', sheet: ROLES, cell: 'C8', value: 'C' },
      { op: 'set', sheet: ROLES, cell: 'C9', value: 'maybe?' },
    ]);
    const grid = await readXlsxGrid(edited);
    const base = readExportMeta(grid, edited)?.base;
    if (!base) throw new Error('the export carries no base copy');
    const asSent = JSON.stringify(base);
    const newId = (key: string) => `new:${key}`;
    const copied = readReturned(grid, base, newId);
    expect(JSON.stringify(base)).toBe(asSent); // without consumeBase the base is left alone
    expect(JSON.stringify(copied.theirs)).not.toBe(asSent); // the edits were read
    expect(copied.skipped).toHaveLength(1);
    const inPlace = readReturned(grid, base, newId, { consumeBase: true });
    expect(inPlace.theirs).toBe(base);
    expect(inPlace).toEqual(copied);
  });

  it('hands the metadata sheet over before the others, wherever it is, and reads the same grid and metadata', async () => {
    // The client dragged the (very hidden) metadata sheet between the others: it must go back in its place.
    const { edited } = await returned([
      { op: 'set', sheet: ROLES, cell: 'C8', value: 'C' },
      { op: 'move', sheet: '_engagebook', offset: -2 },
    ]);
    const whole = await readXlsxGrid(edited);
    const names = whole.sheets.map((s) => s.name);
    expect(names.indexOf('_engagebook')).toBeGreaterThan(0);
    expect(names.indexOf('_engagebook')).toBeLessThan(names.length - 1);
    const handedOver: string[] = [];
    const grid = await readXlsxGrid(edited, 'sheetjs', { name: '_engagebook', read: (s) => handedOver.push(s.name) });
    expect(handedOver).toEqual(['_engagebook']);
    expect(grid).toEqual(whole);
    const read = await readXlsxWithExportMeta(edited);
    expect(read.grid).toEqual(whole);
    expect(read.meta).toEqual(readExportMeta(whole, edited));
    expect(read.meta?.base).not.toBeNull();
  });

  it('refuses an export whose base copy was tampered with, naming the file, as before', async () => {
    const dir = tempDir();
    const { xlsx } = await sent(dir);
    const tampered = join(dir, 'tampered.xlsx');
    // A chunk of the base copy (a row whose key is "base") replaced by other base64.
    const meta = (await readXlsxGrid(xlsx)).sheets.find((s) => s.name === '_engagebook')!;
    const chunk = meta.rows.find(([, cells]) => cells[0]?.[1] === 'base');
    if (!chunk) throw new Error('no base chunk in the export');
    editWithOpenpyxl(xlsx, tampered, [{ op: 'set', sheet: '_engagebook', cell: `C${chunk[0]}`, value: 'AAAA' }]);
    const run = await cli('import', tampered, '--out', join(dir, 'copy.engagement'));
    expect([run.code, run.stderr]).toEqual([
      2,
      expect.stringMatching(/tampered\.xlsx.*damaged metadata \(the exported content cannot be unpacked\)/),
    ]);
  });

  it('creates a new workbook from a returned export with --out', async () => {
    const dir = tempDir();
    const { xlsx } = await sent(dir, '--lang', 'sv');
    const edited = join(dir, 'returned.xlsx');
    editWithOpenpyxl(xlsx, edited, [{ op: 'set', sheet: ROLES, cell: 'C8', value: 'C' }]);
    const copy = join(dir, 'copy.engagement');
    const run = await cli('import', edited, '--out', copy);
    expect(run.code).toBe(0);
    const doc = JSON.parse((await cli('show', copy, '--json')).stdout);
    expect(doc.matrices[0].phases[0].activities[1].cells[0]).toMatchObject({ roles: ['C'] });
  });
});
