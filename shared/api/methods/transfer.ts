/**
 * Files in and out of the host without the page ever naming a path. An export is made by the host and handed to the
 * page as a download, read in chunks; a file to import is handed to the host as an upload, written in chunks. Chunks
 * keep every call small enough for both transports (the HTTP bridge's body limit, the IPC bridge), so one code path
 * serves the desktop app and browser mode alike.
 *
 * An import happens in two steps: `import.plan` reads and parses the file once and keeps what it found under a plan
 * id; the page shows it (a returned export's changes for review, a client's sheet with the detector's guesses), and
 * `import.apply` / `import.create` act on the plan. A plan for a returned export remembers the workbook as it was, and
 * applying it refuses when the workbook has changed since: the person reviewed those changes against that state.
 */
import { z } from 'zod';
import { REVISION_STATUSES } from '../../domain/document';
import { ROLE_KINDS } from '../../domain/vocabulary';
import { MappingSchema } from '../../import/detect/mapping';
import { DocId, EditResultSchema, FindingSchema, Language, method, plainText, Ref } from './common';

/** The bytes one chunk carries; base64 makes it ~1 MB of JSON, under the HTTP bridge's 2 MB body limit. */
export const CHUNK_BYTES = 768 * 1024;
/** The largest file the page may hand over for import. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** How many changes of one plan the page may accept in one call (a 20,000-activity returned file, five parties). */
export const MAX_ACCEPTED = 200_000;

const TransferId = z.string().min(1).max(100);
const Base64 = z
  .string()
  .max(Math.ceil(CHUNK_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const Offset = z.number().int().min(0).max(MAX_UPLOAD_BYTES);

export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const RevisionStatus = z.enum(REVISION_STATUSES);

const ExportedRevisionSchema = z.object({
  id: z.string().nullable(),
  label: z.string(),
  status: RevisionStatus,
  fingerprint: z.string(),
});

/** A value a person reviews: roles are codes, the rest text, numbers or yes/no; null is "empty". */
const ChangeValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const CHANGE_KINDS = [
  'cell-roles',
  'cell-note',
  'activity-added',
  'activity-removed',
  'activity-renamed',
  'activity-description',
  'party-added',
  'party-renamed',
  'scope-changed',
  'signoff-filled',
] as const;

/** One change a returned file makes, as the review screen shows it. */
export const ReviewChangeSchema = z.object({
  /** What the page sends back to accept it. */
  id: z.string(),
  kind: z.enum(CHANGE_KINDS),
  /** The groups the review screen lists it under (null for scope and sign-off changes). */
  matrix: z.string().nullable(),
  phase: z.string().nullable(),
  /** What it is about, in words: the activity's title, the party's name, the scope field. */
  activity: z.string().nullable(),
  party: z.string().nullable(),
  field: z.string().nullable(),
  /** The whole place in one line: "Roles and responsibilities › Runbook review › Customer". */
  where: z.string(),
  before: ChangeValue,
  after: ChangeValue,
  /** On a conflict: our value now, which differs from both. Accepting a conflict takes theirs over ours. */
  ours: ChangeValue.optional(),
  conflict: z.boolean(),
});
export type ReviewChange = z.infer<typeof ReviewChangeSchema>;

/** A cell of the returned file that could not be read as roles: listed, never dropped silently. */
const SkippedCellSchema = z.object({ where: z.string(), text: z.string(), reason: z.string() });

const ReturnedPlanSchema = z.object({
  kind: z.literal('returned'),
  planId: TransferId,
  fileName: z.string(),
  /** The revision the file was exported from, and its status in the workbook now (null: not stored in it). */
  exported: ExportedRevisionSchema.extend({ status: RevisionStatus.nullable() }),
  /** `verify`: whether the file's content still matches the fingerprint it was sent with. */
  verify: z.object({ unchanged: z.boolean(), differences: z.number().int().min(0) }),
  baseSource: z.enum(['revision', 'file']),
  changes: z.array(ReviewChangeSchema),
  skipped: z.array(SkippedCellSchema),
  notices: z.array(z.string()),
  /** Set when this very file was imported before: there is nothing left to apply. */
  alreadyImported: z.object({ revision: z.string(), date: z.string() }).nullable(),
});
export type ReturnedPlan = z.infer<typeof ReturnedPlanSchema>;

const LabelledRole = z.object({ code: z.string(), label: z.string(), kind: z.enum(ROLE_KINDS) });

/** A client's own sheet as the detector read it, and the matrix that would be created from it. */
export const ForeignPreviewSchema = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      state: z.enum(['visible', 'hidden', 'veryHidden']),
      rows: z.number().int().min(0),
      columns: z.number().int().min(0),
      found: z.boolean(),
    }),
  ),
  /** The sheet shown and read. */
  sheet: z.string(),
  /** Its cells as text, the top-left part of it (see `truncated`), rows then columns, 1-based positions = index + 1. */
  cells: z.array(z.array(z.string())),
  truncated: z.object({ rows: z.boolean(), columns: z.boolean() }),
  /** The guesses, each one a control of the preview (together they are an `import --mapping` file). */
  mapping: MappingSchema,
  found: z.boolean(),
  orientation: z
    .enum(['activities in rows', 'activities in columns', 'long format', 'inverted table', 'single-role list'])
    .nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  skippedRows: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  vocabulary: z.object({ source: z.string(), roles: z.array(LabelledRole) }),
  legend: z.array(LabelledRole.extend({ where: z.string() })),
  /** The matrix the current mapping makes, the first activities of it (see `activities` for the count). */
  result: z.object({
    parties: z.array(z.string()),
    phases: z.array(
      z.object({ title: z.string(), activities: z.array(z.object({ title: z.string(), roles: z.array(z.array(z.string())) })) }),
    ),
    activities: z.number().int().min(0),
  }),
  /** Why nothing was found, or what the person should check, in words. */
  problems: z.array(z.string()),
});
export type ForeignPreview = z.infer<typeof ForeignPreviewSchema>;

