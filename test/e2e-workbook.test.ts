// The workbook around the grid, in real Chromium against browser mode: edit the details, rename and duplicate a
// matrix, add a custom role and type it in the grid. Each change is checked in the file with `engagebook show --json`
// and each is one undo step. Screenshots of the tabs' menu and the Roles dialog go to e2e.screenshots.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eSession } from './e2e-harness';
import { cli } from './helpers';

const e2e = e2eSession();
let page: Page;
beforeAll(() => void (page = e2e.page));

interface Shown {
  title: string;
  client: string;
  matrices: Array<{
    title: string;
    vocabularyId: string;
    partyIds: string[];
    phases: Array<{ activities: Array<{ title: string; cells: Array<{ partyId: string; roles: string[] }> }> }>;
  }>;
  parties: Array<{ id: string; name: string }>;
  vocabularies: Array<{ id: string; roles: Array<{ code: string; label: string; kind: string }> }>;
}

async function shown(): Promise<Shown> {
  const run = await cli('show', join(e2e.documents, 'Workbook Acme.engagement'), '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

const tabs = () => page.getByRole('tablist', { name: 'Matrices' }).getByRole('tab').allTextContents();
const undo = () => page.keyboard.press('Control+z');
const redo = () => page.keyboard.press('Control+Shift+z');
const matrixAction = async (matrix: string, action: string) => {
  await page.getByRole('button', { name: `Actions for ${matrix}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
};

describe('the workbook in the page', () => {
  it('edits the title and client in the Details dialog, as one undo step', async () => {
    await page.getByRole('heading', { name: 'New workbook' }).waitFor();
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Managed services' });
    await page.getByLabel('Title', { exact: true }).fill('Workbook Acme');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('grid', { name: 'Roles and responsibilities' }).waitFor();

    await page.getByRole('button', { name: 'Details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workbook details' });
    await dialog.getByLabel('Title').fill('Acme managed services 2027');
    await dialog.getByLabel('Client').fill('Acme Nordic AB');
    await page.screenshot({ path: join(e2e.screenshots, 'details.png') });
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Acme managed services 2027');
    await expect.poll(async () => (await shown()).client).toBe('Acme Nordic AB');
    expect((await shown()).title).toBe('Acme managed services 2027');

    await undo();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Workbook Acme');
    expect(await shown()).toMatchObject({ title: 'Workbook Acme', client: '' });
    await redo();
    await expect.poll(async () => (await shown()).client).toBe('Acme Nordic AB');
  });

  it('renames and duplicates a matrix from its tab menu; the tabs show both and each is undoable', async () => {
    await matrixAction('Roles and responsibilities', 'Rename');
    const prompt = page.getByRole('dialog', { name: 'Matrix title' });
    await prompt.getByRole('textbox').fill('Run book');
    await prompt.getByRole('button', { name: 'OK' }).click();
    await expect.poll(tabs).toContain('Run book');
    await expect.poll(async () => (await shown()).matrices.map((m) => m.title)).toContain('Run book');
    await undo();
    await expect.poll(tabs).toContain('Roles and responsibilities');
    await redo();
    await expect.poll(tabs).toContain('Run book');

    await matrixAction('Run book', 'Duplicate');
    await expect.poll(tabs).toEqual(expect.arrayContaining(['Run book', 'Run book (2)']));
    // The page follows the new matrix.
    await page.getByRole('grid', { name: 'Run book (2)' }).waitFor();
    const doc = await shown();
    const [original, copy] = ['Run book', 'Run book (2)'].map((t) => doc.matrices.find((m) => m.title === t)!);
    expect(copy!.phases.flatMap((p) => p.activities.map((a) => a.title))).toEqual(
      original!.phases.flatMap((p) => p.activities.map((a) => a.title)),
    );
    await undo();
    await expect.poll(tabs).not.toContain('Run book (2)');
    await redo();
    await expect.poll(tabs).toContain('Run book (2)');
    await page.getByRole('button', { name: 'Actions for Run book (2)' }).click();
    await page.getByRole('menuitem', { name: 'Move left' }).waitFor();
    await page.screenshot({ path: join(e2e.screenshots, 'matrices.png') });
    await page.keyboard.press('Escape');
  });

  it('moves a matrix by keyboard from its tab menu, and deletes one that Ctrl+Z brings back', async () => {
    const before = await tabs();
    await page.getByRole('tab', { name: 'Run book (2)' }).focus();
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Rename');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const moved = [...before.slice(0, -2), 'Run book (2)', before.at(-2)!];
    await expect.poll(tabs).toEqual(moved);
    await expect.poll(async () => (await shown()).matrices.map((m) => m.title)).toEqual(moved);

    await matrixAction('Run book (2)', 'Delete matrix');
    const confirm = page.getByRole('dialog', { name: 'Delete the matrix Run book (2)?' });
    await expect.poll(() => confirm.textContent()).toMatch(/Its \d+ activities and their roles go with it\./);
    await confirm.getByRole('button', { name: 'Delete matrix' }).click();
    await expect.poll(tabs).not.toContain('Run book (2)');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Run book \(2\) deleted; Ctrl\+Z brings it back/);
    await expect.poll(async () => (await shown()).matrices.map((m) => m.title)).not.toContain('Run book (2)');
    await undo();
    await expect.poll(tabs).toEqual(moved);
    await expect.poll(async () => (await shown()).matrices.map((m) => m.title)).toEqual(moved);
    // Arrow keys move between the tabs, and the grid follows.
    await page.getByRole('tab', { name: 'Run book', exact: true }).click();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('grid', { name: 'Run book (2)' }).waitFor();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Run book (2)');
  });

  it('adds a matrix from a template and follows it; undo takes it away', async () => {
    await page.getByRole('button', { name: 'Add matrix' }).click();
    await page.getByRole('menuitem', { name: 'From a template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'From a template…' });
    await dialog.getByLabel('Template matrix').selectOption({ label: 'Roles and responsibilities (49 activities)' });
    await dialog.getByRole('button', { name: 'Add matrix' }).click();
    await page.getByRole('grid', { name: 'Roles and responsibilities' }).waitFor();
    await expect.poll(async () => (await shown()).matrices.map((m) => m.title)).toContain('Roles and responsibilities');
    await undo();
    await expect.poll(tabs).not.toContain('Roles and responsibilities');
    await page.getByRole('tab', { name: 'Run book (2)' }).click();
    await page.getByRole('grid', { name: 'Run book (2)' }).waitFor();
  });

  it('adds a custom role "V" in the Roles dialog and types it in the grid', async () => {
    await page.getByRole('button', { name: 'Roles', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Roles: / });
    // A built-in vocabulary: the dialog says the first change makes a copy for the workbook.
    await dialog.getByText(/your first change makes a copy of it for this workbook/).waitFor();
    await dialog.getByLabel('Code', { exact: true }).fill('V');
    await dialog.getByLabel('Label in English').fill('Verifier');
    await dialog.getByLabel('Label in Svenska').fill('Granskare');
    await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: 'Supporting' });
    await dialog.getByLabel('Colour').fill('#8e44ad');
    await dialog.getByRole('button', { name: 'Add role' }).click();
    await dialog.getByRole('button', { name: 'Remove role V' }).waitFor();
    await expect.poll(() => dialog.getByRole('heading').first().textContent()).toMatch(/\(custom\)$/);
    await page.screenshot({ path: join(e2e.screenshots, 'vocabulary.png') });
    // A role in use cannot be removed: the dialog says in how many cells.
    await dialog.getByRole('button', { name: 'Remove role O' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/^O is used in \d+ cells; clear them first\.$/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const cell = page.getByRole('gridcell', { name: /^Instance provisioning — Partner:/ });
    await cell.click();
    await page.keyboard.press('v');
    await expect.poll(() => cell.getAttribute('aria-label')).toBe('Instance provisioning — Partner: Verifier');
    await expect.poll(() => page.getByRole('region', { name: 'Legend' }).textContent()).toMatch(/V\s*Verifier/);

    // The grid paints a keypress before the host has saved it: wait for the file.
    const savedRoles = async () => {
      const doc = await shown();
      const matrix = doc.matrices.find((m) => m.title === 'Run book (2)')!;
      const partner = doc.parties.find((p) => p.name === 'Partner')!.id;
      const activity = matrix.phases.flatMap((p) => p.activities).find((a) => a.title === 'Instance provisioning')!;
      return activity.cells.find((c) => c.partyId === partner)?.roles;
    };
    await expect.poll(savedRoles).toEqual(['V']);
    const doc = await shown();
    const matrix = doc.matrices.find((m) => m.title === 'Run book (2)')!;
    const vocabulary = doc.vocabularies.find((v) => v.id === matrix.vocabularyId)!;
    expect(vocabulary.roles.at(-1)).toMatchObject({ code: 'V', label: 'Verifier', kind: 'supporting' });
  });
});
