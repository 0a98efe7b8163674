// End to end in real Chromium: a client's own spreadsheet imported from the start screen — picked in the file chooser,
// uploaded, its detection shown on a preview of the real sheet, one guess corrected with the resulting matrix
// following, created — and the workbook on disk read back with `engagebook show --json`. Also a file that cannot be
// read (named in the message) and a JSON workbook (created as it is).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E } from './e2e-harness';
import { CLIENT_SHEET, writeClientSheet } from './fixtures/client-sheet';
import { cli } from './helpers';

let dir = '';
let documents = '';
let page: Page;
let SCREENSHOTS = '';
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const e2e = await startE2E();
  ({ dir, documents, page, screenshots: SCREENSHOTS, close } = e2e);
}, 120_000);

afterAll(async () => {
  await close?.();
});

/** Clicks "Import a spreadsheet…" on the start screen and picks `file` in the browser's file chooser. */
async function importFile(file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a spreadsheet…' }).click(),
  ]);
  expect(await chooser.element().getAttribute('accept')).toBe('.xlsx,.ods,.xls,.csv,.tsv,.txt,.html,.htm,.json');
  await chooser.setFiles(file);
}

const result = () => page.getByRole('table', { name: 'The matrix that will be created' });
const resultParties = async () => (await result().getByRole('columnheader').allTextContents()).slice(1);
const select = (name: string) => page.getByRole('combobox', { name, exact: true });

