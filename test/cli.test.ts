import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngagementDocumentSchema } from '../shared/domain/document';
import { LANGUAGES } from '../shared/domain/languages';
import { LATEST_SCHEMA_VERSION } from '../electron/services/store';
import { cli, sha256File, tempDir } from './helpers';

async function newWorkbook(dir: string, ...extra: string[]): Promise<string> {
  const file = join(dir, 'acme.engagement');
  const run = await cli('new', '--template', 'managed-services', '--out', file, ...extra);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return file;
}

async function showJson(file: string) {
  const run = await cli('show', file, '--json');
  expect(run.code).toBe(0);
  return EngagementDocumentSchema.parse(JSON.parse(run.stdout));
}

describe('engagebook templates / new / validate / show', () => {
  it('lists templates as text and JSON', async () => {
    expect((await cli('templates')).stdout).toMatch(/^managed-services\s+Managed services/m);
    const json = JSON.parse((await cli('templates', '--json')).stdout) as Array<{ id: string; languages: string[] }>;
    expect(json.map((t) => t.id)).toEqual(['managed-services', 'raci', 'rasci']);
    expect(json[0]?.languages).toEqual([...LANGUAGES]);
  });

  for (const language of LANGUAGES) {
    it(`creates the managed-services workbook in ${language}, which validates clean`, async () => {
      const file = await newWorkbook(tempDir(), '--lang', language, '--client', 'ACME');
      const validate = await cli('validate', file, '--json');
      expect(validate.code).toBe(0);
      expect(JSON.parse(validate.stdout)).toMatchObject({ errors: 0 });
      const doc = await showJson(file);
      expect(doc.language).toBe(language);
      expect(doc.client).toBe('ACME');
      expect(doc.matrices.map((m) => [m.phases.length, m.phases.flatMap((p) => p.activities).length, m.partyIds.length])).toEqual(
        [
          [6, 49, 3],
          [4, 10, 3],
        ],
      );
    });
  }

  it('validate exits 1 and lists errors when the rules are broken', async () => {
    const file = await newWorkbook(tempDir());
    await cli(
      'set',
      file,
      '--matrix',
      'Roles and responsibilities',
      '--activity',
      'Runbook review',
      '--party',
      'Customer',
      '--roles',
      'O',
    );
    const run = await cli('validate', file, '--lang', 'fr');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/multiple-accountable/);
    expect(run.stdout).toMatch(/«\sRunbook review\s» compte 2 parties marquées Propriétaire/);
    expect(run.stdout).toMatch(/1 errors/);
  });

  it('show prints a readable summary', async () => {
    const file = await newWorkbook(tempDir(), '--title', 'ACME run');
    expect((await cli('show', file)).stdout).toMatch(/^ACME run \(en\)\nParties: Customer, Partner/);
  });
});

describe('engagebook export / import (canonical JSON)', () => {
  it('JSON → workbook → JSON is identical, revisions included', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    await cli(
      'set',
      file,
      '--matrix',
      'Upgrade',
      '--activity',
      'Launch to production',
      '--party',
      'Customer',
      '--roles',
      'A',
      '--note',
      '=cmd|" /C calc"!A0',
    );
    expect((await cli('revision', file, '--label', 'v1', '--status', 'sent')).code).toBe(0);
    const first = join(dir, 'first.json');
    const second = join(dir, 'second.json');
    expect((await cli('export', file, '--out', first)).code).toBe(0);
    const copy = join(dir, 'copy.engagement');
    expect((await cli('import', first, '--out', copy)).code).toBe(0);
    expect((await cli('export', copy, '--out', second)).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    const doc = JSON.parse(readFileSync(first, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 5)).toEqual(['format', 'id', 'title', 'client', 'preparedBy']);
    expect(doc.format).toBe('engagebook/1');
    expect((await cli('show', copy, '--json')).stdout).toBe(readFileSync(first, 'utf8'));
  });

  const badJson: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "engagebook/1", ', /is not valid JSON/],
    ['another format', '{"format": "engagebook/9"}', /has format "engagebook\/9"/],
    ['a wrong shape', '{"format": "engagebook/1", "id": "x"}', /is not an Engagebook document: at title/],
  ];
  for (const [what, text, message] of badJson) {
    it(`refuses ${what} with exit 2 and writes nothing`, async () => {
      const dir = tempDir();
      const source = join(dir, 'in.json');
      writeFileSync(source, text);
      const run = await cli('import', source, '--out', join(dir, 'out.engagement'));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(source);
      expect(readdirSync(dir)).toEqual(['in.json']);
    });
  }

  it('refuses an inconsistent document and a tampered revision', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    await cli('revision', file, '--label', 'v1');
    const exported = join(dir, 'doc.json');
    await cli('export', file, '--out', exported);
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    const brokenLink = structuredClone(doc);
    brokenLink.matrices[0].partyIds[0] = 'nobody';
    writeFileSync(join(dir, 'link.json'), JSON.stringify(brokenLink));
    const link = await cli('import', join(dir, 'link.json'), '--out', join(dir, 'a.engagement'));
    expect([link.code, link.stderr]).toEqual([2, expect.stringMatching(/lists unknown party "nobody"/)]);
    const tampered = structuredClone(doc);
    tampered.revisions[0].snapshot.client = 'Someone else';
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    const run = await cli('import', join(dir, 'tampered.json'), '--out', join(dir, 'b.engagement'));
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/revision "v1" does not match its fingerprint/)]);
    expect(existsSync(join(dir, 'a.engagement')) || existsSync(join(dir, 'b.engagement'))).toBe(false);
  });
});

