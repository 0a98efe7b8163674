/** Reading a document and editing its cells, plus the document's undo history. */
import { z } from 'zod';
import { EngagementDocumentSchema, RevisionSummarySchema } from '../../domain/document';
import {
  MatrixPartyRecordSchema,
  MatrixRecordSchema,
  PartyRecordSchema,
  PhaseRecordSchema,
  RoleRecordSchema,
  SignatoryRecordSchema,
  VocabularyRecordSchema,
  WorkbookRecordSchema,
} from '../../domain/records';
import { isPackedActivities, type PackedActivity } from '../snapshot';
import {
  CellWrite,
  DocId,
  EditResultSchema,
  FindingSchema,
  HistoryStateSchema,
  Language,
  MAX_CELLS_PER_CALL,
  method,
  Note,
  onMatrix,
  Ref,
  Roles,
} from './common';

/** The snapshot's records (shared/api/snapshot.ts packs them). */
const PackedRecordsSchema = z.object({
  workbook: WorkbookRecordSchema,
  parties: z.array(PartyRecordSchema),
  vocabularies: z.array(VocabularyRecordSchema),
  roles: z.array(RoleRecordSchema),
  matrices: z.array(MatrixRecordSchema),
  matrixParties: z.array(MatrixPartyRecordSchema),
  phases: z.array(PhaseRecordSchema),
  // Checked by hand, not by a zod schema per tuple: at 20,000 activities the schema took longer than reading them.
  activities: z.custom<PackedActivity[]>(isPackedActivities, 'activities must be packed activity tuples'),
  signatories: z.array(SignatoryRecordSchema),
});

const Replayed = EditResultSchema.extend({ label: z.string().nullable() });

export const cellMethods = {
  'document.get': method(z.object({ docId: DocId }).strict(), EngagementDocumentSchema),
  'document.validate': method(z.object({ docId: DocId, language: Language.optional() }).strict(), z.array(FindingSchema)),
  /**
   * What the UI loads when it opens a document (and after a change it could not follow): every record, packed; the
   * list of revisions (without their frozen copies, which only grow); the history; and `seq`, the number of the last
   * change, so the UI can tell whether a change it hears about follows on. Findings are the UI's to compute
   * (shared/rules FindingsIndex), which it keeps current edit by edit.
   */
  'document.snapshot': method(
    z.object({ docId: DocId }).strict(),
    z.object({
      seq: z.number().int().min(0),
      records: PackedRecordsSchema,
      revisions: z.array(RevisionSummarySchema),
      history: HistoryStateSchema,
    }),
  ),
  /** Roles and/or note of one cell: leaving one out keeps it, so a note edit never overwrites roles set meanwhile. */
  'cell.set': method(
    onMatrix({ activityId: Ref, partyId: Ref, roles: Roles.optional(), note: Note.optional() }),
    EditResultSchema.extend({ roles: z.array(z.string()), note: z.string().nullable() }),
  ),
  /** Many cells as one undo step: paste, fill, clear a range. All or nothing. */
  'cells.set': method(
    onMatrix({
      reason: z.enum(['paste', 'fill', 'clear']),
      cells: z.array(CellWrite).min(1).max(MAX_CELLS_PER_CALL),
    }),
    EditResultSchema.extend({ count: z.number() }),
  ),
  'history.state': method(z.object({ docId: DocId }).strict(), HistoryStateSchema),
  'history.undo': method(z.object({ docId: DocId }).strict(), Replayed),
  'history.redo': method(z.object({ docId: DocId }).strict(), Replayed),
} as const;

export type Finding = z.infer<typeof FindingSchema>;
