/**
 * The engagement workbook as one value: the canonical document.
 *
 * These zod schemas are the single source of truth for the shape of a workbook. The SQLite store reads and writes it,
 * the CLI prints it (`show --json`), `docs/engagebook-1.schema.json` is generated from it, and the import of
 * canonical JSON validates against it. Key order in the schemas is the key order of the canonical JSON.
 */
import { z } from 'zod';
import { LANGUAGES } from './languages';
import { SupportScopeSchema } from './scope';
import { VocabularySchema } from './vocabulary';

export const FORMAT = 'engagebook/1';

/** Ids are opaque strings; we generate short random ones, imports may bring any non-empty string. */
export const IdSchema = z.string().min(1).max(200);
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const Text = z.string().max(10_000);
const Title = z.string().trim().min(1).max(2_000);

export const PARTY_KINDS = ['customer', 'partner', 'provider', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const PartySchema = z.object({
  id: IdSchema,
  name: Title,
  group: z.string().max(500).nullable(),
  kind: z.enum(PARTY_KINDS),
});
export type Party = z.infer<typeof PartySchema>;

export const CellSchema = z.object({
  partyId: IdSchema,
  /** Role codes of the matrix's vocabulary, e.g. ["A", "R"]; a cell may hold a note and no roles. */
  roles: z.array(z.string().min(1).max(20)),
  note: z.string().max(10_000).nullable(),
});
export type Cell = z.infer<typeof CellSchema>;

export const ActivitySchema = z.object({
  id: IdSchema,
  title: Title,
  description: Text.nullable(),
  cells: z.array(CellSchema),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const PhaseSchema = z.object({
  id: IdSchema,
  title: Title,
  activities: z.array(ActivitySchema),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const MatrixSchema = z.object({
  id: IdSchema,
  title: Title,
  vocabularyId: IdSchema,
  /** The parties shown as columns of this matrix, in column order (a subset of the workbook's parties). */
  partyIds: z.array(IdSchema),
  phases: z.array(PhaseSchema),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export const SignatorySchema = z.object({
  id: IdSchema,
  partyId: IdSchema,
  name: z.string().max(500),
  title: z.string().max(500),
  date: IsoDateSchema.nullable(),
});
export type Signatory = z.infer<typeof SignatorySchema>;

export const REVISION_STATUSES = ['draft', 'sent', 'returned', 'signed'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const EngagementDatesSchema = z.object({
  proposal: IsoDateSchema.nullable(),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
});

/** Everything a revision freezes and the fingerprint covers: the document without its revisions. */
export const ContentSchema = z.object({
  format: z.literal(FORMAT),
  id: IdSchema,
  title: Title,
  client: z.string().max(500),
  preparedBy: z.string().max(500),
  language: z.enum(LANGUAGES),
  dates: EngagementDatesSchema,
  parties: z.array(PartySchema),
  vocabularies: z.array(VocabularySchema),
  matrices: z.array(MatrixSchema),
  scope: SupportScopeSchema.nullable(),
  signatories: z.array(SignatorySchema),
});
export type Content = z.infer<typeof ContentSchema>;

export const RevisionSchema = z.object({
  id: IdSchema,
  label: z.string().trim().min(1).max(200),
  status: z.enum(REVISION_STATUSES),
  /** SHA-256 (hex) of the canonical JSON of `snapshot`. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
  snapshot: ContentSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

/** A revision without its frozen content: enough to list revisions. */
export const RevisionSummarySchema = RevisionSchema.omit({ snapshot: true });
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export const EngagementDocumentSchema = ContentSchema.extend({
  revisions: z.array(RevisionSchema),
});
export type EngagementDocument = z.infer<typeof EngagementDocumentSchema>;