describe('engagebook set / undo / redo', () => {
  it('sets by titles or ids and undoes and redoes across runs', async () => {
    const file = await newWorkbook(tempDir());
    const doc = await showJson(file);
    const matrix = doc.matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!;
    const set = await cli('set', file, '--matrix', matrix.id, '--activity', activity.id, '--party', 'partner', '--roles', 'a');
    expect([set.code, set.stdout]).toEqual([0, 'Set to A\n']);
    const cell = async () =>
      (await showJson(file)).matrices[0]!.phases[0]!.activities[0]!.cells.find((c) => c.partyId === matrix.partyIds[1]);
    expect((await cell())?.roles).toEqual(['A']);
    expect((await cli('undo', file)).stdout).toMatch(/^Undid: Set Cloud region selection — Partner to A/);
    expect((await cell())?.roles).toEqual(['C']);
    expect((await cli('redo', file)).code).toBe(0);
    expect((await cell())?.roles).toEqual(['A']);
    expect(await cli('redo', file)).toMatchObject({ code: 1, stderr: 'Nothing to redo\n' });
  });

  it('bad references and codes exit 2 and change nothing', async () => {
    const file = await newWorkbook(tempDir());
    const before = sha256File(file);
    const cases: Array<[string[], RegExp]> = [
      [
        ['--matrix', 'Nope', '--activity', 'x', '--party', 'Customer', '--roles', 'O'],
        /no matrix "Nope"; known: "Roles and responsibilities", "Upgrade"/,
      ],
      [
        ['--matrix', 'Upgrade', '--activity', 'Launch to production', '--party', 'Partner', '--roles', 'O'],
        /no party of "Upgrade" "Partner"/,
      ],
      [
        ['--matrix', 'Upgrade', '--activity', 'Launch to production', '--party', 'Customer', '--roles', 'Z'],
        /"Z" is not a role in Owner \/ Contributor \/ Advisor/,
      ],
      [
        ['--matrix', 'Upgrade', '--activity', 'Launch to production', '--party', 'Customer', '--roles', 'O,C'],
        /allows one role per cell/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await cli('set', file, ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(sha256File(file)).toBe(before);
  });
});

describe('refusals', () => {
  const makers: Array<[string, (file: string) => void, RegExp]> = [
    ['random bytes', (f) => writeFileSync(f, randomBytes(10_000)), /is not an Engagebook workbook \(not a SQLite database\)/],
    [
      'a foreign SQLite file',
      (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE notes (body TEXT)');
        db.close();
      },
      /is a SQLite database but not an Engagebook workbook/,
    ],
    [
      'a newer-version workbook',
      (f) => {
        const db = new Database(f);
        db.pragma('application_id = 0x45424b31'.replace('0x45424b31', String(0x45424b31)));
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
        db.exec('CREATE TABLE future (x)');
        db.close();
      },
      /was saved by a newer version of Engagebook/,
    ],
  ];
  for (const [what, make, message] of makers) {
    it(`every command refuses ${what}: exit 2, message names the file, file unchanged`, async () => {
      const dir = tempDir();
      const file = join(dir, 'x.engagement');
      make(file);
      const before = sha256File(file);
      for (const args of [
        ['validate', file],
        ['show', file, '--json'],
        ['export', file, '--out', join(dir, 'x.json')],
        ['set', file, '--matrix', 'm', '--activity', 'a', '--party', 'p', '--roles', 'R'],
        ['undo', file],
      ]) {
        const run = await cli(...args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toContain(file);
      }
      expect(sha256File(file)).toBe(before);
      expect(readdirSync(dir)).toEqual(['x.engagement']);
    });
  }

  it('usage mistakes exit 2', async () => {
    expect((await cli('new', '--template', 'managed-services')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    const lang = await cli('new', '--template', 'raci', '--lang', 'de', '--out', join(tempDir(), 'x.engagement'));
    expect([lang.code, lang.stderr]).toEqual([2, 'engagebook: --lang must be one of en, sv, nl, fr; got "de"\n']);
    const template = await cli('new', '--template', 'nope', '--out', join(tempDir(), 'x.engagement'));
    expect(template.stderr).toMatch(/unknown template "nope"; available: managed-services, raci, rasci/);
  });

  it('new refuses to overwrite an existing file', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    const before = sha256File(file);
    const run = await cli('new', '--template', 'raci', '--out', file);
    expect([run.code, run.stderr]).toEqual([2, `engagebook: ${file}: already exists; choose another name or remove it first\n`]);
    expect(sha256File(file)).toBe(before);
  });
});

describe('engagebook export to Excel', () => {
  it('writes the sign-off workbook, a chosen revision, and refuses an unknown one', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir, '--lang', 'sv');
    const out = join(dir, 'acme.xlsx');
    const run = await cli('export', file, '--out', out, '--lang', 'fr', '--protect');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote .*acme\.xlsx: Page de garde, Roller och ansvar, Uppgradering, Périmètre des prestations, Signatures \(/,
    );
    await cli('revision', file, '--label', 'v1', '--status', 'sent');
    const v1 = await cli('export', file, '--out', join(dir, 'v1.xlsx'), '--revision', 'v1');
    expect([v1.code, v1.stdout]).toEqual([0, expect.stringMatching(/\(v1, sent\)$/m)]);
    const missing = await cli('export', file, '--out', join(dir, 'v9.xlsx'), '--revision', 'v9');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/no revision "v9"; known: "v1"/)]);
    const wrong = await cli('export', file, '--out', join(dir, 'acme.docx'));
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringMatching(/must end in \.json or \.xlsx or \.pdf or \.csv/)]);
    expect(readdirSync(dir).sort()).toEqual(['acme.engagement', 'acme.xlsx', 'v1.xlsx']);
  });
});

