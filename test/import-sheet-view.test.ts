// The import preview's placing of the detector's guesses on the real sheet, and what a correction leaves to be
// guessed again: React-free, so checked here without a browser.
import { describe, expect, it } from 'vitest';
import { correct, SheetView, unsendable } from '../renderer/src/import/sheet-view';

const say = (key: string, params: Record<string, string | number>) => `${key.split('.').pop()} ${Object.values(params)[0]}`;

// A matrix with activities across the top: parties in rows 2-3, activities in columns B-C.
const cells = [
  ['Who', 'Plan', 'Build'],
  ['Client', 'A', 'I'],
  ['Vendor', 'R', 'A/R'],
];

describe('the sheet seen through a mapping', () => {
  it('places the guesses on the sheet as it is, and names positions as the sheet shows them', () => {
    const rows = new SheetView(cells, { orientation: 'rows', headerRow: 1, labelColumn: 1, partyColumns: [2, 3] }, [{ row: 3 }]);
    expect(rows.marks(1, 2)).toEqual(['header', 'party']);
    expect(rows.marks(3, 1)).toEqual(['skipped', 'label']);
    expect([rows.rowMarks(1), rows.columnMarks(2)]).toEqual([['header'], ['party']]);
    expect([rows.lineName(say, 1), rows.positionName(say, 2)]).toEqual(['row 1', 'column B']);
    expect([rows.heading(2), rows.lineText(2)]).toEqual(['Plan', 'Client, A, I']);

    // Turned: the header is column A, the activities' labels are row 1, the parties rows 2 and 3.
    const turned = new SheetView(cells, { orientation: 'columns', headerRow: 1, labelColumn: 1, partyColumns: [2, 3] }, []);
    expect(turned.marks(2, 1)).toEqual(['header', 'party']);
    expect(turned.marks(1, 2)).toEqual(['label']);
    expect([turned.rowMarks(2), turned.columnMarks(1)]).toEqual([['party'], ['header']]);
    expect([turned.lineName(say, 1), turned.positionName(say, 2)]).toEqual(['column A', 'row 2']);
    expect(turned.heading(3)).toBe('Vendor');
    expect(turned.filledPositions()).toEqual([1, 2, 3]);
  });

  it('leaves what depends on a corrected guess to the detector', () => {
    const mapping = {
      sheet: 'RACI',
      orientation: 'rows' as const,
      headerRow: 4,
      labelColumn: 2,
      phaseColumn: 1,
      partyColumns: [3, 4],
      roles: { R: { label: 'Responsible', kind: 'responsible' as const } },
    };
    expect(correct(mapping, { sheet: 'Other' })).toEqual({ sheet: 'Other' });
    expect(correct(mapping, { orientation: 'columns' })).toEqual({ sheet: 'RACI', orientation: 'columns', roles: mapping.roles });
    expect(correct(mapping, { headerRow: 2 })).toEqual({
      sheet: 'RACI',
      orientation: 'rows',
      headerRow: 2,
      roles: mapping.roles,
    });
    expect(correct(mapping, { phaseColumn: null })).toEqual({ ...mapping, phaseColumn: null });
    expect(unsendable({ ...mapping, partyColumns: [] })).toBe('ui.import.noPartyColumns');
    expect(unsendable({ ...mapping, roles: { R: { label: ' ', kind: 'responsible' } } })).toBe('ui.import.missingMeaning');
    expect(unsendable(mapping)).toBeNull();
  });
});
