// The product UI in Chromium against browser mode: a Swedish workbook opens in Swedish with the Swedish role letters
// (typed "B" is stored as "C"), a column keeps its width after a reload, and Ctrl+F finds activities and filters them
// by party. Screenshots go to a temporary folder, or to docs/screenshots for `npm run screenshots:app`.
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
  matrices: Array<{
    phases: Array<{ activities: Array<{ title: string; cells: Array<{ partyId: string; roles: string[] }> }> }>;
  }>;
}

const cell = (activity: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${activity} — ${party}:`) });

describe('a Swedish workbook', () => {
  it('opens in Swedish, shows and takes the Swedish role letters, and stores the codes', async () => {
    await page.getByRole('heading', { name: 'New workbook' }).waitFor();
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Managed services' });
    await page.getByLabel('Workbook language', { exact: true }).selectOption({ label: 'Svenska' });
    await page.getByLabel('Title', { exact: true }).fill('Svensk affär');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('grid').waitFor();

    // The toolbar speaks Swedish, and the language list shows languages by name.
    await page.getByRole('button', { name: 'Alla arbetsböcker' }).waitFor();
    const language = page.getByRole('combobox', { name: 'Språk', exact: true });
    expect(await language.locator('option:checked').textContent()).toBe('Svenska');
    // The legend and the cells show Ä/B/R for O/C/A.
    const legend = page.getByRole('region', { name: 'Teckenförklaring' });
    expect(await legend.locator('.legend-code').allTextContents()).toEqual(['Ä', 'B', 'R']);
    const first = page.getByRole('gridcell').first();
    expect(['Ä', 'B', 'R', '']).toContain(await first.textContent());

    const target = page.getByRole('gridcell', { name: /^Val av molnregion — / }).last();
    await target.click();
    await page.keyboard.press('b');
    await expect.poll(() => target.textContent()).toBe('B');
    await expect.poll(() => target.getAttribute('aria-label')).toMatch(/: Bidragsgivare$/);
    const doc = JSON.parse((await cli('show', join(e2e.documents, 'Svensk affär.engagement'), '--json')).stdout);
    const activity = doc.matrices[0].phases
      .flatMap((p: { activities: unknown[] }) => p.activities)
      .find((a: { title: string }) => a.title === 'Val av molnregion');
    const lastParty = doc.matrices[0].partyIds.at(-1);
    expect(activity.cells.find((c: { partyId: string }) => c.partyId === lastParty).roles).toEqual(['C']);
    // The undo step is stored as a key and its parameters, so the status bar names it in Swedish.
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Ångra: Sätt Val av molnregion — /);
    await page.screenshot({ path: join(e2e.screenshots, 'grid-swedish.png') });
  });

  it('keeps a resized column after a reload', async () => {
    const handle = page.getByRole('separator', { name: /^Ändra bredd på kolumnen Kund$/ }).first();
    const before = Number(await handle.getAttribute('aria-valuenow'));
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(before + 60);
    // By keyboard too: the handle is a focusable splitter.
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    const sized = Number(await handle.getAttribute('aria-valuenow'));
    await page.reload();
    await page.getByRole('grid').waitFor();
    await expect
      .poll(async () => Number(await page.getByRole('separator', { name: /Kund$/ }).first().getAttribute('aria-valuenow')))
      .toBe(sized);
  });

  it('finds activities with Ctrl+F, steps through them, filters by party, and gives the focus back on Escape', async () => {
    await cell('Val av molnregion', 'Kund').click();
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Sök' });
    await bar.getByRole('searchbox', { name: 'Sök' }).fill('test');
    await expect.poll(() => bar.textContent()).toMatch(/\d+ träffar/);
    const all = Number((await bar.textContent())!.match(/(\d+) träffar/)![1]);
    await page.keyboard.press('Enter');
    await expect.poll(() => bar.textContent()).toMatch(new RegExp(`1 av ${all}`));
    await expect.poll(() => page.locator('.grid-row.found').count()).toBeGreaterThan(0);
    await page.keyboard.press('F3');
    await expect.poll(() => bar.textContent()).toMatch(new RegExp(`2 av ${all}`));
    // Rows where a party holds a role: the file says how many that should be; pick a party that narrows the matches.
    const doc = JSON.parse((await cli('show', join(e2e.documents, 'Svensk affär.engagement'), '--json')).stdout) as Shown;
    const activities = doc.matrices[0]!.phases.flatMap((p) => p.activities).filter((a) => /test/i.test(a.title));
    expect(activities).toHaveLength(all);
    const holding = (partyId: string) =>
      activities.filter((a) => a.cells.some((c) => c.partyId === partyId && c.roles.length)).length;
    const party = doc.parties.find((p) => holding(p.id) < all)!;
    await bar.getByRole('combobox', { name: 'Part med en roll' }).selectOption({ label: party.name });
    await expect.poll(() => bar.textContent()).toMatch(holding(party.id) ? `${holding(party.id)} träff` : 'Inga träffar');
    await page.screenshot({ path: join(e2e.screenshots, 'grid-find.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => page.locator(':focus').getAttribute('role')).toBe('gridcell');
  });
});