describe('engagebook export to PDF, and a revision as JSON or CSV', () => {
  it('writes the PDF sign-off pack, in a chosen language and revision', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir, '--lang', 'sv');
    const out = join(dir, 'acme.pdf');
    const run = await cli('export', file, '--out', out, '--lang', 'nl');
    expect([run.code, run.stderr, run.stdout]).toEqual([0, '', `Wrote ${out} (Huidig concept, draft)\n`]);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await cli('revision', file, '--label', 'v1', '--status', 'sent');
    const v1 = await cli('export', file, '--out', join(dir, 'v1.pdf'), '--revision', 'v1');
    expect([v1.code, v1.stdout]).toEqual([0, `Wrote ${join(dir, 'v1.pdf')} (v1, sent)\n`]);
  });

  it('honours --revision for .json and .csv, and exits 2 naming an unknown revision', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    await cli('revision', file, '--label', 'v1', '--status', 'sent');
    const v1 = (await showJson(file)).revisions[0]!;
    const set = ['set', file, '--matrix', 'Upgrade', '--activity', 'Launch to production', '--party', 'Customer'];
    expect((await cli(...set, '--roles', 'A')).code).toBe(0);

    expect((await cli('export', file, '--out', join(dir, 'v1.json'), '--revision', 'v1')).code).toBe(0);
    const json = EngagementDocumentSchema.parse(JSON.parse(readFileSync(join(dir, 'v1.json'), 'utf8')));
    const { revisions, ...content } = json;
    expect(content).toEqual(v1.snapshot);
    expect(revisions.map((r) => r.label)).toEqual(['v1']);
    // The exported revision imports as a workbook at v1.
    expect((await cli('import', join(dir, 'v1.json'), '--out', join(dir, 'v1.engagement'))).code).toBe(0);
    expect((await showJson(join(dir, 'v1.engagement'))).matrices).toEqual(v1.snapshot.matrices);

    const launch = (csv: string) =>
      readFileSync(csv, 'utf8')
        .split('\r\n')
        .find((line) => line.includes('Launch to production'))
        ?.split(',')
        .slice(3, 6);
    for (const [args, expected] of [
      [
        ['--revision', 'v1'],
        ['C', 'O', 'C'],
      ],
      [[], ['A', 'O', 'C']],
    ] as const) {
      const csv = join(dir, `upgrade${args.length}.csv`);
      expect((await cli('export', file, '--out', csv, '--matrix', 'Upgrade', ...args)).code).toBe(0);
      expect(launch(csv)).toEqual(expected);
    }
    // Without --matrix, still one file per matrix, from the revision.
    const all = await cli('export', file, '--out', join(dir, 'all.csv'), '--revision', 'v1');
    expect(all.stdout).toBe(
      `Wrote ${join(dir, 'all-1-roles-and-responsibilities.csv')}\nWrote ${join(dir, 'all-2-upgrade.csv')}\n`,
    );
    expect(launch(join(dir, 'all-2-upgrade.csv'))).toEqual(['C', 'O', 'C']);

    const before = readdirSync(dir).sort();
    for (const out of ['v9.json', 'v9.csv', 'v9.pdf', 'v9.xlsx']) {
      const missing = await cli('export', file, '--out', join(dir, out), '--revision', 'v9');
      expect([missing.code, missing.stderr], out).toEqual([2, 'engagebook: no revision "v9"; known: "v1"\n']);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
