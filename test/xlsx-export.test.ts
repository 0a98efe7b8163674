import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fingerprint, stableStringify } from '../shared/domain/canonical';
import type { Content, EngagementDocument } from '../shared/domain/document';
import { LANGUAGES } from '../shared/domain/languages';
import { LOCALES } from '../shared/i18n/messages';
import { SPARE_ROWS } from '../electron/services/xlsx/layout';
import { tempDir, template } from './helpers';
import { exportTo, libreoffice, openpyxl, readBack, readCsv } from './xlsx-helpers';

const doc = (content: Content, revisions: EngagementDocument['revisions'] = []): EngagementDocument => ({
  ...content,
  revisions,
});

/** The managed-services template with a few deliberate rule violations and a note on an empty cell. */
function withViolations(): EngagementDocument {
  const content = template('managed-services');
  const provisioning = content.matrices[0]!.phases[0]!;
  const [customer, partner] = content.matrices[0]!.partyIds as [string, string, string];
  provisioning.activities[1]!.cells.push({ partyId: customer, roles: ['O'], note: null }); // two owners
  provisioning.activities[2]!.cells = [{ partyId: partner, roles: ['C'], note: null }]; // no owner
  provisioning.activities[3]!.cells = [{ partyId: partner, roles: [], note: 'Ask the client who owns this' }]; // note only
  return doc(content);
}

