// The support scope editor and the sign-off in real Chromium against browser mode: choose a support model (the page
// says what it changed), type a capacity the model does not fit (the finding appears next to the field while typing),
// fix it, undo the fix with Ctrl+Z from the scope view (the finding is back), and add a signatory. The CLI confirms
// each change in the file. Screenshots of the editor and the sign-off go to `e2e.screenshots`.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eSession } from './e2e-harness';
import { cli } from './helpers';

const e2e = e2eSession();
let page: Page;
beforeAll(() => void (page = e2e.page));

interface Shown {
  parties: Array<{ id: string; name: string }>;
  scope: {
    model: string;
    capacityHoursPerMonth: number | null;
    coverage: { kind: string };
    serviceLevels: Array<{ level: string; activities: Array<{ title: string; providerPartyId: string | null }> }>;
  };
  signatories: Array<{ partyId: string; name: string; title: string; date: string | null }>;
}

async function shown(): Promise<Shown> {
  const run = await cli('show', join(e2e.documents, 'Scope Acme.engagement'), '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

const CAPACITY = 'Capacity (hours per month)';
const capacity = () => page.getByLabel(CAPACITY, { exact: true });
const capacityFindings = () => page.getByRole('list', { name: `Findings for ${CAPACITY}` });
const status = () => page.getByRole('status').textContent();

describe('the support scope editor', () => {
  it('opens the scope view of a new managed-services workbook', async () => {
    await page.getByRole('heading', { name: 'New workbook' }).waitFor();
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Managed services' });
    await page.getByLabel('Title', { exact: true }).fill('Scope Acme');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('radio', { name: 'Scope' }).click();
    await page.getByRole('region', { name: 'Support scope and sign-off' }).waitFor();
    expect(await capacity().inputValue()).toBe('480');
  });

  it('chooses a support model, fills its defaults and says what changed', async () => {
    await page.getByLabel('Support model', { exact: true }).selectOption({ label: 'SLA support with hotfix' });
    const note = 'capacity set to 120 h, coverage set to 24x7 for severity 1';
    await expect.poll(status).toContain(note);
    // Said next to the picker too, where it stays after the status bar moves on.
    expect(await page.getByRole('region', { name: 'Support model and capacity' }).getByText(note).count()).toBe(1);
    expect(await capacity().inputValue()).toBe('120');
    expect(await page.getByRole('radio', { name: '24x7 for severity 1' }).isChecked()).toBe(true);
    const doc = await shown();
    expect(doc.scope).toMatchObject({ model: 'sla-hotfix', capacityHoursPerMonth: 120, coverage: { kind: '24x7-sev1' } });
  });

  it('shows the capacity finding next to the field while typing, and saves the value on Enter', async () => {
    expect(await capacityFindings().count()).toBe(0);
    await capacity().fill('400');
    // Not saved yet: the finding follows the text as it is typed.
    await capacityFindings().waitFor();
    expect(await capacityFindings().textContent()).toContain('400 hours a month is outside the usual 40–320');
    expect((await shown()).scope.capacityHoursPerMonth).toBe(120);
    await capacity().press('Enter');
    await expect.poll(async () => (await shown()).scope.capacityHoursPerMonth).toBe(400);
    expect(await capacityFindings().count()).toBe(1);
  });

  it('fixes the capacity (the finding goes), and Ctrl+Z from the scope view brings it back', async () => {
    await capacity().fill('200');
    await capacity().press('Enter');
    await expect.poll(async () => (await shown()).scope.capacityHoursPerMonth).toBe(200);
    await expect.poll(() => capacityFindings().count()).toBe(0);

    // Undo works from the view, not only from the grid: focus leaves the field, then Ctrl+Z.
    await page.getByRole('heading', { name: 'Support model and capacity' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(status).toContain('Undone: Change capacity');
    await expect.poll(() => capacity().inputValue()).toBe('400');
    await capacityFindings().waitFor();
    expect((await shown()).scope.capacityHoursPerMonth).toBe(400);
    await page.screenshot({ path: join(e2e.screenshots, 'scope.png') });
  });

  it('refuses a capacity the scope cannot hold, saying why, and changes nothing', async () => {
    await capacity().fill('-5');
    await capacity().press('Enter');
    await expect.poll(status).toContain('Capacity must be a number of hours from 0 to 100,000.');
    expect((await shown()).scope.capacityHoursPerMonth).toBe(400);
  });

  it('edits the service catalogue: a service without a provider is flagged on its row; add, move and remove', async () => {
    const l1 = page.getByRole('region', { name: 'L1 — monitoring and incident management' });
    const l1Services = async () => (await shown()).scope.serviceLevels.find((l) => l.level === 'L1')!.activities;
    await l1.getByLabel('Provider of Event management').selectOption({ label: 'None' });
    await l1.getByRole('list', { name: 'Findings for Event management' }).waitFor();
    expect(await l1.getByRole('list', { name: 'Findings for Event management' }).textContent()).toContain(
      '"Event management" is included, but no party is named to provide it.',
    );
    // The finding shows as soon as the page has the choice; the file has it once the edit is saved.
    await expect.poll(async () => (await l1Services())[0]).toMatchObject({ title: 'Event management', providerPartyId: null });

    await l1.getByRole('button', { name: /^Add a service to / }).click();
    await l1.getByRole('button', { name: 'Move New service up' }).click();
    // Alt+↓ in its title field moves it back down, and Alt+↑ up again, as rows move in the grid.
    await l1.getByLabel('Title of New service').press('Alt+ArrowDown');
    await expect.poll(async () => (await l1Services()).map((s) => s.title).slice(-1)).toEqual(['New service']);
    await l1.getByLabel('Title of New service').press('Alt+ArrowUp');
    await expect
      .poll(async () => (await l1Services()).map((s) => s.title).slice(-2))
      .toEqual(['New service', 'Priority notification and reporting']);
    await l1.scrollIntoViewIfNeeded();
    await l1.screenshot({ path: join(e2e.screenshots, 'scope-services.png') });
    await l1.getByRole('button', { name: 'Remove New service' }).click();
    await expect.poll(async () => (await l1Services()).some((s) => s.title === 'New service')).toBe(false);
  });

  it('adds a signatory with name, title and date', async () => {
    const signoff = page.getByRole('region', { name: 'Sign-off', exact: true });
    const before = (await shown()).signatories.length;
    const number = before + 1;
    await signoff.getByLabel('Signatory for').selectOption({ index: 1 });
    await signoff.getByRole('button', { name: 'Add signatory' }).click();
    await signoff.getByLabel(`Name of signatory ${number}`).fill('Anna Berg');
    await signoff.getByLabel(`Title of signatory ${number}`).fill('CIO');
    await signoff.getByLabel(`Title of signatory ${number}`).press('Enter');
    await signoff.getByLabel(`Date of signatory ${number}`).fill('2026-12-15');
    await signoff.getByLabel(`Date of signatory ${number}`).blur();
    await expect
      .poll(async () => (await shown()).signatories.at(-1))
      .toMatchObject({
        name: 'Anna Berg',
        title: 'CIO',
        date: '2026-12-15',
      });
    const doc = await shown();
    expect(doc.signatories).toHaveLength(number);
    expect(doc.parties.map((p) => p.id)).toContain(doc.signatories.at(-1)!.partyId);
    await signoff.scrollIntoViewIfNeeded();
    await signoff.screenshot({ path: join(e2e.screenshots, 'signoff.png') });
  });
});
