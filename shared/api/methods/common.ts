/** Building blocks of the API contract's method schemas. */
import { z } from 'zod';
import { controlCharacterProblem } from '../../domain/control-characters';
import { LANGUAGES } from '../../domain/languages';
import { RecordChangeSchema } from '../../domain/records';

/** Marks a zod issue the host answers as `invalid-text` instead of `invalid-payload` (electron/services/api/host.ts). */
export const INVALID_TEXT_ISSUE = { engagebook: 'invalid-text' } as const;

/** Every string inside `value` (a string, or objects and arrays of them), checked for control characters. */
export function refuseControlCharacters(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const problem = controlCharacterProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path, params: INVALID_TEXT_ISSUE });
  } else if (Array.isArray(value)) value.forEach((item, i) => refuseControlCharacters(item, ctx, [...path, i]));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) refuseControlCharacters(item, ctx, [...path, key]);
}

/** A text a person types — title, name, label, note: no control characters but tab and line breaks. */
export const plainText = (schema: z.ZodString) => schema.superRefine((value, ctx) => refuseControlCharacters(value, ctx));

export const DocId = z.string().min(1).max(100);
/** An id (or, from scripts, a title) of something inside a document. */
export const Ref = z.string().min(1).max(2_000);
export const Language = z.enum(LANGUAGES);
export const Title = plainText(z.string().min(1).max(2_000));
export const Position = z.number().int().min(0).max(1_000_000);
/** A cell's role codes, checked against the matrix's vocabulary by the host. */
export const Roles = z.array(z.string().min(1).max(20)).max(20);
export const Note = plainText(z.string().max(10_000)).nullable();
/** One cell of a batch edit: roles and, optionally, the note (left out: kept). */
export const CellWrite = z.object({ activityId: Ref, partyId: Ref, roles: Roles, note: Note.optional() }).strict();

/** The largest paste or fill one call may carry: a whole 20,000-activity matrix of 5 parties. */
export const MAX_CELLS_PER_CALL = 100_000;

/** A rule finding, in the language the UI asked for. */
export const FindingSchema = z.object({
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

export const HistoryStateSchema = z.object({ undo: z.string().nullable(), redo: z.string().nullable() });

/**
 * What every edit answers: whether anything changed, the records it wrote (the UI applies them to its copy instead of
 * reloading), the document's change number after it, and what undo/redo would now do. `seq` counts the changes the
 * host has announced for the document; a UI that sees it skip has missed one and reloads.
 */
export const EditResultSchema = z.object({
  changed: z.boolean(),
  changes: z.array(RecordChangeSchema),
  seq: z.number().int().min(0),
  history: HistoryStateSchema,
});

export const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

/** Arguments of a method on one matrix of one document. */
export const onMatrix = <S extends z.ZodRawShape>(shape: S) => z.object({ docId: DocId, matrixId: Ref, ...shape }).strict();
