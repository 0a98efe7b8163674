// Revisions and compare through the API, as the page uses them: statuses move forward only and dated, a revision's
// snapshot never changes whatever is called, the snapshot the page loads lists what was just made, and compare diffs
// any two sides.
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../electron/services/api/host';
import { createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { canonicalJson } from '../electron/services/documents/json-file';
import { sha256File, tempDir, template } from './helpers';
import { writeFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function hosting() {
  const file = join(tempDir(), 'acme.engagement');
  const content = template('managed-services');
  createWorkbook(file, content);
  const host = createHost({ watchIntervalMs: 0 });
  onTestFinished(() => host.close());
  const docId = host.open(file);
  const dispatch = (method: string, payload: unknown) => host.dispatch(method, payload);
  const call = async (method: string, payload: unknown): Promise<Any> => {
    const reply = await dispatch(method, payload);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.result;
  };
  return { file, content, docId, call, dispatch };
}

describe('revision.create / revision.setStatus', () => {
  it('creates a draft, moves it forward with a date per step, and the page’s snapshot lists it at once', async () => {
    const { docId, call } = hosting();
    await call('document.snapshot', { docId }); // kept by the host until the document changes
    const made = await call('revision.create', { docId, label: ' v1 ' });
    expect(made.revisions).toMatchObject([{ id: made.created, label: 'v1', status: 'draft', supersedes: null }]);
    expect(made.currentFingerprint).toBe(made.revisions[0].fingerprint);
    expect((await call('document.snapshot', { docId })).revisions.map((r: Any) => r.label)).toEqual(['v1']);

    await call('revision.setStatus', { docId, revision: 'v1', status: 'sent' });
    const signed = await call('revision.setStatus', { docId, revision: made.created, status: 'signed' });
    expect(signed.revisions[0].statusChanges.map((c: Any) => c.status)).toEqual(['draft', 'sent', 'signed']);
    expect(signed.revisions[0].statusChanges.every((c: Any) => !Number.isNaN(Date.parse(c.at)))).toBe(true);
    expect((await call('document.snapshot', { docId })).revisions[0].status).toBe('signed');
    expect((await call('revision.list', { docId })).revisions).toEqual(signed.revisions);
  });

  it('refuses going back, repeating a status, a returned draft, an unknown revision and a duplicate label, changing nothing', async () => {
    const { file, docId, call, dispatch } = hosting();
    await call('revision.create', { docId, label: 'v1' });
    const refused = async (method: string, payload: object, message: RegExp) => {
      const before = sha256File(file);
      const reply = await dispatch(method, { docId, ...payload });
      expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
      expect(sha256File(file)).toBe(before);
    };
    await refused('revision.setStatus', { revision: 'v1', status: 'returned' }, /never sent/);
    await refused('revision.setStatus', { revision: 'v1', status: 'draft' }, /already draft/);
    await refused('revision.setStatus', { revision: 'v9', status: 'sent' }, /v9/);
    await refused('revision.create', { label: 'v1' }, /already exists/);
    await refused('revision.create', { label: 'v2', supersedes: 'v1' }, /not signed/);
    await call('revision.setStatus', { docId, revision: 'v1', status: 'sent' });
    await refused('revision.setStatus', { revision: 'v1', status: 'draft' }, /cannot go back from sent to draft/);
    await call('revision.setStatus', { docId, revision: 'v1', status: 'signed' });
    await refused('revision.setStatus', { revision: 'v1', status: 'returned' }, /signed and final/);
  });

  it('never changes a sent or signed revision’s snapshot: edits, undo, status changes and a superseding revision leave it', async () => {
    const { docId, call, content, file } = hosting();
    const v1 = await call('revision.create', { docId, label: 'v1' });
    await call('revision.setStatus', { docId, revision: 'v1', status: 'sent' });
    const frozen = () => withWorkbook(file, (w) => readDocument(w).revisions[0]!);
    const before = canonicalJson({ ...content, revisions: [] });
    const matrix = content.matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!;
    await call('cell.set', { docId, matrixId: matrix.id, activityId: activity.id, partyId: matrix.partyIds[0], roles: ['C'] });
    await call('revision.setStatus', { docId, revision: 'v1', status: 'signed' });
    await call('history.undo', { docId });
    await call('history.redo', { docId });
    const listed = await call('revision.list', { docId });
    expect(listed.currentFingerprint).not.toBe(v1.revisions[0].fingerprint); // changed since signing
    const v2 = await call('revision.create', { docId, label: 'v2', supersedes: 'v1' });
    expect(v2.revisions[1]).toMatchObject({ label: 'v2', supersedes: v1.created, fingerprint: listed.currentFingerprint });
    expect(frozen().fingerprint).toBe(v1.revisions[0].fingerprint);
    expect(canonicalJson({ ...frozen().snapshot, revisions: [] })).toBe(before);
  });
});

describe('compare.run', () => {
  it('diffs a revision with the current state, the template built fresh, and an uploaded workbook', async () => {
    const { docId, call, content } = hosting();
    await call('revision.create', { docId, label: 'v1' });
    const matrix = content.matrices[0]!;
    const [first, second] = matrix.phases[0]!.activities;
    for (const activity of [first!, second!]) {
      const now = activity.cells.find((c) => c.partyId === matrix.partyIds[0])?.roles ?? [];
      const roles = now.join() === 'A' ? ['C'] : ['A'];
      await call('cell.set', { docId, matrixId: matrix.id, activityId: activity.id, partyId: matrix.partyIds[0], roles });
    }
    const diff = await call('compare.run', { docId, before: { kind: 'revision', revision: 'v1' }, after: { kind: 'current' } });
    expect(diff.counts).toEqual({ cell: 2 });
    expect(diff.entries.map((e: Any) => e.activityId)).toEqual([first!.id, second!.id]);
    expect(diff.after.matrices[0].id).toBe(matrix.id);

    const same = await call('compare.run', {
      docId,
      before: { kind: 'revision', revision: 'v1' },
      after: { kind: 'revision', revision: 'v1' },
    });
    expect(same.equal).toBe(true);
    const template = await call('compare.run', {
      docId,
      before: { kind: 'template', templateId: 'managed-services' },
      after: { kind: 'current' },
    });
    expect(template.counts.cell).toBe(2);

    const other = join(tempDir(), 'other.json');
    writeFileSync(other, canonicalJson({ ...content, title: 'Other deal', revisions: [] }));
    const bytes = Buffer.from(canonicalJson({ ...content, title: 'Other deal', revisions: [] }));
    const { uploadId } = await call('upload.begin', { name: 'other.json', size: bytes.length });
    await call('upload.write', { uploadId, offset: 0, data: bytes.toString('base64') });
    const uploaded = await call('compare.run', { docId, before: { kind: 'upload', uploadId }, after: { kind: 'current' } });
    expect(uploaded.counts).toEqual({ workbook: 1, cell: 2 });
  });
});
