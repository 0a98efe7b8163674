// Regenerates the README's pictures of the Excel export (npm run screenshots:export): builds the managed-services
// template, exports it, prints it to PDF with LibreOffice and renders the matrix and sign-off pages with pdftoppm.
// Needs Debian's libreoffice-calc-nogui and poppler-utils (installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportXlsx } from '../electron/services/xlsx/export';
import { newId } from '../electron/services/store';
import { buildTemplate } from '../shared/templates';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'engagebook-shots-'));
try {
  const content = buildTemplate('managed-services', {
    language: 'en',
    newId,
    title: 'Commerce platform run and evolve',
    client: 'ACME Retail',
    preparedBy: 'Northwind Services',
    today: '2026-11-21',
  });
  const xlsx = join(work, 'acme.xlsx');
  await exportXlsx({ ...content, revisions: [] }, xlsx, { now: new Date('2026-11-21T09:00:00Z') });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx],
    {
      stdio: 'ignore',
    },
  );
  const pdf = join(work, 'acme.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const pageWith = (text: string) => {
    for (let page = 1; page <= pages; page++) {
      const words = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      if (words.includes(text)) return page;
    }
    throw new Error(`no page shows "${text}"`);
  };
  for (const [name, text] of [
    ['export-matrix', 'Legend'],
    ['export-signoff', 'By signing below'],
  ] as const) {
    const page = String(pageWith(text));
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', page, '-l', page, pdf, join(OUT, name)]);
    console.log(`wrote docs/screenshots/${name}.png (page ${page})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
