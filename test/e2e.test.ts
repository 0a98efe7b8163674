// End to end in real Chromium (Debian's, driven by playwright-core) against browser mode with a real documents folder:
// create workbooks on the start screen, move and set roles by keyboard, a combination, undo/redo, paste a TSV block,
// paste a table from Excel as new activities, add and reorder an activity, a rule finding appearing and disappearing,
// the workload view, the language switch, and the edits on disk afterwards (`engagebook show --json`). Screenshots go to a temporary folder, or to the README's
// folder when `npm run screenshots:app` asks for them (ENGAGEBOOK_SCREENSHOTS): a test run never rewrites tracked files.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E } from './e2e-harness';
import { cli } from './helpers';

let SCREENSHOTS = '';
let close: (() => Promise<void>) | undefined;
let page: Page;
let dir = '';

beforeAll(async () => {
  const e2e = await startE2E();
  ({ page, dir, screenshots: SCREENSHOTS } = e2e);
  close = e2e.close;
}, 120_000);

afterAll(async () => {
  await close?.();
});

const cell = (activity: string, party: string) => page.getByRole('gridcell', { name: new RegExp(`^${activity} — ${party}:`) });
const label = (activity: string, party: string) => cell(activity, party).getAttribute('aria-label');
const findings = () => page.getByRole('complementary', { name: 'Findings' });
const phaseActivities = (phase: number) => async () => {
  const titles = await page.getByRole('rowheader').allTextContents();
  const bands = await page.locator('.phase-title').allTextContents();
  // Row headers in order, split at band rows: the activities of the requested phase.
  const groups: string[][] = [];
  for (const title of titles) {
    if (bands.includes(title)) groups.push([]);
    else groups[groups.length - 1]?.push(title.replace(/^⠿/, ''));
  }
  return groups[phase];
};

/**
 * Sends a clipboard event to the focused cell, as Ctrl+V (with this text, and this HTML when given) or Ctrl+C would, and
 * returns the text the page put on the clipboard. Written as page source: this test project has no DOM types.
 */
