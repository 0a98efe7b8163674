// End to end in real Chromium (Debian's, driven by playwright-core) against browser mode on a real workbook file:
// the grid, keyboard editing, combination, undo/redo, a rule finding appearing and disappearing, the language switch,
// and the edits on disk afterwards. Also writes the README's screenshot of the grid.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'engagebook.js');
let server: ChildProcess;
let browser: Browser;
let page: Page;
let file = '';
let dir = '';

beforeAll(async () => {
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'engagebook-e2e-'));
  file = join(dir, 'e2e.engagement');
  expect((await cli('new', '--template', 'managed-services', '--out', file)).code).toBe(0);
  server = spawn(process.execPath, [BIN, 'serve', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) =>
    server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0]!)),
  );
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  await page.goto(url);
  await page.getByRole('grid', { name: 'Roles and responsibilities' }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const cell = (activity: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${activity} — ${party}:`) });

describe('the RACI grid in Chromium', () => {
  it('names every cell "<activity> — <party>" with its roles as text', async () => {
    await expect(cell('Cloud region selection', 'Customer').getAttribute('aria-label')).resolves.toBe(
      'Cloud region selection — Customer: Owner',
    );
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([
      'Activity',
      'Customer',
      'Partner',
      'Customer Success Engineer',
    ]);
    await page.screenshot({
      path: (mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true }), join(ROOT, 'docs', 'screenshots', 'grid.png')),
    });
  });

  it('moves and sets roles by keyboard; a second owner raises a finding that undo takes away', async () => {
    await cell('Instance provisioning', 'Partner').click();
    await page.keyboard.press('c');
    await expect
      .poll(() => cell('Instance provisioning', 'Partner').getAttribute('aria-label'))
      .toBe('Instance provisioning — Partner: Contributor');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('o');
    const findings = page.getByRole('complementary', { name: 'Findings' });
    await expect.poll(() => findings.textContent()).toMatch(/"Instance provisioning" has 2 parties marked Owner/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => findings.textContent()).toMatch(/No findings/);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => findings.textContent()).toMatch(/2 parties marked Owner/);
    // Clicking the finding jumps to its row.
    await cell('Cloud region selection', 'Partner').click();
    await findings.getByRole('button', { name: /Instance provisioning/ }).click();
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(/^Instance provisioning — Customer:/);
    await page.keyboard.press('Delete');
    await expect
      .poll(() => cell('Instance provisioning', 'Customer').getAttribute('aria-label'))
      .toBe('Instance provisioning — Customer: no role');
  });

  it('switches the UI language', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    await expect.poll(() => page.getByRole('columnheader').first().textContent()).toBe('Aktivitet');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  });

  it('has saved every edit to the file', async () => {
    const doc = JSON.parse((await cli('show', file, '--json')).stdout);
    const instance = doc.matrices[0].phases[0].activities[1];
    expect(instance.title).toBe('Instance provisioning');
    expect(instance.cells.map((c: { roles: string[] }) => c.roles)).toEqual([['C'], ['O']]);
  });
});
