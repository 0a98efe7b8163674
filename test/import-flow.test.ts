// A client's own spreadsheet imported from the page, through the real host: uploaded in chunks, planned (the
// detector's guesses on a preview of the sheet), read again with a person's corrections, and created as a workbook in
// the documents folder. A correction that finds nothing is an answer, not an error; errors name the file the person
// chose, never the host's temporary copy.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { readContent, withWorkbook } from '../electron/services/store';
import { createWorkspace } from '../electron/services/workspace/workspace';
import type { ForeignPreview, ImportPlan } from '../shared/api/methods/transfer';
import { CLIENT_SHEET, writeClientSheet } from './fixtures/client-sheet';
import { tempDir } from './helpers';

function hosting() {
  const dir = tempDir();
  const documentsDir = join(dir, 'Documents');
  const host = createHost({ workspace: createWorkspace({ documentsDir, recentFile: join(dir, 'recent.json') }) });
  onTestFinished(() => host.close());
  const call = async <T = unknown>(method: string, payload: unknown): Promise<T> => {
    const reply = await host.dispatch(method, payload);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.result as T;
  };
  /** Uploads `file` under the name the person's browser would give it, and plans its import. */
  const plan = async (file: string, name: string) => {
    const bytes = readFileSync(file);
    const { uploadId } = await call<{ uploadId: string }>('upload.begin', { name, size: bytes.length });
    await call('upload.write', { uploadId, offset: 0, data: bytes.toString('base64') });
    return call<ImportPlan>('import.plan', { uploadId, language: 'en' });
  };
  return { dir, documentsDir, host, call, plan };
}

const table = (preview: ForeignPreview) =>
  preview.result.phases.flatMap((p) => p.activities.map((a) => [p.title, a.title, a.roles.map((r) => r.join('/'))]));

