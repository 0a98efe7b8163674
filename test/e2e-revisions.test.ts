// Revisions and compare in real Chromium against browser mode: make revision v1 and mark it sent, change two cells,
// compare v1 with the current state and see exactly those two cells marked, sign v1 and see it final (no way back to
// draft, its content read-only, the change since signing pointed out and superseded), and check the file with the CLI.
// Screenshots of the revisions panel and the compare view go to a temporary folder, or to docs/screenshots when
// `npm run screenshots:app` asks for them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eSession } from './e2e-harness';
import { cli } from './helpers';

const ROLES = 'Roles and responsibilities';
const e2e = e2eSession();
let page: Page;
beforeAll(async () => {
  page = e2e.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(e2e.url).origin });
});

const status = () => page.getByRole('status').textContent();
const cell = (activity: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${activity} — ${party}:`) });
const view = (name: string) => page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name, exact: true });
const revisionRow = (label: string) => page.getByRole('row', { name: label, exact: true });
const workbookFile = () => join(e2e.documents, 'Revisions Acme.engagement');

interface Shown {
  revisions: Array<{ label: string; status: string; fingerprint: string; snapshot: unknown }>;
}
async function shown(): Promise<Shown> {
  const run = await cli('show', workbookFile(), '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

/** Sets a cell by keyboard to `key`'s role and waits until the grid shows a different cell than before. */
async function change(activity: string, party: string, key: string) {
  const before = await cell(activity, party).getAttribute('aria-label');
  await cell(activity, party).click();
  await page.keyboard.press(key);
  await expect.poll(() => cell(activity, party).getAttribute('aria-label')).not.toBe(before);
}

describe('revisions and compare in the page', () => {
  it('creates revision v1, marks it sent with the date, and copies its fingerprint', async () => {
    await page.getByRole('heading', { name: 'New workbook' }).waitFor();
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Managed services' });
    await page.getByLabel('Title', { exact: true }).fill('Revisions Acme');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('grid', { name: ROLES }).waitFor();

    await view('Revisions').click();
    await expect.poll(() => page.getByLabel('New revision label').inputValue()).toBe('v1');
    await page.getByRole('button', { name: 'Create revision' }).click();
    await expect.poll(status).toMatch(/Revision v1 created/);
    await revisionRow('v1').getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(status).toMatch(/Revision v1 marked sent/);
    await expect.poll(() => revisionRow('v1').textContent()).toMatch(/draft.*sent/);
    // Sent: it can come back returned or be signed, never go back to draft.
    expect(
      await revisionRow('v1')
        .getByRole('button', { name: /^Mark as / })
        .allTextContents(),
    ).toEqual(['Mark as returned', 'Mark as signed']);

    await revisionRow('v1').getByRole('button', { name: 'Copy fingerprint' }).click();
    await expect.poll(status).toMatch(/Fingerprint of v1 copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect((await shown()).revisions).toEqual([expect.objectContaining({ label: 'v1', status: 'sent', fingerprint: copied })]);
  });

  it('compares v1 with the current state after two cell changes and marks exactly those two cells', async () => {
    await view('Grid').click();
    await change('Cloud region selection', 'Customer', 'c');
    await change('Instance provisioning', 'Partner', 'a');

    await view('Revisions').click();
    await revisionRow('v1').getByRole('button', { name: 'Compare with current' }).click();
    const grid = page.getByRole('grid', { name: `${ROLES}: changed rows (read-only)` });
    await grid.waitFor();
    expect(await grid.getAttribute('aria-readonly')).toBe('true');
    const marked = grid.getByRole('gridcell', { name: / → / });
    await expect.poll(() => marked.count()).toBe(2);
    const names = await Promise.all((await marked.all()).map((c) => c.getAttribute('aria-label')));
    expect(names).toEqual([
      expect.stringMatching(/^Cloud region selection — Customer: .* → .*C/),
      expect.stringMatching(/^Instance provisioning — Partner: .* → .*A/),
    ]);
    await expect.poll(() => page.getByRole('list', { name: 'Differences by kind' }).textContent()).toBe('Changed cells: 2');
    await page.screenshot({ path: join(e2e.screenshots, 'compare.png') });
  });

  it('signs v1: final, no way back to draft, its content unchanged, and the change since signing superseded by v2', async () => {
    const sentFingerprint = (await shown()).revisions[0]!.fingerprint;
    await view('Revisions').click();
    await revisionRow('v1').getByRole('button', { name: 'Mark as signed' }).click();
    await expect.poll(status).toMatch(/Revision v1 marked signed/);
    await expect.poll(() => revisionRow('v1').textContent()).toMatch(/final, cannot change/);
    expect(
      await revisionRow('v1')
        .getByRole('button', { name: /^Mark as / })
        .count(),
    ).toBe(0);
    // Viewed on its own, v1 is every row as it was frozen, read-only: a role letter on a cell changes nothing.
    await revisionRow('v1').getByRole('button', { name: 'View' }).click();
    const frozen = page.getByRole('grid', { name: `${ROLES} (read-only)` });
    await frozen.waitFor();
    expect(await frozen.getAttribute('aria-readonly')).toBe('true');
    const region = frozen.getByRole('gridcell', { name: /^Cloud region selection — Customer: / });
    const asSent = await region.getAttribute('aria-label');
    expect(asSent).not.toMatch(/→/);
    await region.click();
    await page.keyboard.press('a');
    expect(await region.getAttribute('aria-label')).toBe(asSent);
    expect(await frozen.getByRole('textbox').count()).toBe(0);
    await view('Revisions').click();
    // Nor from the command line: a signed revision never goes back.
    const back = await cli('revision', workbookFile(), 'v1', '--status', 'draft');
    expect(back.code).toBe(2);
    expect(back.stderr).toMatch(/signed and final/);

    const notice = page.getByRole('note');
    await expect.poll(() => notice.textContent()).toMatch(/changed since v1 was signed/);
    await page.screenshot({ path: join(e2e.screenshots, 'revisions.png') });
    await page.getByLabel('New revision label').fill('v2');
    await notice.getByRole('button', { name: 'Create revision superseding v1' }).click();
    await expect.poll(() => revisionRow('v2').textContent()).toMatch(/supersedes v1/);
    expect(await notice.count()).toBe(0);

    const doc = await shown();
    expect(doc.revisions.map((r) => [r.label, r.status])).toEqual([
      ['v1', 'signed'],
      ['v2', 'draft'],
    ]);
    expect(doc.revisions[0]!.fingerprint).toBe(sentFingerprint);
    const diff = await cli('diff', `${workbookFile()}@v1`, `${workbookFile()}@v2`, '--json');
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).counts).toEqual({ cell: 2 });
  });
});
