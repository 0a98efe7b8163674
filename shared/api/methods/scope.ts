/**
 * The support scope and the sign-off: scope fields, the support model with its defaults, the service catalogue, and
 * the signatories. Each method is one undo step in the document's history, the same one the grid's edits use.
 */
import { z } from 'zod';
import { IsoDateSchema, SupportScopeSchema } from '../../domain/document';
import { INCLUSIONS, SERVICE_LEVELS, SUPPORT_MODELS } from '../../domain/scope';
import { DocId, EditResultSchema, Position, Ref, Title, method, plainText, refuseControlCharacters } from './common';

const onDocument = <S extends z.ZodRawShape>(shape: S) => z.object({ docId: DocId, ...shape }).strict();
const Created = EditResultSchema.extend({ id: z.string() });

/** Any scope fields; coverage may name only the fields that change. The host checks the merged scope again. */
const ScopePatch = SupportScopeSchema.omit({ coverage: true })
  .partial()
  .extend({ coverage: SupportScopeSchema.shape.coverage.partial().strict().optional() })
  .strict()
  // Every text of the scope (time zone, hours, the policy, …) is typed by a person.
  .superRefine((patch, ctx) => refuseControlCharacters(patch, ctx));

/** A field the model's defaults changed, with what it held before and holds now. */
const FieldChange = z.object({
  field: z.enum(['model', 'capacityHoursPerMonth', 'coverage', 'sla', 'rolesCovered']),
  before: z.unknown(),
  after: z.unknown(),
});

const ServiceList = z.enum([...SERVICE_LEVELS, 'management']);
const Provider = z.string().min(1).max(200).nullable();
const SignatoryText = plainText(z.string().max(500));

export const scopeMethods = {
  'scope.set': method(onDocument({ patch: ScopePatch }), EditResultSchema),
  'scope.applyModel': method(
    onDocument({ model: z.enum(SUPPORT_MODELS) }),
    EditResultSchema.extend({ applied: z.array(FieldChange) }),
  ),
  'service.add': method(
    onDocument({
      list: ServiceList,
      title: Title,
      inclusion: z.enum(INCLUSIONS).optional(),
      providerPartyId: Provider.optional(),
      position: Position.optional(),
    }),
    Created,
  ),
  'service.update': method(
    onDocument({
      serviceId: Ref,
      title: Title.optional(),
      inclusion: z.enum(INCLUSIONS).optional(),
      providerPartyId: Provider.optional(),
    }),
    EditResultSchema,
  ),
  'service.move': method(onDocument({ serviceId: Ref, position: Position, list: ServiceList.optional() }), EditResultSchema),
  'service.remove': method(onDocument({ serviceId: Ref }), EditResultSchema),
  'signatory.add': method(
    onDocument({
      partyId: Ref,
      name: SignatoryText.optional(),
      title: SignatoryText.optional(),
      date: IsoDateSchema.nullable().optional(),
    }),
    Created,
  ),
  'signatory.update': method(
    onDocument({
      signatoryId: Ref,
      partyId: Ref.optional(),
      name: SignatoryText.optional(),
      title: SignatoryText.optional(),
      date: IsoDateSchema.nullable().optional(),
    }),
    EditResultSchema,
  ),
  'signatory.remove': method(onDocument({ signatoryId: Ref }), EditResultSchema),
} as const;
