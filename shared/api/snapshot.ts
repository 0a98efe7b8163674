/**
 * The document as the UI loads it: every record, with cells packed as tuples that point into the activity and party
 * lists. A 20,000-activity matrix with 12 parties has 240,000 cells; spelling out two ids per cell would triple what the
 * page downloads and parses when it opens the workbook.
 */
import { z } from 'zod';
import {
  ActivityRecordSchema,
  MatrixPartyRecordSchema,
  MatrixRecordSchema,
  PartyRecordSchema,
  PhaseRecordSchema,
  RoleRecordSchema,
  SignatoryRecordSchema,
  VocabularyRecordSchema,
  WorkbookRecordSchema,
  type CellRecord,
  type DocumentRecords,
} from '../domain/records';

const Index = z.number().int().min(0);

export const PackedRecordsSchema = z.object({
  workbook: WorkbookRecordSchema,
  parties: z.array(PartyRecordSchema),
  vocabularies: z.array(VocabularyRecordSchema),
  roles: z.array(RoleRecordSchema),
  matrices: z.array(MatrixRecordSchema),
  matrixParties: z.array(MatrixPartyRecordSchema),
  phases: z.array(PhaseRecordSchema),
  activities: z.array(ActivityRecordSchema),
  /** [index into activities, index into parties, role codes, note]. */
  cells: z.array(z.tuple([Index, Index, z.array(z.string().min(1).max(20)), z.string().max(10_000).nullable()])),
  signatories: z.array(SignatoryRecordSchema),
});
export type PackedRecords = z.infer<typeof PackedRecordsSchema>;

export function packRecords(records: DocumentRecords): PackedRecords {
  const activityIndex = new Map(records.activities.map((a, i) => [a.id, i]));
  const partyIndex = new Map(records.parties.map((p, i) => [p.id, i]));
  const cells = records.cells.map((c): PackedRecords['cells'][number] => {
    const a = activityIndex.get(c.activityId);
    const p = partyIndex.get(c.partyId);
    // Foreign keys make this impossible in a file SQLite checked; refuse rather than send a cell to the wrong place.
    if (a === undefined || p === undefined) throw new Error(`cell of unknown activity or party (${c.activityId}, ${c.partyId})`);
    return [a, p, c.roles, c.note];
  });
  return { ...records, cells } as PackedRecords;
}

/** The records back; throws when a cell points outside the lists (a damaged or forged answer). */
export function unpackRecords(packed: PackedRecords): DocumentRecords {
  const cells = packed.cells.map(([a, p, roles, note]): CellRecord => {
    const activity = packed.activities[a];
    const party = packed.parties[p];
    if (!activity || !party) throw new Error(`a cell points to activity ${a} or party ${p}, which the document does not have`);
    return { activityId: activity.id, partyId: party.id, roles, note };
  });
  return { ...packed, cells };
}
