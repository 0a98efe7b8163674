// renderExport: every format as bytes, a file name and the revision shown; a chosen revision's content, not the
// current one; an unknown revision refused by name; nothing written anywhere.
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngagementDocument } from '../shared/domain/document';
import { EngagebookError } from '../shared/domain/errors';
import { fingerprint, contentOf } from '../shared/domain/canonical';
import { renderExport } from '../electron/services/export/render';
import { canonicalJson, parseDocumentJson } from '../electron/services/documents/json-file';
import { readDocument, withWorkbook } from '../electron/services/store';
import { cli, tempDir } from './helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/**
 * The managed-services workbook with revision v1 (sent), after which the customer's role in "Launch to production"
 * changed from C to A and the title changed: what v1 holds and what the workbook holds now differ.
 */
async function workbookWithRevision(): Promise<{ dir: string; file: string; doc: EngagementDocument }> {
  const dir = tempDir();
  const file = join(dir, 'acme.engagement');
  const steps = [
    ['new', '--template', 'managed-services', '--lang', 'en', '--out', file, '--title', 'Acme: Ops/Run?', '--client', 'Acme'],
    ['revision', file, '--label', 'v1', '--status', 'sent'],
    ['set', file, '--matrix', 'Upgrade', '--activity', 'Launch to production', '--party', 'Customer', '--roles', 'A'],
  ];
  for (const argv of steps) expect((await cli(...argv)).stderr).toBe('');
  return { dir, file, doc: withWorkbook(file, readDocument) };
}

/** The cells of the "Launch to production" row of a CSV export. */
const launchRow = (csv: Buffer) =>
  csv
    .toString('utf8')
    .split('\r\n')
    .find((line) => line.includes('Launch to production'))
    ?.split(',');

describe('renderExport', () => {
  it('renders every format as bytes, with a file name, a MIME type and the revision it shows', async () => {
    const { dir, doc } = await workbookWithRevision();
    const before = readdirSync(dir);

    const xlsx = await renderExport(doc, { format: 'xlsx', now: NOW, language: 'sv', revision: 'v1' });
    expect(xlsx.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.fileName).toBe('acme-ops-run-v1.xlsx');
    expect(xlsx.revision).toMatchObject({ label: 'v1', status: 'sent', fingerprint: doc.revisions[0]!.fingerprint });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((ws) => ws.name).slice(0, 3)).toEqual(['Försättsblad', 'Roles and responsibilities', 'Upgrade']);

    const pdf = await renderExport(doc, { format: 'pdf', now: NOW });
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect([pdf.fileName, pdf.mime]).toEqual(['acme-ops-run-current-draft.pdf', 'application/pdf']);
    expect(pdf.revision).toEqual({
      id: null,
      label: 'Current draft',
      status: 'draft',
      fingerprint: fingerprint(contentOf(doc)),
      date: NOW.toISOString(),
    });

    const csv = await renderExport(doc, { format: 'csv', now: NOW, matrix: 'Upgrade', language: 'nl' });
    expect([csv.fileName, csv.mime]).toEqual(['acme-ops-run-huidig-concept-upgrade.csv', 'text/csv; charset=utf-8']);
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFFase,Activiteit,/);
    const first = await renderExport(doc, { format: 'csv', now: NOW });
    expect(first.bytes.toString('utf8')).toContain('Cloud region selection');

    const json = await renderExport(doc, { format: 'json', now: NOW });
    expect([json.fileName, json.mime]).toEqual(['acme-ops-run-current-draft.json', 'application/json']);
    expect(json.bytes.toString('utf8')).toBe(canonicalJson(doc));

    // Bytes only: nothing was written beside the workbook (or anywhere the test can see).
    expect(readdirSync(dir)).toEqual(before);
  });

  it('exports the revision’s content, not the current one, as CSV and JSON', async () => {
    const { doc } = await workbookWithRevision();
    const csv = (revision?: string) =>
      renderExport(doc, { format: 'csv', matrix: 'Upgrade', ...(revision && { revision }) }).then((r) => launchRow(r.bytes));
    expect((await csv())?.slice(3, 6)).toEqual(['A', 'O', 'C']);
    expect((await csv('v1'))?.slice(3, 6)).toEqual(['C', 'O', 'C']);
    // By id as well as by label.
    expect((await csv(doc.revisions[0]!.id))?.slice(3, 6)).toEqual(['C', 'O', 'C']);

    const v1 = await renderExport(doc, { format: 'json', revision: 'v1' });
    const parsed = parseDocumentJson(v1.bytes.toString('utf8'), v1.fileName);
    expect(contentOf(parsed)).toEqual(doc.revisions[0]!.snapshot);
    expect(fingerprint(contentOf(parsed))).toBe(doc.revisions[0]!.fingerprint);
    expect(parsed.revisions.map((r) => r.label)).toEqual(['v1']);
    expect(v1.fileName).toBe('acme-ops-run-v1.json');
  });

  it('refuses an unknown revision by name, in every format', async () => {
    const { doc } = await workbookWithRevision();
    for (const format of ['xlsx', 'pdf', 'csv', 'json'] as const) {
      const refused = await renderExport(doc, { format, revision: 'v9' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused, format).toBeInstanceOf(EngagebookError);
      expect(refused).toMatchObject({ code: 'not-found-in-document', message: 'no revision "v9"; known: "v1"' });
    }
  });

  it('refuses an unknown matrix for CSV and a format it does not know', async () => {
    const { doc } = await workbookWithRevision();
    await expect(renderExport(doc, { format: 'csv', matrix: 'Nope' })).rejects.toMatchObject({
      code: 'not-found-in-document',
      message: expect.stringMatching(/^no matrix "Nope"/),
    });
    await expect(renderExport(doc, { format: 'docx' as 'pdf' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
