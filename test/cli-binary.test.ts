// The real `engagebook` executable, as a user or a script runs it: exit codes and streams of a separate process.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, freshCli, tempDir } from './helpers';
import { HAVE_POPPLER, readPdfFile } from './pdf-helpers';

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

beforeAll(freshCli);

describe('bin/engagebook.js', () => {
  it('creates, validates (exit 0), breaks a rule (exit 1) and refuses junk (exit 2)', () => {
    const dir = tempDir();
    const file = join(dir, 'acme.engagement');
    const created = run('new', '--template', 'managed-services', '--lang', 'sv', '--out', file);
    expect([created.status, created.stderr]).toEqual([0, '']);
    expect(created.stdout).toMatch(/^Created .*acme\.engagement: 2 matrices, 59 activities/);
    expect(run('validate', file).status).toBe(0);

    const set = run(
      'set',
      file,
      '--matrix',
      'Uppgradering',
      '--activity',
      'Produktionssättning',
      '--party',
      'Kund',
      '--roles',
      'O',
    );
    expect([set.status, set.stderr]).toEqual([0, '']);
    const invalid = run('validate', file);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(/multiple-accountable/);

    const junk = join(dir, 'junk.engagement');
    writeFileSync(junk, 'PK\u0003\u0004 not a workbook at all, padded to more than a hundred bytes'.padEnd(200, '.'));
    const refused = run('show', junk, '--json');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`engagebook: ${junk}: is not an Engagebook workbook (not a SQLite database)\n`);
  });

  it('prints help with exit 0 and usage errors with exit 2', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: engagebook/);
    expect(run('--version')).toMatchObject({ status: 0, stdout: '0.1.0\n', stderr: '' });
    const missing = run('validate');
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringMatching(/^error: missing required argument 'file'/)]);
    const option = run('set', 'x.engagement');
    expect([option.status, option.stderr]).toEqual([
      2,
      expect.stringMatching(/^error: required option '--matrix <matrix>' not specified/),
    ]);
  });

  it.skipIf(!HAVE_POPPLER)('exports a PDF from the built bundle, and exits 2 for an unknown revision', () => {
    const dir = tempDir();
    const file = join(dir, 'acme.engagement');
    expect(run('new', '--template', 'managed-services', '--lang', 'sv', '--out', file).status).toBe(0);
    const out = join(dir, 'acme.pdf');
    const exported = run('export', file, '--out', out, '--lang', 'fr');
    expect([exported.status, exported.stderr, exported.stdout]).toEqual([0, '', `Wrote ${out} (Brouillon en cours, draft)\n`]);
    const pdf = readPdfFile(out);
    expect(pdf.pages.length).toBeGreaterThan(4);
    expect(pdf.raw).toContain('Roller och ansvar');
    expect(pdf.raw).toContain('Sommaire');
    const missing = run('export', file, '--out', join(dir, 'v9.pdf'), '--revision', 'v9');
    expect([missing.status, missing.stderr]).toEqual([2, 'engagebook: no revision "v9"\n']);
  });
});