const ForeignPlanSchema = z.object({
  kind: z.literal('foreign'),
  planId: TransferId,
  fileName: z.string(),
  preview: ForeignPreviewSchema,
});

/** A file that becomes a workbook as it is: canonical JSON, or an Engagebook export of another workbook. */
const WorkbookPlanSchema = z.object({
  kind: z.literal('workbook'),
  planId: TransferId,
  fileName: z.string(),
  title: z.string(),
  source: z.enum(['json', 'export']),
  notices: z.array(z.string()),
});

export const ImportPlanSchema = z.discriminatedUnion('kind', [ReturnedPlanSchema, ForeignPlanSchema, WorkbookPlanSchema]);
export type ImportPlan = z.infer<typeof ImportPlanSchema>;
/** A plan as a flow describes it, before the host gives it an id. */
export type ImportPlanView = ImportPlan extends infer P ? (P extends unknown ? Omit<P, 'planId'> : never) : never;

const ChangeIds = z.array(z.string().min(1).max(200)).max(MAX_ACCEPTED);
/** The accepted changes, or all but the rejected ones (shared/api/accepted.ts). */
const Accepted = z.union([ChangeIds, z.object({ allExcept: ChangeIds }).strict()]);
const Opened = z.object({ docId: DocId, name: z.string() });

export const transferMethods = {
  /**
   * Makes an export of the workbook (or of one of its revisions) and keeps it for `download.read`. With `markSent`,
   * the current content is recorded as a revision with status "sent" in the same step, and that revision is what the
   * file carries (its fingerprint is how a returned file is recognised).
   */
  'document.export': method(
    z
      .object({
        docId: DocId,
        format: z.enum(EXPORT_FORMATS),
        language: Language.optional(),
        revision: Ref.optional(),
        protect: z.boolean().optional(),
        /** CSV: the matrix to write (default the first). */
        matrixId: Ref.optional(),
        markSent: z
          .object({ label: plainText(z.string().trim().min(1).max(100)) })
          .strict()
          .optional(),
      })
      .strict(),
    z.object({
      downloadId: TransferId,
      fileName: z.string(),
      mime: z.string(),
      size: z.number().int().min(0),
      revision: ExportedRevisionSchema,
      /** The host's change answer when `markSent` recorded a revision. */
      seq: z.number().int().min(0),
    }),
  ),
  'download.read': method(
    z.object({ downloadId: TransferId, offset: Offset }).strict(),
    z.object({ data: z.string(), size: z.number().int().min(0), next: z.number().int().min(0).nullable() }),
  ),
  'upload.begin': method(
    z
      .object({ name: plainText(z.string().trim().min(1).max(255)), size: z.number().int().min(0).max(MAX_UPLOAD_BYTES) })
      .strict(),
    z.object({ uploadId: TransferId }),
  ),
  'upload.write': method(
    z.object({ uploadId: TransferId, offset: Offset, data: Base64 }).strict(),
    z.object({ received: z.number().int().min(0) }),
  ),
  /**
   * Reads an uploaded file once. With `docId`, a returned export of that workbook is planned as a merge into it;
   * anything else is planned as a new workbook. `taskId` names the progress events the host sends meanwhile.
   */
  'import.plan': method(
    z
      .object({
        uploadId: TransferId,
        docId: DocId.optional(),
        language: Language.optional(),
        taskId: TransferId.optional(),
      })
      .strict(),
    ImportPlanSchema,
  ),
  /** The findings the workbook would have with these changes of a returned plan applied. */
  'import.check': method(
    z.object({ planId: TransferId, accept: Accepted, language: Language.optional() }).strict(),
    z.object({ findings: z.array(FindingSchema) }),
  ),
  /** Applies the accepted changes of a returned plan as one undo step plus a "returned" revision. */
  'import.apply': method(
    z.object({ planId: TransferId, accept: Accepted }).strict(),
    EditResultSchema.extend({
      applied: z.number().int().min(0),
      revision: z.object({ id: z.string(), label: z.string() }).nullable(),
    }),
  ),
  /** A client's sheet read again with corrected guesses. */
  'import.preview': method(z.object({ planId: TransferId, mapping: MappingSchema }).strict(), ForeignPreviewSchema),
  /** Creates the workbook a plan describes (in the documents folder) and opens it. */
  'import.create': method(
    z
      .object({
        planId: TransferId,
        mapping: MappingSchema.optional(),
        title: plainText(z.string().trim().min(1).max(200)).optional(),
        language: Language.optional(),
      })
      .strict(),
    Opened,
  ),
  /** The page is done with a plan (the person cancelled): the host forgets it and the file it read. */
  'import.discard': method(z.object({ planId: TransferId }).strict(), z.object({})),
} as const;