describe('xlsx export of the managed-services template', () => {
  for (const language of LANGUAGES) {
    it(`is complete and localised in ${language} (read back by exceljs and by openpyxl)`, async () => {
      const dir = tempDir();
      const content = template('managed-services', language);
      const { file, result } = await exportTo(dir, doc(content), `ms-${language}.xlsx`);
      const messages = LOCALES[language];

      const wb = await readBack(file);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([...result.sheets, '_lists', '_engagebook']);
      expect(result.sheets).toEqual([
        messages['export.sheet.cover'],
        content.matrices[0]!.title,
        content.matrices[1]!.title,
        messages['export.sheet.scope'],
        messages['export.sheet.signoff'],
      ]);

      const { sheets, facts } = openpyxl(file);
      expect(sheets).toEqual(wb.worksheets.map((ws) => ws.name));
      expect(facts._lists!.state).toBe('veryHidden');
      expect(facts._engagebook!.state).toBe('veryHidden');

      const roles = facts[content.matrices[0]!.title]!;
      const lastRow = 5 + 6 + 49;
      expect(roles.state).toBe('visible');
      expect(roles.freeze_panes).toBe('C6');
      expect(roles.print_title_rows).toBe('$4:$5');
      expect([roles.orientation, roles.fit_to_page, roles.fit_to_width, roles.fit_to_height]).toEqual(['landscape', true, 1, 0]);
      expect(roles.footer_right).toBe(messages['export.footer.page']);
      expect(roles.header_center).toContain(messages['export.cover.draft']);
      expect(roles.validations).toEqual([{ sqref: `C6:E${lastRow + SPARE_ROWS}`, type: 'list', formula1: "'_lists'!$A$1:$A$3" }]);
      expect(roles.conditional_formatting).toEqual([`C6:E${lastRow + SPARE_ROWS}`, `F6:F${lastRow + SPARE_ROWS}`]);
      expect(roles.hidden_columns).toEqual(['A']);
      expect(roles.hidden_rows).toEqual([3]);
      expect(roles.outline_rows).toHaveLength(49);
      expect(roles.auto_filter).toBe(`B5:G${lastRow}`);
      const ids = Object.entries(roles.cells)
        .filter(([ref]) => /^A\d+$/.test(ref))
        .map(([, c]) => String(c.value));
      expect(ids.filter((id) => id.startsWith('activity:'))).toHaveLength(49);
      expect(ids.filter((id) => id.startsWith('phase:'))).toHaveLength(6);
      expect(roles.cells.B7?.value).toBe(content.matrices[0]!.phases[0]!.activities[0]!.title);
      expect([roles.cells.C7?.value, roles.cells.D7?.value, roles.cells.E7?.value]).toEqual(['O', 'C', 'A']);
      expect(roles.cells.C5?.value).toBe(content.parties[0]!.name);
      expect(roles.cells.C4?.value).toBe(content.parties[0]!.group);
      expect(roles.cells.F7).toEqual({ value: expect.stringMatching(/^=IF\(SUMPRODUCT\(LEN\(C7:E7\)\)=0/), type: 'f' });

      const upgrade = facts[content.matrices[1]!.title]!;
      expect(Object.keys(upgrade.comments)).toHaveLength(9);
      expect(Object.values(upgrade.comments)).toContain(content.matrices[1]!.phases[0]!.activities[0]!.cells[2]!.note);
      expect(upgrade.cells.C3?.value).toBe('description');

      const lists = facts._lists!.cells;
      expect([lists.A1?.value, lists.A2?.value, lists.A3?.value]).toEqual(['O', 'C', 'A']);
      const scope = Object.values(facts[messages['export.sheet.scope']]!.cells).map((c) => c.value);
      expect(scope).toContain(messages['model.managed-fixed-maintenance']);
      expect(scope).toContain(content.scope!.serviceLevels[0]!.activities[0]!.title);
      const signoff = Object.values(facts[messages['export.sheet.signoff']]!.cells).map((c) => c.value);
      expect(signoff.filter((v) => v === messages['export.signoff.signature'])).toHaveLength(3);
      expect(signoff.join(' ')).toContain(fingerprint(content));
    });
  }
});

describe('round-trip metadata', () => {
  it('carries format, ids, revision and fingerprint, and the exported content itself', async () => {
    const content = template('managed-services');
    const { file } = await exportTo(tempDir(), doc(content), 'meta.xlsx');
    const meta = openpyxl(file).facts._engagebook!.cells;
    const rows = new Map<string, Array<string | number>>();
    const chunks: string[] = [];
    for (let r = 1; meta[`A${r}`]; r++) {
      const key = String(meta[`A${r}`]!.value);
      const values = [meta[`B${r}`]?.value, meta[`C${r}`]?.value].filter((v) => v !== undefined) as Array<string | number>;
      if (key === 'base') chunks[Number(values[0])] = String(values[1]);
      else rows.set(key, [...(rows.get(key) ?? []), ...values]);
    }
    expect(rows.get('engagebook-export')).toEqual([1]);
    expect(rows.get('format')).toEqual(['engagebook/1']);
    expect(rows.get('workbook-id')).toEqual([content.id]);
    expect(rows.get('fingerprint')).toEqual([fingerprint(content)]);
    expect(rows.get('revision-status')).toEqual(['draft']);
    expect(rows.get('matrix-sheet')).toEqual([
      content.matrices[0]!.id,
      content.matrices[0]!.title,
      content.matrices[1]!.id,
      'Upgrade',
    ]);
    expect(rows.get('base-encoding')).toEqual(['json+gzip+base64']);
    const base = gunzipSync(Buffer.from(chunks.join(''), 'base64')).toString('utf8');
    expect(base).toBe(stableStringify(content));
  });

  it('exports a stored revision, without the draft mark once it is signed', async () => {
    const content = template('managed-services');
    const changed = structuredClone(content);
    changed.client = 'Changed after signing';
    const revision = {
      id: 'rev-1',
      label: 'v1',
      status: 'signed' as const,
      fingerprint: fingerprint(content),
      createdAt: '2026-10-01T12:00:00.000Z',
      snapshot: content,
    };
    const { file, result } = await exportTo(tempDir(), doc(changed, [revision]), 'signed.xlsx', { revision: 'v1' });
    expect(result.revision).toMatchObject({ id: 'rev-1', label: 'v1', status: 'signed' });
    const { facts } = openpyxl(file);
    const cover = Object.values(facts.Cover!.cells).map((c) => c.value);
    expect(cover).not.toContain('DRAFT');
    expect(cover).toContain('2026-10-01T00:00:00'); // the revision's date, as a date
    expect(cover).not.toContain('Changed after signing');
    expect(facts['Roles and responsibilities']!.cells.F1).toBeUndefined();
    expect(facts['Roles and responsibilities']!.header_center).toBe('v1 — Signed');
    const meta = Object.values(facts._engagebook!.cells).map((c) => c.value);
    expect(meta).toContain('rev-1');
  });
});

describe('safety', () => {
  it('keeps formula-like user text as text, and a character XML cannot carry as its escape', async () => {
    const content = template('raci');
    const [customer, provider] = content.parties;
    customer!.name = '+cmd|calc';
    content.title = 'Title\u0007with bell';
    content.matrices[0]!.phases.push({
      id: 'ph',
      title: '-2+3',
      activities: [
        {
          id: 'a1',
          title: '=HYPERLINK("http://x","y")',
          description: null,
          cells: [
            { partyId: customer!.id, roles: ['R', 'A'], note: '@SUM(A1)' },
            { partyId: provider!.id, roles: ['I'], note: null },
          ],
        },
      ],
    });
    const { file } = await exportTo(tempDir(), doc(content), 'hostile.xlsx');
    const sheet = openpyxl(file).facts['RACI matrix']!;
    expect(sheet.cells.B7).toEqual({ value: '=HYPERLINK("http://x","y")', type: 's' });
    expect(sheet.cells.B6).toEqual({ value: '-2+3', type: 's' });
    expect(sheet.cells.C5).toEqual({ value: '+cmd|calc', type: 's' });
    expect(sheet.cells.C7).toEqual({ value: 'R/A', type: 's' });
    expect(sheet.comments.C7).toBe('@SUM(A1)');
    expect(sheet.cells.F7).toEqual({ value: '+cmd|calc: @SUM(A1)', type: 's' });
    // openpyxl shows SpreadsheetML's escapes as written; Excel, LibreOffice and our reader turn them back
    // (test/xlsx-export-escapes.test.ts).
    const cover = openpyxl(file).facts.Cover!.cells;
    expect(Object.values(cover).map((c) => c.value)).toContain('Title_x0007_with bell');
  });

  it('writes dates as UTC calendar dates', async () => {
    const content = template('managed-services');
    content.dates.proposal = '2026-01-31';
    const { file } = await exportTo(tempDir(), doc(content), 'dates.xlsx', { now: new Date('2026-03-29T23:30:00Z') });
    const values = Object.values(openpyxl(file).facts.Cover!.cells).map((c) => c.value);
    expect(values).toContain('2026-01-31T00:00:00');
    expect(values).toContain('2026-03-29T00:00:00');
  });

  it('protects structure with --protect but leaves roles, notes and sign-off fields editable', async () => {
    const { file } = await exportTo(tempDir(), doc(template('managed-services')), 'protected.xlsx', { protect: true });
    const { facts } = openpyxl(file);
    for (const name of ['Cover', 'Roles and responsibilities', 'Support scope', 'Sign-off'])
      expect(facts[name]!.protected, name).toBe(true);
    const roles = facts['Roles and responsibilities']!;
    expect(roles.unlocked).toEqual(expect.arrayContaining(['C7', 'D7', 'E7', 'G7']));
    expect(roles.unlocked).not.toContain('B7');
    expect(facts['Sign-off']!.unlocked.length).toBe(12);
  });
});

describe('LibreOffice', () => {
  it('converts the export to PDF without error', async () => {
    const dir = tempDir();
    const { file } = await exportTo(dir, doc(template('managed-services', 'fr')), 'fr.xlsx');
    const [pdf] = libreoffice(file, join(dir, 'pdf'), 'pdf');
    expect(pdf).toMatch(/fr\.pdf$/);
    expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
    const info = spawnSync('pdfinfo', [pdf!], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThanOrEqual(6);
  });

  it("computes the check column exactly as Engagebook's rules do", async () => {
    const dir = tempDir();
    const { file } = await exportTo(dir, withViolations(), 'checks.xlsx');
    // Drop the cached results so LibreOffice has to calculate every check formula itself.
    const wb = await readBack(file);
    const ws = wb.getWorksheet('Roles and responsibilities')!;
    const cached = new Map<number, string>();
    ws.eachRow((row, n) => {
      const value = row.getCell(6).value as { formula?: string; result?: string } | null;
      if (value && typeof value === 'object' && value.formula) {
        cached.set(n, value.result ?? '');
        row.getCell(6).value = { formula: value.formula } as never;
      }
    });
    const stripped = join(dir, 'stripped.xlsx');
    await wb.xlsx.writeFile(stripped);
    const [csv] = libreoffice(
      stripped,
      join(dir, 'csv'),
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2',
    );
    const rows = readCsv(csv!);
    const computed = new Map([...cached.keys()].map((n) => [n, rows[n - 1]?.[5] ?? '']));
    expect(computed).toEqual(cached);
    expect([...cached.values()].slice(0, 4)).toEqual(['OK', 'More than one Owner', 'No Owner', '']);
  });
});

describe('streaming writer', () => {
  it('writes the same content as the in-memory writer', async () => {
    const dir = tempDir();
    const source = withViolations();
    const a = await exportTo(dir, source, 'memory.xlsx', { streaming: false });
    const b = await exportTo(dir, source, 'stream.xlsx', { streaming: true });
    expect([a.result.streamed, b.result.streamed]).toEqual([false, true]);
    // The one representational difference: a cell that carries only a note holds "" in memory (exceljs drops notes on
    // empty cells there) and nothing when streamed (inline strings skip ""). Both show an empty cell with its note.
    const withoutEmptyStrings = (file: string) => {
      const read = openpyxl(file);
      for (const facts of Object.values(read.facts)) {
        for (const [ref, cell] of Object.entries(facts.cells)) if (cell.value === '') delete facts.cells[ref];
      }
      return read;
    };
    const streamed = withoutEmptyStrings(b.file);
    expect(streamed).toEqual(withoutEmptyStrings(a.file));
    expect(streamed.facts['Roles and responsibilities']!.comments.D10).toBe('Ask the client who owns this');
  });

  it('exports 20,000 activities within a 96 MB heap, where the in-memory writer runs out', () => {
    const dir = tempDir();
    const run = (mode: string) =>
      spawnSync(
        process.execPath,
        [
          '--max-old-space-size=96',
          '--import',
          'tsx',
          join(import.meta.dirname, 'fixtures', 'export-large.ts'),
          join(dir, `${mode}.xlsx`),
          '20000',
          mode,
        ],
        { encoding: 'utf8' },
      );
    const streamed = run('stream');
    expect(streamed.status, streamed.stderr.slice(-500)).toBe(0);
    expect(JSON.parse(streamed.stdout)).toMatchObject({ streamed: true });
    expect(statSync(join(dir, 'stream.xlsx')).size).toBeGreaterThan(500_000);
    const inMemory = run('memory');
    expect(inMemory.status).not.toBe(0);
    expect(inMemory.stderr).toMatch(/heap out of memory/);
    expect(existsSync(join(dir, 'memory.xlsx'))).toBe(false);
  });
});
