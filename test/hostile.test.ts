// One test per kind of hostile or broken input: each ends with exit 2, a message naming the file and the problem,
// a bounded peak memory, and the target workbook byte-for-byte as it was. (Timings are in `npm run bench`.)
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook } from '../electron/services/store';
import { cli, sha256File, template } from './helpers';
import { buildHostileCorpus, type HostileCase } from './hostile/corpus';
import { exportTo } from './xlsx-helpers';

const BIN = join(import.meta.dirname, '..', 'bin', 'engagebook.js');
const dir = mkdtempSync(join(tmpdir(), 'engagebook-hostile-'));
const target = join(dir, 'target.engagement');
let corpus: HostileCase[] = [];
let exported = '';

beforeAll(async () => {
  const content = template('managed-services');
  createWorkbook(target, content);
  exported = (await exportTo(dir, { ...content, revisions: [] }, 'real.xlsx')).file;
  corpus = buildHostileCorpus(dir, readFileSync(exported));
});

/** Runs the real CLI under GNU time to learn its peak memory. */
function importInto(file: string) {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'peak-kb=%M', process.execPath, BIN, 'import', file, '--into', target, '--dry-run'],
    {
      encoding: 'utf8',
    },
  );
  const peak = Number(/peak-kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { status: run.status, stderr: run.stderr.replace(/peak-kb=\d+\n?/, ''), peakMb: peak / 1024 };
}

const KINDS = [
  'non-zip bytes',
  'a truncated zip',
  'a zip bomb',
  'a zip whose declared sizes lie',
  'billion laughs',
  'an external entity',
  '1,048,576 rows',
  'namespaced XML',
  'a password-protected workbook',
  'an empty workbook',
  'an enormous string',
];

describe('hostile and broken input', () => {
  for (const kind of KINDS) {
    it(`refuses ${kind}: exit 2, a clear message, under 512 MB, target untouched`, () => {
      const hostile = corpus.find((c) => c.name === kind);
      expect(hostile, kind).toBeDefined();
      const before = sha256File(target);
      const run = importInto(hostile!.file);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(`engagebook: ${hostile!.file}: `);
      expect(run.stderr).toMatch(hostile!.message);
      expect(run.stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
      expect(run.peakMb).toBeLessThan(512);
      expect(sha256File(target)).toBe(before);
    });
  }

  it('ignores whole-column data validations and conditional formats instead of expanding them', async () => {
    const zip = await JSZip.loadAsync(readFileSync(exported));
    const name = 'xl/worksheets/sheet2.xml';
    const xml = await zip.file(name)!.async('string');
    const huge =
      '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="99"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"R,A"</formula1></dataValidation></dataValidations>';
    zip.file(name, xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '').replace('<pageMargins', `${huge}<pageMargins`));
    const file = join(dir, 'whole-column.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = importInto(file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.peakMb).toBeLessThan(512);
    const { stdout } = await cli('import', file, '--into', target, '--dry-run');
    expect(stdout).toMatch(/0 changes would apply, 0 conflicts/);
  });

  it('refuses an old .xls file and a plain zip that is no workbook', async () => {
    const xls = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    writeFileSync(join(dir, 'old.xlsx'), xls);
    expect((await cli('import', join(dir, 'old.xlsx'), '--into', target)).stderr).toMatch(/old Excel 97–2003 \(\.xls\) file/);
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    writeFileSync(join(dir, 'plain.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await cli('import', join(dir, 'plain.xlsx'), '--into', target)).stderr).toMatch(
      /is a zip archive but not an Excel workbook/,
    );
  });
});
