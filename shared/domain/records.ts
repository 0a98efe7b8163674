/**
 * The document as rows: one record type per stored table, in the document's own words (camelCase, parsed JSON). The
 * store's codecs turn table rows into these records and back; edits answer with the records they wrote, and the UI's
 * document model (shared/model) applies them. Every ordered record carries its order key (`position`), text that sorts
 * siblings by plain string comparison.
 */
import { z } from 'zod';
import {
  ActivitySchema,
  CellSchema,
  ContentSchema,
  IdSchema,
  MatrixSchema,
  PartySchema,
  PhaseSchema,
  RoleSchema,
  SignatorySchema,
  VocabularySchema,
} from './document';

export const OrderKeySchema = z.string().min(1).max(200);
const ordered = { position: OrderKeySchema };

export const WorkbookRecordSchema = ContentSchema.pick({
  id: true,
  title: true,
  client: true,
  preparedBy: true,
  language: true,
  dates: true,
  scope: true,
});
export const PartyRecordSchema = PartySchema.extend(ordered);
export const VocabularyRecordSchema = VocabularySchema.omit({ roles: true }).extend(ordered);
export const RoleRecordSchema = RoleSchema.extend({ vocabularyId: IdSchema, ...ordered });
export const MatrixRecordSchema = MatrixSchema.pick({ id: true, title: true, vocabularyId: true }).extend(ordered);
export const MatrixPartyRecordSchema = z.object({ matrixId: IdSchema, partyId: IdSchema, ...ordered });
export const PhaseRecordSchema = PhaseSchema.pick({ id: true, title: true }).extend({ matrixId: IdSchema, ...ordered });
export const ActivityRecordSchema = ActivitySchema.omit({ cells: true }).extend({ phaseId: IdSchema, ...ordered });
export const CellRecordSchema = CellSchema.extend({ activityId: IdSchema });
export const SignatoryRecordSchema = SignatorySchema.extend(ordered);

export type WorkbookRecord = z.infer<typeof WorkbookRecordSchema>;
export type PartyRecord = z.infer<typeof PartyRecordSchema>;
export type VocabularyRecord = z.infer<typeof VocabularyRecordSchema>;
export type RoleRecord = z.infer<typeof RoleRecordSchema>;
export type MatrixRecord = z.infer<typeof MatrixRecordSchema>;
export type MatrixPartyRecord = z.infer<typeof MatrixPartyRecordSchema>;
export type PhaseRecord = z.infer<typeof PhaseRecordSchema>;
export type ActivityRecord = z.infer<typeof ActivityRecordSchema>;
export type CellRecord = z.infer<typeof CellRecordSchema>;
export type SignatoryRecord = z.infer<typeof SignatoryRecordSchema>;

/** Each table's records, and the fields that make up its key, in order. */
export interface RecordTypes {
  workbook: WorkbookRecord;
  parties: PartyRecord;
  vocabularies: VocabularyRecord;
  roles: RoleRecord;
  matrices: MatrixRecord;
  matrixParties: MatrixPartyRecord;
  phases: PhaseRecord;
  activities: ActivityRecord;
  cells: CellRecord;
  signatories: SignatoryRecord;
}
export type RecordTable = keyof RecordTypes;

const change = <T extends RecordTable, K extends z.ZodTuple, V extends z.ZodType>(table: T, key: K, value: V) =>
  z.object({ table: z.literal(table), key, value: value.nullable() }).strict();
const Id = IdSchema;

/**
 * One record written by an edit: the table, the record's key, and the record as it is now (null: deleted). Edits,
 * undo and redo answer with the list of these, in the order they were written; applying them in order to a copy of the
 * document gives what a fresh read would.
 */
export const RecordChangeSchema = z.discriminatedUnion('table', [
  change('workbook', z.tuple([]), WorkbookRecordSchema),
  change('parties', z.tuple([Id]), PartyRecordSchema),
  change('vocabularies', z.tuple([Id]), VocabularyRecordSchema),
  change('roles', z.tuple([Id, z.string()]), RoleRecordSchema),
  change('matrices', z.tuple([Id]), MatrixRecordSchema),
  change('matrixParties', z.tuple([Id, Id]), MatrixPartyRecordSchema),
  change('phases', z.tuple([Id]), PhaseRecordSchema),
  change('activities', z.tuple([Id]), ActivityRecordSchema),
  change('cells', z.tuple([Id, Id]), CellRecordSchema),
  change('signatories', z.tuple([Id]), SignatoryRecordSchema),
]);
export type RecordChange = z.infer<typeof RecordChangeSchema>;

/** The key of a record, as its change carries it. */
export function recordKey<T extends RecordTable>(table: T, record: RecordTypes[T]): string[] {
  switch (table) {
    case 'workbook':
      return [];
    case 'roles': {
      const r = record as RoleRecord;
      return [r.vocabularyId, r.code];
    }
    case 'matrixParties': {
      const r = record as MatrixPartyRecord;
      return [r.matrixId, r.partyId];
    }
    case 'cells': {
      const r = record as CellRecord;
      return [r.activityId, r.partyId];
    }
    default:
      return [(record as { id: string }).id];
  }
}

/** Every record of a document, table by table: what a full read gives, and what the UI's model starts from. */
export interface DocumentRecords {
  readonly workbook: WorkbookRecord;
  readonly parties: readonly PartyRecord[];
  readonly vocabularies: readonly VocabularyRecord[];
  readonly roles: readonly RoleRecord[];
  readonly matrices: readonly MatrixRecord[];
  readonly matrixParties: readonly MatrixPartyRecord[];
  readonly phases: readonly PhaseRecord[];
  readonly activities: readonly ActivityRecord[];
  readonly cells: readonly CellRecord[];
  readonly signatories: readonly SignatoryRecord[];
}
