import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngagementDocument } from '../shared/domain/document';
import { cli, tempDir } from './helpers';

type Rows = Array<Array<string | null>>;

/** Writes an .xlsx with exceljs: sheets of rows, optional merges, hidden rows/columns and sheet state. */
async function xlsx(
  file: string,
  sheets: Array<{ name: string; rows: Rows; merges?: string[]; state?: 'hidden' | 'veryHidden'; hiddenRows?: number[] }>,
) {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.state ? { state: sheet.state } : {});
    sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (ws.getCell(r + 1, c + 1).value = value)));
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  await wb.xlsx.writeFile(file);
  return file;
}

async function importFile(file: string, ...args: string[]) {
  const out = file.replace(/\.\w+$/, '.engagement');
  const run = await cli('import', file, '--out', out, '--json', ...args);
  if (run.code !== 0) return { run, report: null, doc: null };
  const doc = JSON.parse((await cli('show', out, '--json')).stdout) as EngagementDocument;
  return { run, report: JSON.parse(run.stdout), doc };
}

/** Matrix as [phase, activity, roles per party] for compact assertions. */
function table(doc: EngagementDocument, index = 0) {
  const matrix = doc.matrices[index]!;
  return matrix.phases.flatMap((p) =>
    p.activities.map((a) => [
      p.title,
      a.title,
      matrix.partyIds.map((id) => a.cells.find((c) => c.partyId === id)?.roles.join('/') ?? ''),
    ]),
  );
}

