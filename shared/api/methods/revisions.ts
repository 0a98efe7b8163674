/**
 * Revisions and compare. Revisions are not records and sit outside undo history, so these methods do not answer with
 * record changes: each answers with the whole (small) list of revisions, which the page puts in place of its own.
 */
import { z } from 'zod';
import { ContentSchema, REVISION_STATUSES, RevisionSummarySchema } from '../../domain/document';
import { DIFF_KINDS } from '../../compare/diff';
import { DocId, method, plainText, Ref } from './common';

const Status = z.enum(REVISION_STATUSES);

export const RevisionHistorySchema = RevisionSummarySchema.extend({
  /** Every status the revision reached, dated, oldest first. */
  statusChanges: z.array(z.object({ status: Status, at: z.string() })),
  /** The id of the signed revision this one supersedes, or null. */
  supersedes: z.string().nullable(),
});

const RevisionListSchema = z.object({
  revisions: z.array(RevisionHistorySchema),
  /** The fingerprint of the current content: compared with the last signed revision's, it says whether anything changed since. */
  currentFingerprint: z.string(),
});

/** One side of a comparison. */
export const CompareSideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('current') }).strict(),
  z.object({ kind: z.literal('revision'), revision: Ref }).strict(),
  /** A template built fresh in the workbook's language: the deal against its standard. */
  z.object({ kind: z.literal('template'), templateId: Ref }).strict(),
  /** Another workbook (.engagement or engagebook/1 .json) uploaded with upload.begin/write. */
  z.object({ kind: z.literal('upload'), uploadId: Ref }).strict(),
]);
export type CompareSide = z.infer<typeof CompareSideSchema>;

export const DiffEntrySchema = z.object({
  kind: z.enum(DIFF_KINDS),
  where: z.string(),
  before: z.string(),
  after: z.string(),
  matrixId: z.string().optional(),
  activityId: z.string().optional(),
  partyId: z.string().optional(),
});

export const revisionMethods = {
  'revision.list': method(z.object({ docId: DocId }).strict(), RevisionListSchema),
  /**
   * Freezes the current content as a new draft revision. `supersedes`: the signed revision (id or label) it replaces
   * after changes were made since signing.
   */
  'revision.create': method(
    z.object({ docId: DocId, label: plainText(z.string().trim().min(1).max(200)), supersedes: Ref.optional() }).strict(),
    RevisionListSchema.extend({ created: z.string() }),
  ),
  /** Moves a revision (id or label) forward: draft → sent → returned → signed, dated now; never back, never after signed. */
  'revision.setStatus': method(z.object({ docId: DocId, revision: Ref, status: Status }).strict(), RevisionListSchema),
  /** A two-way diff of two sides (shared/compare/diff.ts), with the newer side's content to show it in a grid. */
  'compare.run': method(
    z.object({ docId: DocId, before: CompareSideSchema, after: CompareSideSchema }).strict(),
    z.object({
      equal: z.boolean(),
      entries: z.array(DiffEntrySchema),
      counts: z.partialRecord(z.enum(DIFF_KINDS), z.number()),
      after: ContentSchema,
    }),
  ),
} as const;
