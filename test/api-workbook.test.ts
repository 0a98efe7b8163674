// The workbook methods through the host's dispatch, as the page calls them: each edit answers the records it wrote,
// one undo step each, and bad input is refused with a clear message and the file unchanged.
import { describe, expect, it } from 'vitest';
import { hostedWorkbook, sha256File } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

describe('workbook methods over the API', () => {
  it('answers each edit with its records and undo label; history.undo takes it back', async () => {
    const { call, matrixId, content } = hostedWorkbook();
    const updated = await call('workbook.update', { title: 'Acme 2027', dates: { start: '2027-01-01' } });
    expect(updated).toMatchObject({ ok: true, result: { changed: true } });
    expect(updated.ok && describeStep((updated.result as { history: { undo: string } }).history.undo)).toBe(
      'Edit workbook details',
    );
    const added = await call('matrix.add', { source: { kind: 'duplicate', matrixId } });
    expect(added.ok && (added.result as { changes: Array<{ table: string }> }).changes.map((c) => c.table)).toContain('matrices');
    const role = await call('role.add', { matrixId, code: 'V', labels: { en: 'Verifier' }, kind: 'supporting' });
    expect(role.ok && describeStep((role.result as { history: { undo: string } }).history.undo)).toBe('Add role V Verifier');
    for (let i = 0; i < 3; i++) await call('history.undo', {});
    const doc = await call('document.get', {});
    expect(doc.ok && doc.result).toMatchObject({ title: content.title, dates: content.dates });
    expect(doc.ok && (doc.result as typeof content).matrices.length).toBe(content.matrices.length);
  });

  it('refuses bad arguments and bad edits with a message, leaving the file as it was', async () => {
    const { call, matrixId, file } = hostedWorkbook();
    const before = sha256File(file);
    const attempts: Array<[string, object, RegExp]> = [
      ['matrix.add', { source: { kind: 'copy' } }, /kind/],
      ['matrix.rename', { matrixId, title: '' }, /title/],
      ['workbook.update', { dates: { end: 'next year' } }, /YYYY-MM-DD/],
      ['role.add', { matrixId, code: 'V', labels: { en: 'Verifier' }, color: 'red' }, /#RRGGBB/],
      ['role.remove', { matrixId, code: 'O' }, /is used in \d+ cells/],
      ['vocabulary.update', { matrixId, combinable: 'yes' }, /combinable/],
    ];
    for (const [method, args, message] of attempts) {
      const reply = await call(method, args);
      expect(reply.ok, method).toBe(false);
      expect(!reply.ok && reply.error.message, method).toMatch(message);
    }
    expect(sha256File(file)).toBe(before);
  });
});