describe("clients' own spreadsheets", () => {
  it('finds the header under titles, reads role words, and turns merged section rows into phases', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'seed.xlsx'), [
      {
        name: 'R&R',
        rows: [
          ['Roles and responsibilities', null, null, null],
          ['Prepared for ACME', null, null, null],
          [null, 'Customer', 'Partner', 'Customer Success Engineer'],
          ['Provisioning', null, null, null],
          ['Cloud Region Selection', 'Owner', 'Contributor', 'Advisor'],
          ['Instance Provisioning', null, null, 'Owner'],
          ['Launch', null, null, null],
          ['Go-live checklist', 'Contributor', 'Contributor', 'Owner'],
        ],
        merges: ['A4:D4', 'A7:D7'],
      },
    ]);
    const { run, report, doc } = await importFile(file);
    expect(run.stderr).toBe('');
    expect(report.vocabulary.source).toBe('builtin:oca');
    expect(report.sheets[0]).toMatchObject({
      headerRow: 3,
      labelColumn: 1,
      orientation: 'activities in rows',
      sections: ['Provisioning', 'Launch'],
    });
    expect(doc!.parties.map((p) => p.name)).toEqual(['Customer', 'Partner', 'Customer Success Engineer']);
    expect(table(doc!)).toEqual([
      ['Provisioning', 'Cloud Region Selection', ['O', 'C', 'A']],
      ['Provisioning', 'Instance Provisioning', ['', '', 'O']],
      ['Launch', 'Go-live checklist', ['C', 'C', 'O']],
    ]);
    expect((await cli('validate', file.replace('.xlsx', '.engagement'))).code).toBe(0);
  });

  it('reads a legend in the corner cell, ignores a side table and reports hidden columns', async () => {
    const dir = tempDir();
    const wbFile = join(dir, 'corner.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Matrix');
    const rows: Rows = [
      ['Legend: R: Responsible, A: Accountable, C: Consulted, I: Informed', null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      ['Activity', 'Customer', 'Supplier', 'Hidden team', null, 'Contact', 'Phone'],
      ['Requirements', 'A', 'R', 'I', null, 'Ann', '555-0100'],
      ['Build', 'C', 'A/R', 'I', null, 'Bob', '555-0101'],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    ws.getColumn(4).hidden = true;
    await wb.xlsx.writeFile(wbFile);
    const { report, doc } = await importFile(wbFile);
    expect(report.legend.map((e: { code: string; where: string }) => `${e.code}@${e.where}`)).toEqual([
      'R@Matrix!A1',
      'A@Matrix!A1',
      'C@Matrix!A1',
      'I@Matrix!A1',
    ]);
    expect(report.sheets[0]).toMatchObject({ headerRow: 3, hiddenColumns: [4] });
    expect(doc!.parties.map((p) => p.name)).toEqual(['Customer', 'Supplier', 'Hidden team']);
    expect(table(doc!)).toEqual([
      ['Matrix', 'Requirements', ['A', 'R', 'I']],
      ['Matrix', 'Build', ['C', 'R/A', 'I']],
    ]);
  });

  it('reads a transposed matrix (activities across the top)', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'transposed.xlsx'), [
      {
        name: 'Matrix',
        rows: [
          ['Who', 'Plan', 'Build', 'Run', 'Report'],
          ['Client', 'A', 'I', 'C', 'A'],
          ['Vendor', 'R', 'A/R', 'A', 'R'],
          ['Notes', 'kick-off in May', null, null, 'monthly'],
        ],
      },
    ]);
    const { report, doc } = await importFile(file);
    expect(report.sheets[0].orientation).toBe('activities in columns');
    expect(table(doc!)).toEqual([
      ['Matrix', 'Plan', ['A', 'R']],
      ['Matrix', 'Build', ['I', 'R/A']],
      ['Matrix', 'Run', ['C', 'A']],
      ['Matrix', 'Report', ['A', 'R']],
    ]);
  });

  it('spreads merged group headers over their columns and keeps the same role under two groups apart', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'groups.xlsx'), [
      {
        name: 'RACI',
        rows: [
          ['Activity', 'Client', null, 'Provider', null],
          [null, 'Project manager', 'Architect', 'Project manager', 'Engineer'],
          ['Design', 'A', 'C', 'R', 'I'],
          ['Deploy', 'I', null, 'A', 'R'],
        ],
        merges: ['B1:C1', 'D1:E1'],
      },
    ]);
    const { report, doc } = await importFile(file);
    expect(report.sheets[0].parties.map((p: { name: string; group: string }) => `${p.group}: ${p.name}`)).toEqual([
      'Client: Project manager',
      'Client: Architect',
      'Provider: Project manager',
      'Provider: Engineer',
    ]);
    expect(new Set(doc!.matrices[0]!.partyIds).size).toBe(4);
    expect(table(doc!)[0]).toEqual(['RACI', 'Design', ['A', 'C', 'R', 'I']]);
  });

  it('reads the legend first, even on a hidden sheet: there "A" means Auxiliary', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'auxiliary.xlsx'), [
      {
        name: 'Tasks',
        rows: [
          ['Task', 'Ops', 'Dev', 'QA'],
          ['Deploy', 'R', 'A', null],
          ['Test', null, 'A', 'R'],
        ],
      },
      {
        name: 'Key',
        state: 'hidden',
        rows: [
          ['R', 'Responsible'],
          ['A', 'Auxiliary'],
        ],
      },
    ]);
    const { report, doc } = await importFile(file);
    expect(report.vocabulary.source).toBe('legend');
    expect(report.vocabulary.roles).toEqual([
      { code: 'R', label: 'Responsible', kind: 'responsible' },
      { code: 'A', label: 'Auxiliary', kind: 'supporting' },
    ]);
    expect(report.legend[0].where).toBe('Key!A1');
    expect(report.sheets.map((s: { sheet: string; state: string; found: boolean }) => [s.sheet, s.state, s.found])).toEqual([
      ['Tasks', 'visible', true],
      ['Key', 'hidden', false],
    ]);
    expect(doc!.vocabularies[0]!.roles.find((r) => r.code === 'A')?.kind).toBe('supporting');
  });

  it('uses a fill-down grouping column as phases, reads X marks, combined codes and look-alike letters, skips placeholders', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'filldown.xlsx'), [
      {
        name: 'Plan',
        rows: [
          ['Stream', 'Task', 'Us', 'Them', 'Owner'],
          ['Plan upgrade', 'Create plan', 'x', null, 'Anna'],
          [null, 'Assess complexity', null, 'X', 'Bo'],
          ['Execute', 'Upgrade services', 'X', 'x', 'Cy'],
          [null, '[Enter task]', null, null, null],
        ],
        hiddenRows: [3],
      },
    ]);
    const { report, doc } = await importFile(file);
    expect(report.sheets[0]).toMatchObject({ phaseColumn: 1, labelColumn: 2, hiddenRows: [3] });
    expect(report.sheets[0].skippedRows).toEqual([{ row: 5, reason: 'placeholder "[Enter task]"' }]);
    expect(table(doc!)).toEqual([
      ['Plan upgrade', 'Create plan', ['X', '']],
      ['Plan upgrade', 'Assess complexity', ['', 'X']],
      ['Execute', 'Upgrade services', ['X', 'X']],
    ]);

    const csv = join(dir, 'letters.csv');
    writeFileSync(csv, 'Task;Client;Vendor\nBuild;R/A;С\nRun;ra;i\nVerify;V;R\n');
    const letters = await importFile(csv);
    expect(letters.report.vocabulary.source).toBe('custom');
    expect(table(letters.doc!)).toEqual([
      ['letters', 'Build', ['R/A', 'C']],
      ['letters', 'Run', ['R/A', 'I']],
      ['letters', 'Verify', ['V', 'R']],
    ]);
    expect(letters.doc!.vocabularies[0]!.roles.map((r) => r.code)).toEqual(expect.arrayContaining(['R', 'A', 'C', 'I', 'V']));
  });

  it('does not let a legend below the table outvote the activity titles, and takes a header row a mapping names', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'below.xlsx'), [
      {
        name: 'Plan',
        rows: [
          ['Stage', 'Task', 'Us', 'Them'],
          ['Build', 'Design', 'A', 'R'],
          [null, 'Deploy', 'R', 'A'],
          [null, null, null, null],
          [null, null, null, null],
          ['Legend', null, null, null],
          ['R = Responsible', null, null, null],
          ['A = Accountable', null, null, null],
        ],
      },
    ]);
    const { report, doc } = await importFile(file);
    expect(report.sheets[0]).toMatchObject({ orientation: 'activities in rows', labelColumn: 2, phaseColumn: 1 });
    expect(table(doc!)).toEqual([
      ['Build', 'Design', ['A', 'R']],
      ['Build', 'Deploy', ['R', 'A']],
    ]);
    const mapping = join(dir, 'map.json');
    writeFileSync(mapping, JSON.stringify({ orientation: 'rows', headerRow: 1 }));
    const again = join(dir, 'again.xlsx');
    copyFileSync(file, again);
    const named = await importFile(again, '--mapping', mapping);
    expect(named.report.sheets[0]).toMatchObject({ headerRow: 1, parties: [{ name: 'Us' }, { name: 'Them' }] });
  });

  it('reads a workbook written by another producer (openpyxl), and a TSV', async () => {
    const dir = tempDir();
    const file = join(dir, 'openpyxl.xlsx');
    const script = `
import openpyxl, sys
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Matris'
rows = [['Aktivitet', 'Kund', 'Leverantör'], ['Förstudie', 'Ansvarig', 'Utförande'], ['Drift', 'Informerad', 'Ansvarig']]
for r in rows: ws.append(r)
ws['E1'] = 'Teckenförklaring: A = Ansvarig, R = Utförande, I = Informerad'
wb.save(sys.argv[1])`;
    expect(spawnSync('/usr/bin/python3', ['-c', script, file]).status).toBe(0);
    const { report, doc } = await importFile(file, '--lang', 'sv');
    expect(report.vocabulary.roles.map((r: { code: string; kind: string }) => `${r.code}:${r.kind}`)).toEqual([
      'A:accountable',
      'R:responsible',
      'I:informed',
    ]);
    expect(table(doc!)).toEqual([
      ['Matris', 'Förstudie', ['A', 'R']],
      ['Matris', 'Drift', ['I', 'A']],
    ]);
    expect(doc!.language).toBe('sv');

    const tsv = join(dir, 'clip.tsv');
    writeFileSync(tsv, 'Activity\tAlice\tBob\nReview\tA\tR\nShip\tR\tA\n');
    expect(table((await importFile(tsv)).doc!)).toEqual([
      ['clip', 'Review', ['A', 'R']],
      ['clip', 'Ship', ['R', 'A']],
    ]);
  });

  it('reads role words combined in one cell, in any of our languages and either Unicode composition', async () => {
    const dir = tempDir();
    const csv = join(dir, 'words.csv');
    const informedDecomposed = 'Geïnformeerd'.normalize('NFD');
    writeFileSync(
      csv,
      [
        'Task,Customer,Partner,Provider',
        'Kick-off,Responsible / Accountable,Informed,Consulted',
        `Design,Accountable & Responsible,${informedDecomposed},R+A`,
        'Build,Utförande och Ansvarig,Informerad,Konsulterad',
      ].join('\n'),
    );
    const { run, report, doc } = await importFile(csv);
    expect(run.stderr).toBe('');
    expect(report.vocabulary.source).toBe('builtin:raci');
    expect(table(doc!)).toEqual([
      ['words', 'Kick-off', ['R/A', 'I', 'C']],
      ['words', 'Design', ['R/A', 'I', 'R/A']],
      ['words', 'Build', ['R/A', 'I', 'C']],
    ]);
  });

  it('says "no responsibility matrix found" (exit 3) for a look-alike such as an SLA table, and writes nothing', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'sla.xlsx'), [
      {
        name: 'SLA',
        rows: [
          ['Severity', 'Response', 'Update', 'Restore'],
          ['1', '15 min', '1 h', '4 h'],
          ['2', '1 h', '4 h', '1 d'],
          ['3', '8 h', '1 d', '5 d'],
        ],
      },
    ]);
    const run = await cli('import', file, '--out', join(dir, 'sla.engagement'));
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`engagebook: ${file}: no responsibility matrix found (looked at "SLA")\n`);
    const missing = await cli('import', file, '--out', join(dir, 'x.engagement'), '--sheet', 'Nope');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/there is no sheet "Nope"; sheets: SLA/)]);
  });
});

