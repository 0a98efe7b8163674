// Issue 12 moved the .xlsx read path from exceljs to SheetJS for speed. Both readers still run in the parse worker, so
// this compares them on the same files, grid for grid: our own export (merges, a hidden column and row, very hidden
// sheets, notes, formulas), the same export edited by openpyxl (another producer's notes), a client's sheet, the
// ten-sheet workbook, and a sheet made of the awkward cases (dates, decimals, booleans, formula results and errors,
// rich text, text behind a merge, hidden sheets, rows and columns). The one difference is on purpose: SheetJS keeps
// a note on an empty cell, which exceljs dropped.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxGrid } from '../electron/services/xlsx/import/read-grid';
import type { WorkbookGrid } from '../shared/import/grid';
import { writeClientSheet } from './fixtures/client-sheet';
import { writeTenSheets } from './fixtures/ten-sheets';
import { tempDir, template } from './helpers';
import { editWithOpenpyxl, exportTo } from './xlsx-helpers';

async function bothReaders(file: string): Promise<{ sheetjs: WorkbookGrid; exceljs: WorkbookGrid }> {
  return { sheetjs: await readXlsxGrid(file), exceljs: await readXlsxGrid(file, 'exceljs') };
}

/** Merges as a set: the readers list them in different orders. */
const sortedMerges = (grid: WorkbookGrid) =>
  grid.sheets.map((s) => ({ ...s, merges: [...s.merges].sort((a, b) => a[0] - b[0] || a[1] - b[1]) }));

async function awkwardCells(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cases');
  sheet.getCell('A1').value = new Date(Date.UTC(2027, 2, 14));
  sheet.getCell('A1').numFmt = 'dd/mm/yyyy';
  sheet.getCell('A2').value = new Date(Date.UTC(2027, 2, 14, 9, 30));
  sheet.getCell('A2').numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getCell('A3').value = 0.1 + 0.2;
  sheet.getCell('A4').value = 1234567;
  sheet.getCell('A5').value = true;
  sheet.getCell('A6').value = { formula: 'A4*2', result: 2469134 };
  sheet.getCell('A7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('A8').value = { richText: [{ text: 'Sign-', font: { bold: true } }, { text: 'off' }] };
  sheet.getCell('A9').value = '  spaced  text, Заказчик ✓ ';
  sheet.getCell('B1').value = 'Merged title';
  sheet.getCell('C1').value = 'behind the merge';
  sheet.mergeCells('B1:D2');
  sheet.getCell('B3').value = 'R';
  sheet.getCell('B3').note = 'a note\non two lines';
  sheet.getCell('E5').note = 'a note on an empty cell';
  sheet.getRow(4).hidden = true;
  sheet.getColumn(3).hidden = true;
  const hidden = workbook.addWorksheet('Lists', { state: 'hidden' });
  hidden.getCell('A1').value = 'Responsible';
  workbook.addWorksheet('Secret', { state: 'veryHidden' }).getCell('A1').value = 'x';
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('the SheetJS and exceljs readers give the same grid', () => {
  it('on the awkward cases', async () => {
    const { sheetjs, exceljs } = await bothReaders(await awkwardCells(join(tempDir(), 'cases.xlsx')));
    // The one difference, on purpose: exceljs lost a note on an empty cell (a client noting an empty role cell).
    const emptyCellNote = [5, 5, 'a note on an empty cell'] as const;
    expect(sheetjs.sheets[0]!.notes).toContainEqual(emptyCellNote);
    expect(exceljs.sheets[0]!.notes).not.toContainEqual(emptyCellNote);
    const withoutIt = {
      sheets: sheetjs.sheets.map((s, i) => (i === 0 ? { ...s, notes: s.notes.filter(([r]) => r !== 5) } : s)),
    };
    expect(sortedMerges(withoutIt)).toEqual(sortedMerges(exceljs));
    // What the grid says, so that two readers agreeing on nothing cannot pass.
    const cases = sheetjs.sheets[0]!;
    expect(cases.rows.slice(0, 3)).toEqual([
      [
        1,
        [
          [1, '2027-03-14'],
          [2, 'Merged title'],
        ],
      ],
      [2, [[1, '2027-03-14 09:30:00']]],
      [
        3,
        [
          [1, '0.3'],
          [2, 'R'],
        ],
      ],
    ]);
    expect(cases.rows.find(([r]) => r === 7)).toBeUndefined();
    expect(cases.rows.find(([r]) => r === 8)).toEqual([8, [[1, 'Sign-off']]]);
    expect(cases.hiddenRows).toEqual([4]);
    expect(cases.hiddenColumns).toEqual([3]);
    expect(sheetjs.sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'veryHidden']);
  });

  it('on our own export and the same file edited by openpyxl', async () => {
    const dir = tempDir();
    const { file } = await exportTo(dir, { ...template('managed-services'), revisions: [] }, 'sent.xlsx');
    const edited = join(dir, 'edited.xlsx');
    editWithOpenpyxl(file, edited, [
      { op: 'note', sheet: 'Roles and responsibilities', cell: 'C7', text: 'Please check' },
      { op: 'set', sheet: 'Roles and responsibilities', cell: 'D7', value: 'A' },
    ]);
    for (const f of [file, edited]) {
      const { sheetjs, exceljs } = await bothReaders(f);
      expect(sortedMerges(sheetjs)).toEqual(sortedMerges(exceljs));
      const roles = sheetjs.sheets.find((s) => s.name === 'Roles and responsibilities')!;
      expect(roles.hiddenColumns).toContain(1);
      expect(roles.hiddenRows.length).toBeGreaterThan(0);
      expect(sheetjs.sheets.flatMap((s) => s.merges).length).toBeGreaterThan(0);
      expect(sheetjs.sheets.some((s) => s.state === 'veryHidden')).toBe(true);
      if (f === edited) expect(roles.notes).toContainEqual([7, 3, expect.stringContaining('Please check')]);
    }
  });

  it("on a client's sheet and the ten-sheet workbook", async () => {
    const dir = tempDir();
    for (const file of [await writeClientSheet(join(dir, 'client.xlsx')), await writeTenSheets(join(dir, 'ten.xlsx'))]) {
      const { sheetjs, exceljs } = await bothReaders(file);
      expect(sortedMerges(sheetjs)).toEqual(sortedMerges(exceljs));
      expect(sheetjs.sheets[0]!.rows.length).toBeGreaterThan(5);
    }
  });
});
