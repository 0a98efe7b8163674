/** Building blocks of the API contract's method schemas. */
import { z } from 'zod';
import { LANGUAGES } from '../../domain/languages';

export const DocId = z.string().min(1).max(100);
/** An id (or, from scripts, a title) of something inside a document. */
export const Ref = z.string().min(1).max(2_000);
export const Language = z.enum(LANGUAGES);
export const Title = z.string().min(1).max(2_000);
export const Position = z.number().int().min(0).max(1_000_000);

export const HistoryStateSchema = z.object({ undo: z.string().nullable(), redo: z.string().nullable() });

/** What every edit answers: whether anything changed and what undo/redo would now do. */
export const EditResultSchema = z.object({ changed: z.boolean(), history: HistoryStateSchema });

export const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

/** Arguments of a method on one matrix of one document. */
export const onMatrix = <S extends z.ZodRawShape>(shape: S) => z.object({ docId: DocId, matrixId: Ref, ...shape }).strict();