describe("a client's spreadsheet imported from the page", () => {
  it('plans with every guess filled in, previews a correction, and creates the corrected workbook', async () => {
    const { dir, documentsDir, call, plan } = hosting();
    const planned = await plan(await writeClientSheet(join(dir, 'upload.xlsx')), 'Acme RACI.xlsx');
    if (planned.kind !== 'foreign') throw new Error(`planned as ${planned.kind}`);
    const { preview } = planned;
    expect(planned.fileName).toBe('Acme RACI.xlsx');
    expect(preview.sheets).toEqual([{ name: CLIENT_SHEET, state: 'visible', rows: 18, columns: 7, found: true }]);
    // The sheet as it is: title rows, the merged group headings, the legend below.
    expect(preview.cells[0]![0]).toBe('Acme Corp — managed cloud services');
    expect(preview.cells[4]).toEqual([
      'Stage',
      'Task',
      'IT operations',
      'Security office',
      'Service desk',
      'Cloud engineering',
      'Comments',
    ]);
    expect(preview.cells[14]![0]).toBe('R = Responsible');
    expect(preview.mapping).toEqual({
      sheet: CLIENT_SHEET,
      orientation: 'rows',
      headerRow: 5,
      labelColumn: 2,
      phaseColumn: 1,
      partyColumns: [3, 4, 5, 6],
      roles: {
        R: { label: 'Responsible', kind: 'responsible' },
        A: { label: 'Accountable', kind: 'accountable' },
        C: { label: 'Consulted', kind: 'other' },
        I: { label: 'Informed', kind: 'informed' },
      },
    });
    expect(preview).toMatchObject({ found: true, orientation: 'activities in rows', confidence: 1, problems: [] });
    expect(preview.vocabulary.source).toBe('legend');
    expect(preview.legend[0]).toMatchObject({ code: 'R', where: `${CLIENT_SHEET}!A15` });
    // The legend's rows (15–18) are said to be the legend, not read as part of the table.
    expect(preview.skippedRows).toEqual([
      { row: 14, reason: 'after the end of the table' },
      ...[15, 16, 17, 18].map((row) => ({ row, reason: 'the legend' })),
    ]);
    expect(preview.result.parties).toEqual([
      'Acme › IT operations',
      'Acme › Security office',
      'Northwind › Service desk',
      'Northwind › Cloud engineering',
    ]);
    expect(preview.result.activities).toBe(6);
    expect(table(preview)[0]).toEqual(['Transition', 'Kick-off workshop', ['A', 'I', 'C', 'R']]);

    // Sent back as it is, the effective mapping reads the same.
    const same = await call<ForeignPreview>('import.preview', { planId: planned.planId, mapping: preview.mapping });
    expect(same.result).toEqual(preview.result);
    expect(same.vocabulary.source).toBe('legend');

    // The person unticks the security office and turns the phase column off, and renames a role.
    const corrected = {
      ...preview.mapping,
      partyColumns: [3, 5, 6],
      phaseColumn: null,
      roles: { ...preview.mapping.roles, C: { label: 'Consulted first', kind: 'supporting' as const } },
    };
    const after = await call<ForeignPreview>('import.preview', { planId: planned.planId, mapping: corrected });
    expect(after.mapping).toEqual(corrected);
    expect(after.result.parties).toEqual(['Acme › IT operations', 'Northwind › Service desk', 'Northwind › Cloud engineering']);
    expect(after.result.phases.map((p) => p.title)).toEqual([CLIENT_SHEET]);
    expect(table(after)[0]).toEqual([CLIENT_SHEET, 'Kick-off workshop', ['A', 'C', 'R']]);
    expect(after.vocabulary).toMatchObject({ source: 'mapping' });

    const opened = await call<{ docId: string; name: string }>('import.create', {
      planId: planned.planId,
      mapping: corrected,
      title: 'Acme services',
      language: 'sv',
    });
    expect(opened.name).toBe('Acme services');
    const content = withWorkbook(join(documentsDir, 'Acme services.engagement'), (w) => readContent(w.db));
    expect(content).toMatchObject({ title: 'Acme services', language: 'sv' });
    expect(content.parties.map((p) => [p.group, p.name])).toEqual([
      ['Acme', 'IT operations'],
      ['Northwind', 'Service desk'],
      ['Northwind', 'Cloud engineering'],
    ]);
    const matrix = content.matrices[0]!;
    expect(matrix.phases.map((p) => p.activities.length)).toEqual([6]);
    const patch = matrix.phases[0]!.activities.find((a) => a.title === 'Patch management')!;
    expect(matrix.partyIds.map((id) => patch.cells.find((c) => c.partyId === id)?.roles)).toEqual([['C'], ['A'], ['R']]);
    expect(content.vocabularies[0]!.roles.find((r) => r.code === 'C')).toMatchObject({
      label: 'Consulted first',
      kind: 'supporting',
    });
    // The plan is used up: the host forgot it and the uploaded copy.
    await expect(call('import.preview', { planId: planned.planId, mapping: {} })).rejects.toThrow(/unknown or has expired/);
  });

  it('answers a correction that finds nothing with the problem in words, and refuses to create from it', async () => {
    const { dir, documentsDir, call, plan } = hosting();
    const planned = await plan(await writeClientSheet(join(dir, 'upload.xlsx')), 'client.xlsx');
    if (planned.kind !== 'foreign') throw new Error(`planned as ${planned.kind}`);
    const bad = { sheet: CLIENT_SHEET, orientation: 'rows' as const, headerRow: 1 };
    const preview = await call<ForeignPreview>('import.preview', { planId: planned.planId, mapping: bad });
    expect(preview).toMatchObject({ found: false, orientation: null, confidence: null, mapping: bad });
    expect(preview.problems).toEqual([expect.stringMatching(/^No responsibility matrix found on this sheet/)]);
    expect(preview.result).toEqual({ parties: [], phases: [], activities: 0 });
    expect(preview.cells[4]![1]).toBe('Task'); // the sheet is still shown, to correct the guess again
    // A column both the activities and a party: said, not refused.
    const twice = await call<ForeignPreview>('import.preview', {
      planId: planned.planId,
      mapping: { ...planned.preview.mapping, partyColumns: [2, 3, 4] },
    });
    expect(twice.problems).toContain('Column B holds the activities and is also ticked as a party.');
    await expect(call('import.create', { planId: planned.planId, mapping: bad })).rejects.toThrow(
      /^no-matrix: client\.xlsx: no responsibility matrix found/,
    );
    expect(readdirSync(documentsDir)).toEqual([]);
    // Without a mapping the detector's own reading is created, titled after the file.
    const opened = await call<{ name: string }>('import.create', { planId: planned.planId });
    expect(opened.name).toBe('client');
  });

  it('reads a CSV too, and turns it when asked', async () => {
    const { dir, call, plan } = hosting();
    const csv = join(dir, 'upload.csv');
    writeFileSync(csv, 'Task;Customer;Supplier\nRequirements;A;R\nBuild;C;A/R\nRun;I;A\n');
    const planned = await plan(csv, 'scope.csv');
    if (planned.kind !== 'foreign') throw new Error(`planned as ${planned.kind}`);
    expect(planned.preview).toMatchObject({
      found: true,
      mapping: { orientation: 'rows', headerRow: 1, labelColumn: 1, partyColumns: [2, 3] },
      vocabulary: { source: 'builtin:raci' },
      result: { parties: ['Customer', 'Supplier'], activities: 3 },
    });
    const turned = await call<ForeignPreview>('import.preview', {
      planId: planned.planId,
      mapping: { sheet: planned.preview.sheet, orientation: 'columns' },
    });
    // Turned, the sheet is still shown as it is; the guesses are positions in the turned sheet.
    expect(turned.cells[0]).toEqual(['Task', 'Customer', 'Supplier']);
    expect(turned).toMatchObject({
      orientation: 'activities in columns',
      mapping: { orientation: 'columns', headerRow: 1, labelColumn: 1, partyColumns: [2, 3, 4] },
      result: { parties: ['Requirements', 'Build', 'Run'], activities: 2 },
    });
  });

  it('names the uploaded file in errors, never the temporary copy the host read', async () => {
    const { dir, call, plan } = hosting();
    const broken = join(dir, 'upload.xlsx');
    writeFileSync(broken, 'this is not a workbook');
    const error = await plan(broken, 'Quarterly RACI.xlsx').catch((e: Error) => e.message);
    expect(error).toMatch(/Quarterly RACI\.xlsx/);
    expect(error).not.toMatch(/engagebook-transfers|\/tmp\//);
    const slides = join(dir, 'upload.html');
    writeFileSync(slides, '<p>No tables here</p>');
    await expect(plan(slides, 'notes.html')).rejects.toThrow(/^no-matrix: notes\.html: no responsibility matrix found/);
    await expect(call('import.discard', { planId: 'never-planned' })).resolves.toEqual({});
  });
});