describe("a client's spreadsheet imported from the start screen", () => {
  it('says which file could not be read, and why', async () => {
    const notes = join(dir, 'meeting notes.html');
    writeFileSync(notes, '<p>No tables here</p>');
    await page.getByRole('heading', { name: 'New workbook' }).waitFor();
    await importFile(notes);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Could not import meeting notes.html: no responsibility matrix found (the page has no table)');
  });

  it('shows the detection on the real sheet, follows a correction live, and creates the corrected workbook', async () => {
    const file = await writeClientSheet(join(dir, 'Acme RACI.xlsx'));
    await importFile(file);
    await page.getByRole('heading', { name: 'Import Acme RACI.xlsx' }).waitFor();

    // The real sheet, with the reading marked on it: the header row, and the columns in their roles.
    const sheet = page.getByRole('table', { name: `Sheet ${CLIENT_SHEET} as it is` });
    await expect.poll(() => sheet.getByRole('rowheader', { name: /^5/ }).textContent()).toBe('5Header');
    expect(await sheet.getByRole('columnheader').allTextContents()).toEqual([
      'APhases',
      'BActivities',
      'CParties',
      'DParties',
      'EParties',
      'FParties',
      'G',
    ]);
    expect(await sheet.getByRole('rowheader', { name: /^15/ }).textContent()).toBe('15Skipped');
    expect(await sheet.getByRole('cell', { name: 'Acme Corp — managed cloud services' }).count()).toBe(1);
    // Every guess is a control, set where the detector found it.
    expect(await select('Sheet').inputValue()).toBe(CLIENT_SHEET);
    expect(await select('Orientation').inputValue()).toBe('rows');
    expect(await select('Header row').inputValue()).toBe('5');
    expect(await select('Activity column').inputValue()).toBe('2');
    expect(await select('Phase column').inputValue()).toBe('1');
    const parties = page.getByRole('group', { name: 'Party columns' });
    expect(await parties.getByRole('checkbox').count()).toBe(5); // the four parties and "Comments"
    expect(await parties.getByRole('checkbox', { name: 'Security office' }).isChecked()).toBe(true);
    expect(await parties.getByRole('checkbox', { name: 'Comments' }).isChecked()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Meaning of R' }).inputValue()).toBe('Responsible');
    expect(await page.getByRole('combobox', { name: 'Kind of A' }).inputValue()).toBe('accountable');
    await expect.poll(() => page.getByText(/The detector is sure of this reading \(confidence 100%\)/).count()).toBe(1);
    // The matrix that would be created.
    expect(await resultParties()).toEqual([
      'Acme › IT operations',
      'Acme › Security office',
      'Northwind › Service desk',
      'Northwind › Cloud engineering',
    ]);
    expect(await page.getByText('6 activities · 4 parties').count()).toBe(1);
    expect(
      await result()
        .getByRole('row', { name: /^Kick-off workshop/ })
        .textContent(),
    ).toBe('Kick-off workshopAICR');
    await page.screenshot({ path: join(SCREENSHOTS, 'foreign-import.png') });

    // The security office is not a party of this engagement; phases come from section rows, not the Stage column.
    await parties.getByRole('checkbox', { name: 'Security office' }).uncheck();
    await expect
      .poll(resultParties)
      .toEqual(['Acme › IT operations', 'Northwind › Service desk', 'Northwind › Cloud engineering']);
    expect(await sheet.getByRole('columnheader', { name: /^D/ }).textContent()).toBe('D');
    await select('Phase column').selectOption({ label: 'None' });
    await expect.poll(() => result().getByRole('rowheader').first().textContent()).toBe(CLIENT_SHEET);
    await expect.poll(() => page.getByText('6 activities · 3 parties').count()).toBe(1);
    expect(
      await result()
        .getByRole('row', { name: /^Patch management/ })
        .textContent(),
    ).toBe('Patch managementCAR');

    await page.getByRole('textbox', { name: 'Title' }).fill('Acme services');
    await select('Workbook language').selectOption({ label: 'Svenska' });
    await page.getByRole('button', { name: 'Create workbook' }).click();
    await page.getByRole('grid').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Acme services');
    // A Swedish workbook opens in Swedish, since no UI language was chosen (the next test leaves it by that name).
    await page.getByRole('button', { name: 'Alla arbetsböcker' }).waitFor();

    const doc = JSON.parse((await cli('show', join(documents, 'Acme services.engagement'), '--json')).stdout);
    expect(doc).toMatchObject({ title: 'Acme services', language: 'sv' });
    expect(doc.parties.map((p: { group: string; name: string }) => `${p.group}: ${p.name}`)).toEqual([
      'Acme: IT operations',
      'Northwind: Service desk',
      'Northwind: Cloud engineering',
    ]);
    const matrix = doc.matrices[0];
    expect(matrix.phases.map((p: { title: string }) => p.title)).toEqual([CLIENT_SHEET]);
    const rows = matrix.phases[0].activities.map((a: { title: string; cells: Array<{ partyId: string; roles: string[] }> }) => [
      a.title,
      ...matrix.partyIds.map((id: string) => a.cells.find((c) => c.partyId === id)?.roles.join('/') ?? ''),
    ]);
    expect(rows).toEqual([
      ['Kick-off workshop', 'A', 'C', 'R'],
      ['Access provisioning', 'R', 'I', 'C'],
      ['Runbook review', 'C', 'R', 'A'],
      ['Incident handling', 'I', 'R', 'A'],
      ['Patch management', 'C', 'A', 'R'],
      ['Monthly service review', 'A', 'R', 'I'],
    ]);
    expect(doc.vocabularies[0].roles.map((r: { code: string; label: string }) => `${r.code}=${r.label}`)).toEqual([
      'R=Responsible',
      'A=Accountable',
      'C=Consulted',
      'I=Informed',
    ]);
  });

  it('creates a workbook from a JSON file as it is, after a confirmation with its title', async () => {
    // Leaving the Swedish workbook, the start screen speaks the system's language again.
    await page.getByRole('button', { name: 'Alla arbetsböcker' }).click();
    const source = join(dir, 'source.engagement');
    expect((await cli('new', '--template', 'raci', '--out', source, '--title', 'Shared RACI')).code).toBe(0);
    const json = join(dir, 'shared.json');
    expect((await cli('export', source, '--out', json)).code).toBe(0);
    await importFile(json);
    const confirm = page.getByRole('region', { name: 'New workbook from shared.json' });
    await confirm.waitFor();
    expect(await confirm.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Shared RACI');
    await confirm.getByRole('button', { name: 'Create workbook' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Shared RACI');
    const doc = JSON.parse((await cli('show', join(documents, 'Shared RACI.engagement'), '--json')).stdout);
    expect(doc.title).toBe('Shared RACI');
  });
});
