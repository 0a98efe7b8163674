// The packed snapshot the UI loads: packing and unpacking give back exactly the records, including the cells a role
// number cannot say (a note, a code the vocabulary lacks, codes out of order, an empty cell, a cell outside the
// columns), and the check refuses a malformed tuple.
import { describe, expect, it } from 'vitest';
import { isPackedActivities, packRecords, unpackRecords, type GroupedCell } from '../shared/api/snapshot';
import type { CellRecord, DocumentRecords } from '../shared/domain/records';
import { DocumentModel } from '../shared/model/document-model';
import { readRecords, createWorkbook, withWorkbook } from '../electron/services/store';
import { join } from 'node:path';
import { tempDir, template } from './helpers';

function roundTrip(records: DocumentRecords): DocumentRecords {
  const grouped = new Map<string, GroupedCell[]>();
  for (const c of records.cells) grouped.set(c.activityId, [...(grouped.get(c.activityId) ?? []), [c.partyId, c.roles, c.note]]);
  const { cells: _cells, ...rest } = records;
  const packed = packRecords(rest, (id) => grouped.get(id) ?? []);
  expect(isPackedActivities(JSON.parse(JSON.stringify(packed.activities)))).toBe(true);
  return unpackRecords(JSON.parse(JSON.stringify(packed)));
}

const sortCells = (cells: readonly CellRecord[]) =>
  [...cells].sort((a, b) => `${a.activityId} ${a.partyId}`.localeCompare(`${b.activityId} ${b.partyId}`));

describe('the packed snapshot', () => {
  it('gives back every record, and the cells numbers cannot say', () => {
    const file = join(tempDir(), 'packed.engagement');
    createWorkbook(file, template('managed-services'));
    const records = withWorkbook(file, (w) => readRecords(w.db));
    const [first, second, third] = records.activities;
    const [customer, partner] = records.parties;
    // A party that is not a column of the first matrix: a cell of it there is outside the columns (a damaged file).
    const outsider = records.parties.find(
      (p) => !records.matrixParties.some((c) => c.partyId === p.id && c.matrixId === records.matrices[0]!.id),
    )!;
    const odd: CellRecord[] = [
      { activityId: first!.id, partyId: customer!.id, roles: [], note: 'only a note' },
      { activityId: first!.id, partyId: partner!.id, roles: ['A', 'O'], note: null }, // out of the vocabulary's order
      { activityId: second!.id, partyId: customer!.id, roles: ['Z'], note: 'unknown code' },
      { activityId: second!.id, partyId: partner!.id, roles: [], note: null },
      { activityId: third!.id, partyId: customer!.id, roles: ['O'], note: 'owner, with a note' },
      { activityId: third!.id, partyId: outsider.id, roles: ['C'], note: null },
    ];
    const others = records.cells.filter((c) => !odd.some((o) => o.activityId === c.activityId && o.partyId === c.partyId));
    const edited = { ...records, cells: [...others, ...odd] };
    const back = roundTrip(edited);
    expect(sortCells(back.cells)).toEqual(sortCells(edited.cells));
    expect(back.activities).toEqual(edited.activities);
    expect(back.matrixParties).toEqual(edited.matrixParties);
    expect(DocumentModel.fromRecords(back).content()).toEqual(DocumentModel.fromRecords(edited).content());
  });

  it('refuses tuples that do not have the shape or the limits of records', () => {
    const good = ['id-1', 0, 'a0', 'Title', null, [1, 0, 4]];
    expect(isPackedActivities([good, [...good, [[0, null, 'a note']]]])).toBe(true);
    expect(isPackedActivities([['id-1', 0, 'a0', '', null, []]])).toBe(false); // empty title
    expect(isPackedActivities([['id-1', -1, 'a0', 'T', null, []]])).toBe(false);
    expect(isPackedActivities([['id-1', 0, 'a0', 'T', null, [1.5]]])).toBe(false);
    expect(isPackedActivities([[...good, [[0, ['x'.repeat(21)], null]]]])).toBe(false);
    expect(isPackedActivities([['id-1', 0, 'a0', 'T', null]])).toBe(false);
    expect(() =>
      unpackRecords({
        ...JSON.parse(
          '{"workbook":{},"parties":[],"vocabularies":[],"roles":[],"matrices":[],"matrixParties":[],"phases":[],"signatories":[]}',
        ),
        activities: [good],
      }),
    ).toThrow(/points to phase 0/);
  });
});
