/**
 * CellIndex (the returned export reader's index of a sheet) must answer every look-up as Sheet does: the same text,
 * notes, row numbers and widest column, whatever the grid holds — rows given twice, a column given twice in a row,
 * rows wider than it scans, notes on cells without text.
 */
import { describe, expect, it } from 'vitest';
import { Sheet, type SheetGrid } from '../shared/import/grid';
import { CellIndex } from '../electron/services/xlsx/import/cell-index';

function grid(rows: SheetGrid['rows'], notes: SheetGrid['notes'] = []): SheetGrid {
  return { name: 'Roles', state: 'visible', rows, merges: [], hiddenRows: [], hiddenColumns: [], notes };
}

function expectSameAnswers(g: SheetGrid): void {
  const sheet = new Sheet(g);
  const index = new CellIndex(g);
  expect(index.maxColumn).toBe(sheet.maxColumn);
  expect(index.name).toBe(sheet.name);
  expect([...index.rowNumbers()]).toEqual(sheet.rowNumbers());
  for (let r = 0; r <= sheet.maxRow + 1; r++) {
    for (let c = 0; c <= sheet.maxColumn + 1; c++) {
      expect([r, c, index.text(r, c)]).toEqual([r, c, sheet.text(r, c)]);
      expect([r, c, index.note(r, c)]).toEqual([r, c, sheet.note(r, c)]);
    }
  }
}

describe('CellIndex answers as Sheet', () => {
  it('on an ordinary sheet with untrimmed texts and notes', () => {
    expectSameAnswers(
      grid(
        [
          [
            1,
            [
              [1, ' id '],
              [3, 'O'],
            ],
          ],
          [
            4,
            [
              [2, 'A/R'],
              [5, '  '],
            ],
          ],
          [2, [[1, 'x']]],
        ],
        [
          [1, 3, 'a note'],
          [4, 2, 'another'],
          [7, 7, 'on an empty cell'],
        ],
      ),
    );
  });

  it('when a row or a column is given twice (the later one wins), and on rows wider than it scans', () => {
    const wide = Array.from({ length: 60 }, (_, i) => [60 - i, `c${60 - i}`] as const);
    expectSameAnswers(
      grid(
        [
          [
            1,
            [
              [1, 'first'],
              [2, 'b'],
              [1, 'second'],
            ],
          ],
          [2, [[9, 'dropped row']]],
          [2, [[3, 'kept row']]],
          [3, [...wide, [7, 'again']]],
        ],
        [...wide.map(([c]) => [3, c, `note ${c}`] as const), [3, 7, 'the later note'], [1, 1, 'x'], [1, 1, 'y']],
      ),
    );
  });
});
