/**
 * `import` starts the parse worker before loading what it needs afterwards, and loads it while the worker reads
 * (read-grid's `whileParsing`); the export's metadata reader is loaded when the metadata sheet arrives, so reading that
 * sheet may finish after the worker (an asynchronous FirstSheet.read). These pin both hand-overs.
 */
import { describe, expect, it } from 'vitest';
import { readXlsxGrid } from '../electron/services/xlsx/import/read-grid';

const FILE = 'test/fixtures/clients/single-role-sv.xlsx';
const SHEET = 'Process';

describe('the parse worker and the main thread hand over', () => {
  it('waits for a first-sheet reader that finishes later, and refuses the file with its error', async () => {
    const whole = await readXlsxGrid(FILE);
    const read: string[] = [];
    const grid = await readXlsxGrid(FILE, 'sheetjs', {
      name: SHEET,
      read: async (sheet) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        read.push(sheet.name);
      },
    });
    expect(read).toEqual([SHEET]);
    expect(grid).toEqual(whole);
    const failing = readXlsxGrid(FILE, 'sheetjs', {
      name: SHEET,
      read: async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error('the metadata is damaged');
      },
    });
    await expect(failing).rejects.toThrow('the metadata is damaged');
  });

  it('runs whileParsing once, before the grid is there', async () => {
    let calls = 0;
    let done = false;
    const reading = readXlsxGrid(FILE, 'sheetjs', undefined, () => {
      calls++;
      expect(done).toBe(false);
    });
    void reading.then(() => (done = true));
    await reading;
    expect(calls).toBe(1);
  });
});
