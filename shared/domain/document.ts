/**
 * The engagement workbook as one value: the canonical document.
 *
 * These zod schemas are the single source of truth for the shape of a workbook. The SQLite store reads and writes it,
 * the CLI prints it (`show --json`), `docs/engagebook-1.schema.json` is generated from it, and the import of
 * canonical JSON validates against it. Key order in the schemas is the key order of the canonical JSON.
 */
import { z } from 'zod';
import { FORMAT } from './format';
import { LANGUAGES } from './languages';
import { COVERAGE_KINDS, COVERED_ROLES, INCLUSIONS, MAX_CAPACITY_HOURS, SERVICE_LEVELS, SUPPORT_MODELS } from './scope';
import { ROLE_KINDS } from './vocabulary';

export { FORMAT };

// Role vocabularies (their built-in sets and helpers are in ./vocabulary.ts, which has no zod: the page loads it).

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB');

export const RoleSchema = z.object({
  code: z.string().trim().min(1).max(20),
  /** The label in the workbook's language (what a reader of the JSON sees first). */
  label: z.string().min(1).max(200),
  labels: z.object({ en: z.string().max(200), sv: z.string().max(200), nl: z.string().max(200), fr: z.string().max(200) }),
  color: HexColor,
  kind: z.enum(ROLE_KINDS),
});
export type Role = z.infer<typeof RoleSchema>;

export const VocabularySchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  /** Whether one cell may hold several roles (RACI's "A/R"); O/C/A and Primary/Support are one role per cell. */
  combinable: z.boolean(),
  roles: z.array(RoleSchema).min(1),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;

// The support scope (models and what they promise are in ./scope.ts).

const Minutes = z.number().int().min(0).max(1_000_000).nullable();

export const SlaTargetSchema = z.object({
  severity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** Time to first response, in minutes (null: no commitment). */
  responseMinutes: Minutes,
  /** How often the client hears about progress while the incident is open, in minutes. */
  updateMinutes: Minutes,
  /** Time to restore service or resolve, in minutes. */
  restoreMinutes: Minutes,
});
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

export const ServiceActivitySchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().trim().min(1).max(2_000),
  inclusion: z.enum(INCLUSIONS),
  providerPartyId: z.string().min(1).max(200).nullable(),
});
export type ServiceActivity = z.infer<typeof ServiceActivitySchema>;

export const ServiceLevelSchema = z.object({
  level: z.enum(SERVICE_LEVELS),
  title: z.string().trim().min(1).max(500),
  activities: z.array(ServiceActivitySchema),
});

export const SupportScopeSchema = z.object({
  model: z.enum(SUPPORT_MODELS),
  capacityHoursPerMonth: z.number().min(0).max(MAX_CAPACITY_HOURS).nullable(),
  coverage: z.object({
    kind: z.enum(COVERAGE_KINDS),
    /** IANA time zone of the business hours, e.g. "Europe/Stockholm". */
    timeZone: z.string().max(100).nullable(),
    /** Business hours as written in the proposal, e.g. "08:00–17:00 Mon–Fri". */
    hours: z.string().max(200).nullable(),
  }),
  sla: z.array(SlaTargetSchema).max(4),
  rolesCovered: z.array(z.enum(COVERED_ROLES)),
  serviceLevels: z.array(ServiceLevelSchema),
  serviceManagement: z.array(ServiceActivitySchema),
  additionalResourcesPolicy: z.string().max(10_000),
});
export type SupportScope = z.infer<typeof SupportScopeSchema>;

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
