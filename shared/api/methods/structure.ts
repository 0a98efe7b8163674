/** Structure edits: phases, activities and party columns of one matrix. Each is one undo step. */
import { z } from 'zod';
import { PARTY_KINDS } from '../../domain/document';
import { EditResultSchema, method, onMatrix, Position, Ref, Title } from './common';

const Created = EditResultSchema.extend({ id: z.string() });

export const structureMethods = {
  'phase.add': method(onMatrix({ title: Title, position: Position.optional() }), Created),
  'phase.rename': method(onMatrix({ phaseId: Ref, title: Title }), EditResultSchema),
  'phase.move': method(onMatrix({ phaseId: Ref, position: Position }), EditResultSchema),
  'phase.delete': method(onMatrix({ phaseId: Ref }), EditResultSchema),
  'activity.add': method(onMatrix({ phaseId: Ref, title: Title, position: Position.optional() }), Created),
  'activity.rename': method(onMatrix({ activityId: Ref, title: Title }), EditResultSchema),
  /** Within its phase, or into another phase of the matrix when phaseId is given. */
  'activity.move': method(onMatrix({ activityId: Ref, position: Position, phaseId: Ref.optional() }), EditResultSchema),
  'activity.delete': method(onMatrix({ activityId: Ref }), EditResultSchema),
  'party.add': method(
    onMatrix({
      name: Title,
      group: z.string().max(500).nullable().optional(),
      kind: z.enum(PARTY_KINDS).optional(),
      position: Position.optional(),
    }),
    Created,
  ),
  'party.update': method(
    onMatrix({ partyId: Ref, name: Title.optional(), group: z.string().max(500).nullable().optional() }),
    EditResultSchema,
  ),
  'party.move': method(onMatrix({ partyId: Ref, position: Position }), EditResultSchema),
  'party.remove': method(onMatrix({ partyId: Ref }), EditResultSchema),
} as const;
