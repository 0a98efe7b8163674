// OpenDocument (.ods) and legacy Excel (.xls) files, which clients still send, are read by SheetJS inside the same
// worker as the xlsx path (heap cap, deadline, size check): the same client sheet saved by LibreOffice in each format
// is detected exactly as the .xlsx is, every text kept as typed; a broken file is refused, naming it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectForeign, readSpreadsheetGrid } from '../electron/services/documents/import-foreign';
import type { Content } from '../shared/domain/document';
import { CLIENT_SHEET, writeClientSheet } from './fixtures/client-sheet';
import { tempDir } from './helpers';
import { libreoffice } from './xlsx-helpers';

/** What a person checks in the result: parties, and each activity with its phase and role codes per party. */
function summary(content: Content) {
  const parties = new Map(content.parties.map((p) => [p.id, p.name]));
  const matrix = content.matrices[0]!;
  return {
    parties: matrix.partyIds.map((id) => parties.get(id)),
    rows: matrix.phases.flatMap((phase) =>
      phase.activities.map((a) => [
        phase.title,
        a.title,
        matrix.partyIds.map((id) => a.cells.find((c) => c.partyId === id)?.roles ?? []),
      ]),
    ),
  };
}

async function detected(file: string) {
  const grid = await readSpreadsheetGrid(file);
  return { grid, content: detectForeign(grid, file, { language: 'en', sheet: CLIENT_SHEET }).content };
}

describe('OpenDocument and legacy Excel files', () => {
  it('reads the same client sheet saved as .ods and .xls as it reads the .xlsx', async () => {
    const dir = tempDir();
    // Cyrillic and Swedish text must come through as typed, in every format.
    const xlsx = await writeClientSheet(join(dir, 'Заказчик RACI.xlsx'));
    const [ods] = libreoffice(xlsx, join(dir, 'ods'), 'ods');
    const [xls] = libreoffice(xlsx, join(dir, 'xls'), 'xls');
    const reference = await detected(xlsx);
    for (const file of [ods!, xls!]) {
      const { grid, content } = await detected(file);
      expect(summary(content)).toEqual(summary(reference.content));
      const sheet = (g: typeof grid) => g.sheets.find((s) => s.name === CLIENT_SHEET)!;
      // Every text of the sheet, cell by cell, exactly as the xlsx reader saw it.
      expect(sheet(grid).rows).toEqual(sheet(reference.grid).rows);
      expect(sheet(grid).merges).toEqual(expect.arrayContaining([...sheet(reference.grid).merges]));
    }
  });

  it('refuses a broken .xls or an empty .ods, naming the file, and a format it does not read', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.xls');
    writeFileSync(broken, 'not a spreadsheet at all');
    await expect(readSpreadsheetGrid(broken)).rejects.toThrow(/broken\.xls: is not an Excel 97–2003 workbook/);
    const html = join(dir, 'web export.xls');
    writeFileSync(
      html,
      '<html><body><table><tr><td>Activity</td><td>Customer</td></tr><tr><td>Kick-off</td><td>R</td></tr></table></body></html>',
    );
    // Many web applications' "Excel" downloads are HTML tables: read as such.
    expect((await readSpreadsheetGrid(html)).sheets[0]!.rows[1]).toEqual([
      2,
      [
        [1, 'Kick-off'],
        [2, 'R'],
      ],
    ]);
    const renamed = join(dir, 'renamed.ods');
    writeFileSync(renamed, 'Activity;Customer\n');
    await expect(readSpreadsheetGrid(renamed)).rejects.toThrow(/renamed\.ods: is not an OpenDocument spreadsheet/);
    const empty = join(dir, 'empty.ods');
    writeFileSync(empty, '');
    await expect(readSpreadsheetGrid(empty)).rejects.toThrow(/empty\.ods: is empty/);
    await expect(readSpreadsheetGrid(join(dir, 'x.numbers'))).rejects.toThrow(/can import \.xlsx, \.ods, \.xls/);
  });
});
