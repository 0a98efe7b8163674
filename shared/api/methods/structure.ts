/** Structure edits: phases, activities and party columns of one matrix. Each is one undo step. */
import { z } from 'zod';
import { PARTY_KINDS } from '../../domain/document';
import {
  CellWrite,
  EditResultSchema,
  MAX_CELLS_PER_CALL,
  method,
  onMatrix,
  plainText,
  Position,
  Ref,
  Roles,
  Title,
} from './common';

const Group = plainText(z.string().max(500)).nullable();

const Created = EditResultSchema.extend({ id: z.string() });

/** The most activities one call may add: a pasted sheet the size of the largest workbook we measure (20,000 rows). */
export const MAX_ACTIVITIES_PER_CALL = 20_000;

const NewActivity = z
  .object({ title: Title, cells: z.array(z.object({ partyId: Ref, roles: Roles }).strict()).max(1_000) })
  .strict();

/**
 * Many activities with their roles, plus cells of existing activities, as one undo step: a pasted table. Into the
 * phase `phaseId`, or a new phase titled `newPhase` (a matrix without phases); at `position` in it, or at its end.
 */
const AddActivities = onMatrix({
  phaseId: Ref.optional(),
  newPhase: Title.optional(),
  position: Position.optional(),
  rows: z.array(NewActivity).min(1).max(MAX_ACTIVITIES_PER_CALL),
  cells: z.array(CellWrite).max(MAX_CELLS_PER_CALL).optional(),
})
  .refine((a) => (a.phaseId === undefined) !== (a.newPhase === undefined), {
    message: 'give either phaseId or newPhase',
    path: ['phaseId'],
  })
  .refine((a) => a.rows.reduce((n, row) => n + row.cells.length, a.cells?.length ?? 0) <= MAX_CELLS_PER_CALL, {
    message: `at most ${MAX_CELLS_PER_CALL} cells in one call`,
    path: ['rows'],
  });

export const structureMethods = {
  'phase.add': method(onMatrix({ title: Title, position: Position.optional() }), Created),
  'phase.rename': method(onMatrix({ phaseId: Ref, title: Title }), EditResultSchema),
  'phase.move': method(onMatrix({ phaseId: Ref, position: Position }), EditResultSchema),
  'phase.delete': method(onMatrix({ phaseId: Ref }), EditResultSchema),
  'activity.add': method(onMatrix({ phaseId: Ref, title: Title, position: Position.optional() }), Created),
  'activities.add': method(AddActivities, EditResultSchema.extend({ ids: z.array(z.string()) })),
  'activity.rename': method(onMatrix({ activityId: Ref, title: Title }), EditResultSchema),
  /** Within its phase, or into another phase of the matrix when phaseId is given. */
  'activity.move': method(onMatrix({ activityId: Ref, position: Position, phaseId: Ref.optional() }), EditResultSchema),
  'activity.delete': method(onMatrix({ activityId: Ref }), EditResultSchema),
  'party.add': method(
    onMatrix({
      name: Title,
      group: Group.optional(),
      kind: z.enum(PARTY_KINDS).optional(),
      position: Position.optional(),
    }),
    Created,
  ),
  'party.update': method(onMatrix({ partyId: Ref, name: Title.optional(), group: Group.optional() }), EditResultSchema),
  'party.move': method(onMatrix({ partyId: Ref, position: Position }), EditResultSchema),
  'party.remove': method(onMatrix({ partyId: Ref }), EditResultSchema),
} as const;