const clipboardEvent = (type: 'paste' | 'copy', text = '', html = '') =>
  page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    if (${JSON.stringify(html)}) data.setData('text/html', ${JSON.stringify(html)});
    document.activeElement.dispatchEvent(new ClipboardEvent(${JSON.stringify(type)}, { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  })()`) as Promise<string>;
const paste = (text: string, html = '') => clipboardEvent('paste', text, html);

async function createWorkbook(template: string, title: string) {
  await page.getByRole('heading', { name: 'New workbook' }).waitFor();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: template });
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Client', { exact: true }).fill('Acme AB');
  await page.getByRole('button', { name: 'Create' }).click();
}

describe('the start screen', () => {
  it('creates a workbook from a template in the documents folder and opens its grid', async () => {
    await expect.poll(() => page.getByRole('region', { name: 'Recent workbooks' }).textContent()).toMatch(/No recent/);
    await createWorkbook('Managed services', 'E2E Acme');
    await page.getByRole('grid', { name: 'Roles and responsibilities' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('E2E Acme');
  });
});

describe('the RACI grid in Chromium', () => {
  it('names every cell "<activity> — <party>" with its roles as text', async () => {
    await expect(label('Cloud region selection', 'Customer')).resolves.toBe('Cloud region selection — Customer: Owner');
    // Two header rows: the group headings from the template, then the parties under them.
    const [groups, parties] = await page.getByRole('row').all();
    expect(await groups!.getByRole('columnheader').allTextContents()).toEqual(['', 'Client', 'Partner', 'Provider']);
    expect(await parties!.locator('.party-name').allTextContents()).toEqual(['Customer', 'Partner', 'Customer Success Engineer']);
    await page.screenshot({ path: join(SCREENSHOTS, 'grid.png') });
  });

  it('moves and sets roles by keyboard; a second owner raises a finding that undo takes away', async () => {
    await cell('Instance provisioning', 'Partner').click();
    await page.keyboard.press('c');
    await expect.poll(() => label('Instance provisioning', 'Partner')).toBe('Instance provisioning — Partner: Contributor');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('o');
    await expect.poll(() => findings().textContent()).toMatch(/"Instance provisioning" has 2 parties marked Owner/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => findings().textContent()).toMatch(/No findings/);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => findings().textContent()).toMatch(/2 parties marked Owner/);
    // Clicking the finding jumps to its row.
    await cell('Cloud region selection', 'Partner').click();
    await findings()
      .getByRole('button', { name: /Instance provisioning/ })
      .click();
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(/^Instance provisioning — Customer:/);
    await page.keyboard.press('Delete');
    await expect.poll(() => label('Instance provisioning', 'Customer')).toBe('Instance provisioning — Customer: no role');
    await expect.poll(() => findings().textContent()).toMatch(/No findings/);
  });

  it('pastes a TSV block from Excel as one undo step, and copies a range as TSV', async () => {
    await cell('Cloud region selection', 'Customer').click();
    await paste('C\tO\r\nO\tC\r\n');
    await expect.poll(() => label('Cloud region selection', 'Customer')).toBe('Cloud region selection — Customer: Contributor');
    expect(await label('Instance provisioning', 'Partner')).toBe('Instance provisioning — Partner: Contributor');
    expect(await label('Cloud region selection', 'Partner')).toBe('Cloud region selection — Partner: Owner');
    expect(await label('Instance provisioning', 'Customer')).toBe('Instance provisioning — Customer: Owner');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Pasted 3 cells/); // the fourth already held C
    // The pasted block stays selected; copying it gives Excel the same TSV back.
    const copied = await clipboardEvent('copy');
    expect(copied).toBe('C\tO\r\nO\tC\r\n'); // Excel's own clipboard text ends each row with CRLF
    await page.keyboard.press('Control+z');
    await expect.poll(() => label('Cloud region selection', 'Customer')).toBe('Cloud region selection — Customer: Owner');
    expect(await label('Instance provisioning', 'Partner')).toBe('Instance provisioning — Partner: Contributor');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => label('Cloud region selection', 'Customer')).toBe('Cloud region selection — Customer: Contributor');
  });

  it('adds an activity by keyboard and moves it up with Alt+↑, then by dragging', async () => {
    await cell('Instance provisioning', 'Customer').click();
    await page.keyboard.press('Control+Shift+Equal');
    const dialog = page.getByRole('dialog', { name: 'Title of the new activity' });
    await dialog.getByRole('textbox').fill('Backup restore drill');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await phaseActivities(0)())!.slice(0, 3))
      .toEqual(['Cloud region selection', 'Instance provisioning', 'Backup restore drill']);
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(/^Backup restore drill — /);
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(async () => (await phaseActivities(0)())!.slice(0, 3))
      .toEqual(['Cloud region selection', 'Backup restore drill', 'Instance provisioning']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(async () => (await phaseActivities(0)())!.slice(0, 3))
      .toEqual(['Backup restore drill', 'Cloud region selection', 'Instance provisioning']);
    // Drag the row header below "Instance provisioning".
    const source = page.getByRole('rowheader', { name: 'Backup restore drill' });
    const target = page.getByRole('rowheader', { name: 'Instance provisioning' });
    const box = (await target.boundingBox())!;
    await source.dragTo(target, { targetPosition: { x: 40, y: box.height - 4 } });
    await expect
      .poll(async () => (await phaseActivities(0)())!.slice(0, 3))
      .toEqual(['Cloud region selection', 'Instance provisioning', 'Backup restore drill']);
  });

  it('moves a party column with Alt+Shift+→ and a phase by dragging its band, each undone with Ctrl+Z', async () => {
    const partyNames = () => page.getByRole('row').nth(1).locator('.party-name').allTextContents();
    await cell('Cloud region selection', 'Customer').click();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(partyNames).toEqual(['Partner', 'Customer', 'Customer Success Engineer']);
    await page.keyboard.press('Control+z');
    await expect.poll(partyNames).toEqual(['Customer', 'Partner', 'Customer Success Engineer']);

    const bands = () => page.locator('.phase-title').allTextContents();
    const [first, second] = await bands();
    await page
      .getByRole('rowheader', { name: /^Development and QA/ })
      .dragTo(page.getByRole('rowheader', { name: /^Provisioning/ }));
    await expect.poll(async () => (await bands()).slice(0, 2)).toEqual([second, first]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await bands()).slice(0, 2)).toEqual([first, second]);
  });

  it('applies an edit from the records it wrote, not a reload; undo and redo of a row move too', async () => {
    const calls: string[] = [];
    const onRequest = (request: { url(): string }) => calls.push(new URL(request.url()).pathname);
    page.on('request', onRequest);
    try {
      await cell('Instance provisioning', 'Partner').click();
      await page.keyboard.press('a');
      await expect.poll(() => label('Instance provisioning', 'Partner')).toBe('Instance provisioning — Partner: Advisor');
      await expect.poll(() => calls).toContain('/api/cell.set');
      // A row move, undone and redone: the grid follows each from the records the host sent back.
      const at = async () => (await phaseActivities(0)())!.indexOf('Instance provisioning');
      const before = await at();
      await page.keyboard.press('Alt+ArrowDown');
      // Wait for the move itself: reading the position at once could read it before the move lands.
      const moved = before + 1;
      await expect.poll(at).toBe(moved);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await phaseActivities(0)())!.indexOf('Instance provisioning')).toBe(moved - 1);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(async () => (await phaseActivities(0)())!.indexOf('Instance provisioning')).toBe(moved);
      await expect.poll(() => calls.filter((c) => c === '/api/history.redo')).toHaveLength(1);
      expect(calls.filter((c) => c === '/api/document.snapshot')).toEqual([]);
      // Back where it was, for the checks on the file at the end.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await phaseActivities(0)())!.indexOf('Instance provisioning')).toBe(moved - 1);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('shows an edit another program made to the open file', async () => {
    const file = join(dir, 'Documents', 'E2E Acme.engagement');
    const set = await cli(
      'set',
      file,
      '--matrix',
      'Roles and responsibilities',
      '--activity',
      'Instance provisioning',
      '--party',
      'Partner',
      '--roles',
      'C',
    );
    expect(set.code).toBe(0);
    await expect
      .poll(() => label('Instance provisioning', 'Partner'), { timeout: 10_000 })
      .toBe('Instance provisioning — Partner: Contributor');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/changes made outside this window/);
  });

  it('takes a keypress back and says so while another program holds the workbook', async () => {
    const holder = new Database(join(dir, 'Documents', 'E2E Acme.engagement'));
    try {
      holder.exec('BEGIN IMMEDIATE'); // another program is writing
      await cell('Instance provisioning', 'Partner').click();
      await page.keyboard.press('o');
      // Painted at once…
      await expect.poll(() => label('Instance provisioning', 'Partner')).toBe('Instance provisioning — Partner: Owner');
      // …and taken back once the host has waited for the lock long enough, with the reason in words.
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
        .toMatch(/Another program is writing to this workbook, so the change was not saved/);
      expect(await label('Instance provisioning', 'Partner')).toBe('Instance provisioning — Partner: Contributor');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('shows the workload per party and phase', async () => {
    await page.getByRole('radio', { name: 'Workload' }).click();
    const table = page.getByRole('table', { name: /Roles per party and phase/ });
    await table.waitFor();
    await expect.poll(() => table.getByRole('row', { name: /Provisioning/ }).textContent()).toMatch(/O/);
    await page.screenshot({ path: join(SCREENSHOTS, 'workload.png') });
    await page.getByRole('radio', { name: 'Grid' }).click();
    await page.getByRole('grid').waitFor();
  });

  it('switches the UI language', async () => {
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('sv');
    await expect.poll(() => page.getByRole('columnheader', { name: 'Aktivitet' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Språk', exact: true }).selectOption('en');
  });

  it('builds a RACI matrix from a blank template: phase, activity, and a two-letter combination', async () => {
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Recent workbooks' }).textContent()).toMatch(/E2E Acme/);
    await page.screenshot({ path: join(SCREENSHOTS, 'start.png') });
    await createWorkbook('RACI matrix', 'E2E Combo');
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: 'Add phase' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Plan');
    await page.keyboard.press('Enter');
    await page.getByRole('rowheader', { name: /^Plan/ }).waitFor();
    await page.getByRole('button', { name: 'Add activity' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Kick-off');
    await page.keyboard.press('Enter');
    await cell('Kick-off', 'Customer').click();
    await page.keyboard.press('a');
    await page.keyboard.press('r');
    // Stored in the vocabulary's order, whatever order the letters came in.
    await expect.poll(() => label('Kick-off', 'Customer')).toBe('Kick-off — Customer: Responsible, Accountable');
    expect(await cell('Kick-off', 'Customer').textContent()).toBe('R/A');
    // F2 opens the cell's note; a party column is added from the toolbar.
    await page.keyboard.press('F2');
    await page
      .getByRole('dialog', { name: /^Note for Kick-off — Customer/ })
      .getByRole('textbox')
      .fill('Confirm with the PMO');
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => label('Kick-off', 'Customer')).toMatch(/; note: Confirm with the PMO$/);
    // Enter types roles as text, by code or by name.
    await cell('Kick-off', 'Provider').click();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Roles for Kick-off — Provider' }).fill('Informed');
    await page.keyboard.press('Enter');
    await expect.poll(() => label('Kick-off', 'Provider')).toBe('Kick-off — Provider: Informed');
    await page.getByRole('button', { name: 'Add party' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Security office');
    await page.keyboard.press('Enter');
    await expect.poll(() => label('Kick-off', 'Security office')).toBe('Kick-off — Security office: no role');
  });

  it('turns a table pasted from Excel into activities with one question, and one undo takes them all back', async () => {
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await createWorkbook('RACI matrix', 'E2E Paste');
    // A matrix without phases says how to start, and takes the paste.
    await page.getByRole('gridcell', { name: /^No activities yet/ }).click();
    // Excel puts both an HTML table and TSV on the clipboard; the first column holds titles, the others roles.
    const rows = [
      ['Design review', 'R', 'A'],
      ['Build pipeline', 'A/R', 'C'],
      ['Go-live', 'Responsible', 'A'],
    ];
    const tsv = rows.map((r) => r.join('\t') + '\r\n').join('');
    const html = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    await paste(tsv, html);
    const offer = page.getByRole('dialog', { name: 'Add 3 new activities from the pasted rows?' });
    await expect.poll(() => offer.textContent()).toMatch(/New: "Design review", "Build pipeline", "Go-live"/);
    await offer.getByRole('button', { name: 'Add activities' }).click();
    await expect.poll(() => label('Go-live', 'Provider')).toBe('Go-live — Provider: Accountable');
    expect(await label('Design review', 'Customer')).toBe('Design review — Customer: Responsible');
    expect(await label('Build pipeline', 'Customer')).toBe('Build pipeline — Customer: Responsible, Accountable');
    expect(await label('Go-live', 'Customer')).toBe('Go-live — Customer: Responsible');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Added 3 activities · Undo: Add 3 activities/);
    const file = join(dir, 'Documents', 'E2E Paste.engagement');
    const shown = JSON.parse((await cli('show', file, '--json')).stdout);
    const [phase] = shown.matrices[0].phases;
    expect(phase.title).toBe('Activities');
    expect(
      phase.activities.map((a: { title: string; cells: { roles: string[] }[] }) => [a.title, a.cells.map((c) => c.roles)]),
    ).toEqual([
      ['Design review', [['R'], ['A']]],
      ['Build pipeline', [['R', 'A'], ['C']]],
      ['Go-live', [['R'], ['A']]],
    ]);
    // One undo step: all three go, with the phase the paste started.
    await page.keyboard.press('Control+z');
    await page.getByRole('gridcell', { name: /^No activities yet/ }).waitFor();
    expect(await page.getByRole('rowheader').count()).toBe(0);

    // Redone, then a table with a header row naming the parties in the other order, pasted on a title: the existing
    // title (in other case) is updated, the new one added after the row pasted on, both as one step.
    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('rowheader', { name: 'Go-live' }).click();
    await paste('Activity\tProvider\tCustomer\r\ndesign REVIEW\tC\tR\r\nHandover\tA\tR\r\n');
    const second = page.getByRole('dialog', { name: 'Add 1 new activity from the pasted rows?' });
    await expect.poll(() => second.textContent()).toMatch(/also changes 1 cell of existing activities/);
    await second.getByRole('button', { name: 'Add activity', exact: true }).click();
    await expect.poll(() => label('Handover', 'Provider')).toBe('Handover — Provider: Accountable');
    expect(await label('Design review', 'Provider')).toBe('Design review — Provider: Consulted');
    expect(await phaseActivities(0)()).toEqual(['Design review', 'Build pipeline', 'Go-live', 'Handover']);
    await page.keyboard.press('Control+z');
    await expect.poll(phaseActivities(0)).toEqual(['Design review', 'Build pipeline', 'Go-live']);
    expect(await label('Design review', 'Provider')).toBe('Design review — Provider: Accountable');
  });

  it('has saved every edit to the files', async () => {
    const acme = JSON.parse((await cli('show', join(dir, 'Documents', 'E2E Acme.engagement'), '--json')).stdout);
    const first = acme.matrices[0].phases[0].activities;
    expect(first.slice(0, 3).map((a: { title: string }) => a.title)).toEqual([
      'Cloud region selection',
      'Instance provisioning',
      'Backup restore drill',
    ]);
    // The pasted block: Customer and Partner of the first two activities.
    expect(first[0].cells.slice(0, 2).map((c: { roles: string[] }) => c.roles)).toEqual([['C'], ['O']]);
    expect(first[1].cells.slice(0, 2).map((c: { roles: string[] }) => c.roles)).toEqual([['O'], ['C']]);
    const combo = JSON.parse((await cli('show', join(dir, 'Documents', 'E2E Combo.engagement'), '--json')).stdout);
    expect(combo).toMatchObject({ title: 'E2E Combo', client: 'Acme AB' });
    const kickOff = combo.matrices[0].phases[0].activities[0];
    expect(kickOff.title).toBe('Kick-off');
    expect(kickOff.cells.map((c: { roles: string[]; note: string | null }) => [c.roles, c.note])).toEqual([
      [['R', 'A'], 'Confirm with the PMO'],
      [['I'], null],
    ]);
    expect(combo.parties.map((p: { name: string }) => p.name)).toContain('Security office');
  });
});