describe('pasted and HTML tables, and mappings', () => {
  // The seed document lives in the project's shared folder beside the repository (always there in CI).
  const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
  const haveSeeds = existsSync(seeds) || process.env.CI === 'true';
  it.skipIf(!haveSeeds)(
    'reads the seed tables from HTML: colspan sections, rowspan steps, remarks under roles as notes (needs ../shared/seeds)',
    async () => {
      const dir = tempDir();
      const source = readdirSync(seeds).find((f) => f.startsWith('004_'));
      const html = join(dir, 'seed.html');
      writeFileSync(html, readFileSync(join(seeds, source!), 'utf8'));
      const { report, doc } = await importFile(html);
      expect(report.vocabulary.source).toBe('builtin:oca');
      expect(report.sheets.map((s: { activities: number; parties: unknown[] }) => [s.activities, s.parties.length])).toEqual([
        [49, 3],
        [10, 3],
      ]);
      const [roles, upgrade] = doc!.matrices;
      expect(roles!.phases.map((p) => p.title)).toEqual([
        'Provisioning',
        'Development and QA',
        'Staging & Transition',
        'Launch',
        'Production',
        'Security and Compliance',
      ]);
      expect(upgrade!.phases.map((p) => [p.title, p.activities.length])).toEqual([
        ['Plan upgrade', 3],
        ['Execute upgrade', 3],
        ['UAT and Launch', 3],
        ['Post-Launch', 1],
      ]);
      const complexity = upgrade!.phases[0]!.activities[2]!;
      expect(complexity.title).toBe('Assess upgrade complexity');
      expect(complexity.description).toMatch(/^Identify and document packages/);
      expect(complexity.cells.at(-1)).toMatchObject({
        roles: ['C'],
        note: expect.stringMatching(/^CSE provides Upgrade Compatibility Tool/),
      });
      expect((await cli('validate', html.replace('.html', '.engagement'))).code).toBe(0);
    },
  );

  it('reads Excel-style line breaks and any entity in HTML cells', async () => {
    const html = join(tempDir(), 'client.html');
    writeFileSync(
      html,
      `<table><tr><th>Activity</th><th>Customer</th><th>Provider</th></tr>
      <tr><td>Kick-off r&eacute;union<br style="mso-data-placement:same-cell">with the PMO</td><td>A</td><td>R</td></tr>
      <tr><td>Runbook&nbsp;review&#160;</td><td>C</td><td>A</td></tr></table>`,
    );
    const { doc } = await importFile(html);
    const activities = doc!.matrices[0]!.phases.flatMap((p) => p.activities);
    expect(activities.map((a) => a.title)).toEqual(['Kick-off réunion', 'Runbook review']);
    expect(activities[0]!.description).toBe('with the PMO');
  });

  it('pivots a long-format table (one row per activity and party) into a matrix', async () => {
    const dir = tempDir();
    const file = join(dir, 'long.csv');
    writeFileSync(
      file,
      'Phase,Task,Team,RACI\nPlan,Kick-off,Client,A\n,Kick-off,Vendor,R\n,Budget,Client,A/R\nRun,Monitoring,Vendor,A/R\n,Monitoring,Client,I\n',
    );
    const { report, doc } = await importFile(file);
    expect(report.sheets[0]).toMatchObject({ orientation: 'long format', activities: 3 });
    expect(doc!.parties.map((p) => p.name)).toEqual(['Client', 'Vendor']);
    expect(table(doc!)).toEqual([
      ['Plan', 'Kick-off', ['A', 'R']],
      ['Plan', 'Budget', ['R/A', '']],
      ['Run', 'Monitoring', ['I', 'R/A']],
    ]);
  });

  it('lets a mapping override every guess, and refuses a malformed mapping', async () => {
    const dir = tempDir();
    const file = await xlsx(join(dir, 'odd.xlsx'), [
      {
        name: 'Odd',
        rows: [
          ['ID', 'What', 'Alpha', 'Beta', 'Gamma'],
          ['1', 'First', 'Q', 'Z', null],
          ['2', 'Second', null, 'Q', 'Z'],
        ],
      },
    ]);
    const mapping = join(dir, 'map.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        sheet: 'Odd',
        orientation: 'rows',
        headerRow: 1,
        labelColumn: 2,
        phaseColumn: null,
        partyColumns: [3, 4, 5],
        roles: { Q: { label: 'Quarterback', kind: 'accountable' }, Z: { label: 'Zone', kind: 'responsible' } },
      }),
    );
    const { run, report, doc } = await importFile(file, '--mapping', mapping);
    expect(run.stderr).toBe('');
    expect(report.vocabulary).toMatchObject({
      source: 'mapping',
      roles: [
        { code: 'Q', kind: 'accountable' },
        { code: 'Z', kind: 'responsible' },
      ],
    });
    expect(table(doc!)).toEqual([
      ['Odd', 'First', ['Q', 'Z', '']],
      ['Odd', 'Second', ['', 'Q', 'Z']],
    ]);
    writeFileSync(mapping, JSON.stringify({ headerRow: 'one' }));
    const bad = await cli('import', file, '--out', join(dir, 'bad.engagement'), '--mapping', mapping);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/map\.json: is not a valid mapping: at headerRow/)]);
  });
});
