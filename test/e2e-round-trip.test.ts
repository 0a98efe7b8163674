// The client round trip in real Chromium against browser mode: export the sign-off workbook from the page (recorded
// as sent), edit it with openpyxl as a client would, import it in the page, review it change by change, apply, and
// check the file with the CLI. Screenshots of the export dialog and the review screen go to a temporary folder, or to
// docs/screenshots when `npm run screenshots:app` asks for them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eSession } from './e2e-harness';
import { cli } from './helpers';
import { editWithOpenpyxl } from './xlsx-helpers';

const ROLES = 'Roles and responsibilities';
const e2e = e2eSession({ acceptDownloads: true });
let page: Page;
beforeAll(() => void (page = e2e.page));

const status = () => page.getByRole('status').textContent();
const cell = (activity: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${activity} — ${party}:`) });
const review = () => page.getByRole('region', { name: /^Review / });
const workbookFile = () => join(e2e.documents, 'Round trip Acme.engagement');

interface Shown {
  matrices: Array<{
    partyIds: string[];
    phases: Array<{
      activities: Array<{ title: string; cells: Array<{ partyId: string; roles: string[]; note: string | null }> }>;
    }>;
  }>;
  parties: Array<{ id: string; name: string }>;
  signatories: Array<{ name: string }>;
  revisions: Array<{ label: string; status: string }>;
}

async function shown(): Promise<Shown> {
  const run = await cli('show', workbookFile(), '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

function cellOf(doc: Shown, activity: string, party: string) {
  const partyId = doc.parties.find((p) => p.name === party)!.id;
  const found = doc.matrices[0]!.phases.flatMap((p) => p.activities).find((a) => a.title === activity)!;
  return found.cells.find((c) => c.partyId === partyId) ?? { roles: [], note: null };
}

async function importFile(file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  await review().waitFor();
}

describe('the client round trip in the page', () => {
  it('exports the sign-off workbook from the page and records it as sent', async () => {
    await page.getByRole('heading', { name: 'New workbook' }).waitFor();
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Managed services' });
    await page.getByLabel('Title', { exact: true }).fill('Round trip Acme');
    await page.getByLabel('Client', { exact: true }).fill('Acme AB');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('grid', { name: ROLES }).waitFor();

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Excel workbook/ }).check();
    await dialog.getByRole('checkbox', { name: /revision sent to the client/ }).check();
    await expect.poll(() => dialog.getByLabel('Revision label').inputValue()).toBe('v1');
    await page.screenshot({ path: join(e2e.screenshots, 'export-dialog.png') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await file.saveAs(join(e2e.dir, 'sent.xlsx'));
    await expect.poll(status).toMatch(/revision "v1" recorded as sent/);
    expect((await shown()).revisions).toEqual([expect.objectContaining({ label: 'v1', status: 'sent' })]);
  });

  it('reviews what the client changed, applies the accepted changes as one step, and records a returned revision', async () => {
    // Meanwhile we change a cell the client changes too: a conflict.
    await cell('Internal network configuration and security', 'Customer Success Engineer').click();
    await page.keyboard.press('c');
    await expect
      .poll(() => cell('Internal network configuration and security', 'Customer Success Engineer').getAttribute('aria-label'))
      .toMatch(/Contributor$/);
    const returned = join(e2e.dir, 'returned.xlsx');
    editWithOpenpyxl(join(e2e.dir, 'sent.xlsx'), returned, [
      { op: 'set', sheet: ROLES, cell: 'C7', value: 'C' },
      { op: 'set', sheet: ROLES, cell: 'D7', value: 'O' },
      { op: 'set', sheet: ROLES, cell: 'G8', value: 'Customer: Please confirm the region' },
      { op: 'set', sheet: ROLES, cell: 'E9', value: 'A' },
      { op: 'set', sheet: 'Sign-off', cell: 'C6', value: 'Anna Client' },
    ]);

    await importFile(returned);
    await expect.poll(() => review().textContent()).toMatch(/Exported from revision "v1" \(sent\)/);
    await expect.poll(() => review().textContent()).toMatch(/changed since it was sent/);
    const accept = (where: string) => review().getByRole('checkbox', { name: new RegExp(`^Accept .*: ${where}$`) });
    const partner = accept(`${ROLES} › Cloud region selection › Partner`);
    const conflict = accept(`${ROLES} › Internal network configuration and security › Customer Success Engineer`);
    await expect.poll(() => partner.isChecked()).toBe(true);
    // A conflict starts rejected: ours stays unless the person takes the client's.
    await expect.poll(() => conflict.isChecked()).toBe(false);
    await partner.uncheck();
    // Without the Partner's "O", Cloud region selection would have no Owner: said before anything is applied.
    const result = review().getByRole('complementary', { name: 'Findings after applying' });
    await expect.poll(() => result.textContent()).toMatch(/"Cloud region selection" has no Owner/);
    await page.screenshot({ path: join(e2e.screenshots, 'review.png') });
    await review()
      .getByRole('button', { name: /^Apply \d+ changes?$/ })
      .click();
    await expect.poll(status).toMatch(/Applied 3 changes; revision "v1 returned/);

    const doc = await shown();
    expect(cellOf(doc, 'Cloud region selection', 'Customer').roles).toEqual(['C']);
    expect(cellOf(doc, 'Cloud region selection', 'Partner').roles).toEqual(['C']);
    expect(cellOf(doc, 'Instance provisioning', 'Customer').note).toBe('Please confirm the region');
    expect(cellOf(doc, 'Internal network configuration and security', 'Customer Success Engineer').roles).toEqual(['C']);
    expect(doc.signatories.map((s) => s.name)).toContain('Anna Client');
    expect(doc.revisions.map((r) => r.status)).toEqual(['sent', 'returned']);

    // One undo step takes the whole import back.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => cellOf(await shown(), 'Cloud region selection', 'Customer').roles).toEqual(['O']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => cellOf(await shown(), 'Cloud region selection', 'Customer').roles).toEqual(['C']);

    // The same file again: nothing to apply, and no second returned revision.
    await importFile(returned);
    await expect.poll(() => review().textContent()).toMatch(/already imported/);
    await review().getByRole('button', { name: 'Cancel' }).click();
    expect((await shown()).revisions.map((r) => r.status)).toEqual(['sent', 'returned']);
  });
});
