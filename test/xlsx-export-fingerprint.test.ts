// The export fingerprints what it exports once: a fingerprint serialises and hashes the whole content, which on a
// 20,000-activity workbook is a measurable part of the export. A stored revision carries its fingerprint already.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as canonical from '../shared/domain/canonical';
import { fingerprint } from '../shared/domain/canonical';
import { createRevision, createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { tempDir, template } from './helpers';
import { exportTo } from './xlsx-helpers';

vi.mock('../shared/domain/canonical', async (importOriginal) => {
  const actual = await importOriginal<typeof canonical>();
  return { ...actual, fingerprint: vi.fn(actual.fingerprint) };
});
const fingerprintCalls = vi.mocked(fingerprint);

describe('exportXlsx', () => {
  it('fingerprints the current content once when it exports a draft', async () => {
    const content = template('managed-services');
    fingerprintCalls.mockClear();
    const { result } = await exportTo(tempDir(), { ...content, revisions: [] }, 'draft.xlsx');
    expect(fingerprintCalls).toHaveBeenCalledTimes(1);
    expect(result.revision.fingerprint).toBe(fingerprintCalls.mock.results[0]!.value);
  });

  it('does not fingerprint at all when it exports a stored revision', async () => {
    const file = join(tempDir(), 'revised.engagement');
    createWorkbook(file, template('raci'));
    const stored = withWorkbook(file, (w) => createRevision(w.db, 'v1', 'sent'));
    const doc = withWorkbook(file, readDocument);
    fingerprintCalls.mockClear();
    const { result } = await exportTo(tempDir(), doc, 'v1.xlsx', { revision: 'v1' });
    expect(fingerprintCalls).not.toHaveBeenCalled();
    expect(result.revision.fingerprint).toBe(stored.fingerprint);
  });
});
