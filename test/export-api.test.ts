// Export through the API, as the page asks for it: made by the host, read back in chunks, optionally recorded as the
// revision "sent" in the same step — and nothing recorded when the export cannot be made.
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { readExportMeta } from '../electron/services/xlsx/import/meta';
import { readXlsxGrid } from '../electron/services/xlsx/import/read-grid';
import { sha256File, tempDir, template } from './helpers';
import { writeFileSync } from 'node:fs';

function hosting() {
  const dir = tempDir();
  const file = join(dir, 'acme.engagement');
  createWorkbook(file, template('managed-services'));
  const host = createHost({ watchIntervalMs: 0 });
  onTestFinished(() => host.close());
  const docId = host.open(file);
  const call = async <T = unknown>(method: string, payload: unknown): Promise<T> => {
    const reply = await host.dispatch(method, payload);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.result as T;
  };
  const download = async (downloadId: string) => {
    const parts: Buffer[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const chunk: { data: string; next: number | null } = await call('download.read', { downloadId, offset });
      parts.push(Buffer.from(chunk.data, 'base64'));
      offset = chunk.next;
    }
    return Buffer.concat(parts);
  };
  return { dir, file, docId, call, download };
}

interface Made {
  downloadId: string;
  fileName: string;
  mime: string;
  size: number;
  revision: { id: string | null; label: string; status: string; fingerprint: string };
}

describe('export from the page', () => {
  it('makes the sign-off workbook, records it as sent in the same step, and the file carries that revision', async () => {
    const { dir, file, docId, call, download } = hosting();
    const made = await call<Made>('document.export', { docId, format: 'xlsx', language: 'sv', markSent: { label: 'v1' } });
    expect(made).toMatchObject({ fileName: expect.stringMatching(/-v1\.xlsx$/), revision: { label: 'v1', status: 'sent' } });
    const bytes = await download(made.downloadId);
    expect(bytes.length).toBe(made.size);
    const xlsx = join(dir, made.fileName);
    writeFileSync(xlsx, bytes);
    const meta = readExportMeta(await readXlsxGrid(xlsx), xlsx)!;
    const stored = withWorkbook(file, (w) => readDocument(w).revisions);
    expect(stored).toEqual([expect.objectContaining({ id: made.revision.id, label: 'v1', status: 'sent' })]);
    expect(meta).toMatchObject({ revisionId: made.revision.id, fingerprint: stored[0]!.fingerprint, language: 'sv' });
  });

  it('makes a PDF, CSV and JSON, and refuses to mark a stored revision or a label in use as sent, recording nothing', async () => {
    const { file, docId, call, download } = hosting();
    const pdf = await call<Made>('document.export', { docId, format: 'pdf' });
    expect((await download(pdf.downloadId)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.revision).toMatchObject({ id: null, status: 'draft' });
    const csv = await call<Made>('document.export', { docId, format: 'csv' });
    expect((await download(csv.downloadId)).toString('utf8')).toMatch(/^\uFEFF/);
    await call('document.export', { docId, format: 'json', markSent: { label: 'v1' } });
    const before = sha256File(file);
    await expect(call('document.export', { docId, format: 'xlsx', markSent: { label: 'v1' } })).rejects.toThrow(
      /a revision named "v1" already exists/,
    );
    await expect(call('document.export', { docId, format: 'xlsx', revision: 'v1', markSent: { label: 'v2' } })).rejects.toThrow(
      /only the current state/,
    );
    await expect(call('document.export', { docId, format: 'xlsx', revision: 'v9' })).rejects.toThrow(/no revision "v9"/);
    expect(sha256File(file)).toBe(before);
  });
});
