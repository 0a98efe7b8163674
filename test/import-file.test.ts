// The one import entry the CLI (`import --out`) and the desktop app's File › Import share.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAsNewWorkbook } from '../electron/services/documents/import-file';
import { createWorkbook, readContent, readDocument, withWorkbook } from '../electron/services/store';
import { exportXlsx } from '../electron/services/xlsx/export';
import { contentOf } from '../shared/domain/canonical';
import { sha256File, tempDir, template } from './helpers';

describe('importing a file as a new workbook', () => {
  it('tells our export from other files, and makes a workbook from each kind', async () => {
    const dir = tempDir();
    const original = join(dir, 'acme.engagement');
    createWorkbook(original, template('managed-services'));
    const doc = withWorkbook(original, readDocument);
    const exported = join(dir, 'acme.xlsx');
    await exportXlsx({ ...contentOf(doc), revisions: doc.revisions }, exported);
    const csv = join(dir, 'client.csv');
    writeFileSync(csv, 'Activity;Customer;Provider\nKick-off;A;R\nRunbook;C;A\n');

    const fromExport = await importAsNewWorkbook(exported, join(dir, 'from-export.engagement'), { language: 'en' });
    expect(fromExport.kind).toBe('export');
    expect(withWorkbook(join(dir, 'from-export.engagement'), (w) => readContent(w.db).matrices[0]!.title)).toBe(
      doc.matrices[0]!.title,
    );

    const fromCsv = await importAsNewWorkbook(csv, join(dir, 'from-csv.engagement'), { language: 'en' });
    expect(fromCsv.kind).toBe('foreign');
    const activities = withWorkbook(join(dir, 'from-csv.engagement'), (w) =>
      readContent(w.db).matrices[0]!.phases.flatMap((p) => p.activities.map((a) => a.title)),
    );
    expect(activities).toEqual(['Kick-off', 'Runbook']);
  });

  it('writes nothing when the source cannot be read, and never overwrites a workbook', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    await expect(importAsNewWorkbook(broken, join(dir, 'x.engagement'), { language: 'en' })).rejects.toThrow(/broken\.xlsx/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'x.engagement'))).toBe(false);

    const existing = join(dir, 'existing.engagement');
    createWorkbook(existing, template('raci'));
    const before = sha256File(existing);
    const csv = join(dir, 'client.csv');
    writeFileSync(csv, 'Activity;Customer;Provider\nKick-off;A;R\nRunbook;C;A\n');
    await expect(importAsNewWorkbook(csv, existing, { language: 'en' })).rejects.toThrow(/already exists/);
    expect(sha256File(existing)).toBe(before);
  });
});
