/** The workbook itself: its details, its matrices as a whole, and the roles of a matrix. Each edit is one undo step. */
import { z } from 'zod';
import { ROLE_KINDS } from '../../domain/vocabulary';
import { DocId, EditResultSchema, Language, method, onMatrix, plainText, Position, Ref, Title } from './common';

const Created = EditResultSchema.extend({ id: z.string() });
const DateOrNull = z.string().max(10).nullable();
const Detail = plainText(z.string().max(500));

const MatrixSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }).strict(),
  /** `matrix`: the template matrix's index, as `templates.matrices` lists them. */
  z
    .object({ kind: z.literal('template'), templateId: z.string().min(1).max(100), matrix: z.number().int().min(0).max(100) })
    .strict(),
  z.object({ kind: z.literal('duplicate'), matrixId: Ref }).strict(),
]);

const RoleCode = plainText(z.string().min(1).max(20));
const RoleFields = {
  labels: z.object({ en: Detail, sv: Detail, nl: Detail, fr: Detail }).partial().strict().optional(),
  color: plainText(z.string().max(20)).optional(),
  kind: z.enum(ROLE_KINDS).optional(),
};

export const workbookMethods = {
  'workbook.update': method(
    z
      .object({
        docId: DocId,
        title: Title.optional(),
        client: Detail.optional(),
        preparedBy: Detail.optional(),
        language: Language.optional(),
        dates: z.object({ proposal: DateOrNull, start: DateOrNull, end: DateOrNull }).partial().strict().optional(),
      })
      .strict(),
    EditResultSchema,
  ),
  'templates.matrices': method(
    z.object({ templateId: z.string().min(1).max(100), language: Language }).strict(),
    z.array(z.object({ title: z.string(), activities: z.number() })),
  ),
  'matrix.add': method(
    z.object({ docId: DocId, source: MatrixSource, title: Title.optional(), position: Position.optional() }).strict(),
    Created,
  ),
  'matrix.rename': method(onMatrix({ title: Title }), EditResultSchema),
  'matrix.move': method(onMatrix({ position: Position }), EditResultSchema),
  'matrix.delete': method(onMatrix({}), EditResultSchema),
  /** Roles of a matrix's vocabulary; a built-in vocabulary is copied for the workbook on its first edit. */
  'role.add': method(onMatrix({ code: RoleCode, ...RoleFields }), EditResultSchema),
  'role.update': method(onMatrix({ code: RoleCode, ...RoleFields }), EditResultSchema),
  'role.remove': method(onMatrix({ code: RoleCode }), EditResultSchema),
  'vocabulary.update': method(onMatrix({ combinable: z.boolean() }), EditResultSchema),
} as const;
