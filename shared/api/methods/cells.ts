/** Reading a document and editing its cells, plus the document's undo history. */
import { z } from 'zod';
import { ContentSchema, EngagementDocumentSchema, RevisionSummarySchema } from '../../domain/document';
import { DocId, EditResultSchema, HistoryStateSchema, Language, method, onMatrix, Ref } from './common';

const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  location: z.object({
    matrixId: z.string().optional(),
    phaseId: z.string().optional(),
    activityId: z.string().optional(),
    partyId: z.string().optional(),
    scope: z.string().optional(),
  }),
  message: z.string(),
});

const Roles = z.array(z.string().min(1).max(20)).max(20);
const Note = z.string().max(10_000).nullable();

/** The largest paste or fill one call may carry: a whole 20,000-activity matrix of 5 parties. */
export const MAX_CELLS_PER_CALL = 100_000;

export const cellMethods = {
  'document.get': method(z.object({ docId: DocId }).strict(), EngagementDocumentSchema),
  'document.validate': method(z.object({ docId: DocId, language: Language.optional() }).strict(), z.array(FindingSchema)),
  /**
   * What the UI shows after every edit, from one read: the content, the list of revisions (without their frozen
   * copies, which only grow), the findings and the history.
   */
  'document.snapshot': method(
    z.object({ docId: DocId, language: Language.optional() }).strict(),
    z.object({
      document: ContentSchema.extend({ revisions: z.array(RevisionSummarySchema) }),
      findings: z.array(FindingSchema),
      history: HistoryStateSchema,
    }),
  ),
  'cell.set': method(
    onMatrix({ activityId: Ref, partyId: Ref, roles: Roles, note: Note.optional() }),
    z.object({ changed: z.boolean(), roles: z.array(z.string()), note: z.string().nullable(), history: HistoryStateSchema }),
  ),
  /** Many cells as one undo step: paste, fill, clear a range. All or nothing. */
  'cells.set': method(
    onMatrix({
      reason: z.enum(['paste', 'fill', 'clear']),
      cells: z
        .array(z.object({ activityId: Ref, partyId: Ref, roles: Roles, note: Note.optional() }).strict())
        .min(1)
        .max(MAX_CELLS_PER_CALL),
    }),
    EditResultSchema.extend({ count: z.number() }),
  ),
  'history.state': method(z.object({ docId: DocId }).strict(), HistoryStateSchema),
  'history.undo': method(
    z.object({ docId: DocId }).strict(),
    z.object({ label: z.string().nullable(), history: HistoryStateSchema }),
  ),
  'history.redo': method(
    z.object({ docId: DocId }).strict(),
    z.object({ label: z.string().nullable(), history: HistoryStateSchema }),
  ),
} as const;

export type Finding = z.infer<typeof FindingSchema>;
