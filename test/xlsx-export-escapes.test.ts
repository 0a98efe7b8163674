// A cell's text is written in SpreadsheetML's own escapes (electron/services/xlsx/export/text.ts): a character XML cannot
// carry becomes `_xHHHH_` instead of being dropped, and text that already reads like an escape keeps its underscore
// escaped. Before, "db_x1234_backup" came back from our own export as "db\u1234backup" (Excel showed it so too), and a
// control character an import had kept was lost on the way out. Checked with our import and with LibreOffice, which
// both read the escapes, and in the file's XML.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, withWorkbook } from '../electron/services/store';
import { cellText, sheetName } from '../electron/services/xlsx/export/text';
import { readXlsxGrid } from '../electron/services/xlsx/import/read-grid';
import type { Content } from '../shared/domain/document';
import { cli, tempDir, template } from './helpers';
import { exportTo, libreoffice, readCsv } from './xlsx-helpers';

function awkwardContent(): Content {
  const content = template('raci');
  content.title = 'Plan_x0031_ for Q1\u0007';
  content.parties[0]!.name = 'Ops_x00E9_ team';
  content.matrices[0]!.phases.unshift({
    id: 'phase-awkward',
    title: 'Phase_x0032_',
    activities: [
      {
        id: 'activity-awkward',
        title: 'db_x1234_backup and _x005F_ literally',
        description: 'kept\u0001control',
        cells: [{ partyId: content.parties[0]!.id, roles: ['R'], note: 'line\u0002end _x0041_' }],
      },
    ],
  });
  return content;
}

describe('text that reads like an escape, and characters XML cannot carry', () => {
  it('are written as SpreadsheetML escapes', () => {
    expect(cellText('db_x1234_backup')).toBe('db_x005F_x1234_backup');
    expect(cellText('bell\u0007 and \uFFFF')).toBe('bell_x0007_ and _xFFFF_');
    expect(cellText('tab\tand\r\nlines, ✓ 😀')).toBe('tab\tand\r\nlines, ✓ 😀');
    expect(cellText('_x12_ and _xGHIJ_ are not escapes')).toBe('_x12_ and _xGHIJ_ are not escapes');
  });

  it('never make a sheet name, which readers would show unescaped', async () => {
    expect(sheetName('Plan_x0031_ matrix', new Set())).toBe('Plan_x0031 matrix');
    expect(sheetName('a_x0041__x0042_b', new Set())).toBe('a_x0041 _x0042 b');
    const dir = tempDir();
    const content = awkwardContent();
    content.matrices[0]!.title = 'Plan_x0031_ matrix';
    const { file } = await exportTo(dir, { ...content, revisions: [] }, 'names.xlsx');
    const names = (await readXlsxGrid(file)).sheets.map((s) => s.name);
    expect(names).toContain('Plan_x0031 matrix');
    const back = join(dir, 'back.engagement');
    expect((await cli('import', file, '--out', back)).code).toBe(0);
    expect(withWorkbook(back, readDocument).matrices[0]!.title).toBe('Plan_x0031_ matrix');
  });

  it('come back from our own export letter for letter', async () => {
    const dir = tempDir();
    const content = awkwardContent();
    const { file } = await exportTo(dir, { ...content, revisions: [] }, 'awkward.xlsx');
    // What the file holds (a small export keeps its texts in the shared strings).
    expect(execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml']).toString()).toContain('Plan_x005F_x0031_ for Q1_x0007_');

    const out = join(dir, 'back.engagement');
    const run = await cli('import', file, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const back = withWorkbook(out, readDocument);
    expect(back.title).toBe(content.title);
    expect(back.parties[0]!.name).toBe('Ops_x00E9_ team');
    expect(back.matrices[0]!.phases[0]!.title).toBe('Phase_x0032_');
    const activity = back.matrices[0]!.phases[0]!.activities[0]!;
    expect(activity.title).toBe('db_x1234_backup and _x005F_ literally');
    expect(activity.description).toBe('kept\u0001control');
    expect(activity.cells).toEqual([{ partyId: content.parties[0]!.id, roles: ['R'], note: 'line\u0002end _x0041_' }]);
  });

  it('read the same in LibreOffice', async () => {
    const dir = tempDir();
    const { file } = await exportTo(dir, { ...awkwardContent(), revisions: [] }, 'awkward.xlsx');
    // The cover is the first sheet, the one a CSV conversion writes.
    const [csv] = libreoffice(file, join(dir, 'lo'), 'csv:Text - txt - csv (StarCalc):44,34,76').filter((f) =>
      f.endsWith('.csv'),
    );
    expect(readCsv(csv!).flat()).toContain('Plan_x0031_ for Q1\u0007');
  });
});
