import {
  addActivities,
  addActivity,
  addParty,
  addPhase,
  deleteActivity,
  deletePhase,
  moveActivity,
  moveParty,
  movePhase,
  removeParty,
  renameActivity,
  renamePhase,
  updateParty,
  type EditResult,
} from '../../store';
import { cellInputs } from './cells';
import type { structureMethods } from '../../../../shared/api/methods/structure';
import type { Handlers, HostContext } from './types';

/** The methods this module implements: exactly those of the contract's structure module. */
type StructureMethod = keyof typeof structureMethods;

/** Optional arguments are passed on only when present: the store tells "absent" from "null" (e.g. a party's group). */
const given = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]: V });

export function structureHandlers(ctx: HostContext): Handlers<StructureMethod> {
  const db = (docId: string) => ctx.workbook(docId).db;
  const answer = <T>(docId: string, result: EditResult<T>) => ctx.answer(docId, result.changes);
  const created = (docId: string, result: EditResult<string>) => ({ ...answer(docId, result), id: result.value });
  return {
    'phase.add': ({ docId, matrixId, title, position }) =>
      created(docId, addPhase(db(docId), { matrix: matrixId, title, ...given('position', position) })),
    'phase.rename': ({ docId, matrixId, phaseId, title }) =>
      answer(docId, renamePhase(db(docId), { matrix: matrixId, phase: phaseId, title })),
    'phase.move': ({ docId, matrixId, phaseId, position }) =>
      answer(docId, movePhase(db(docId), { matrix: matrixId, phase: phaseId, position })),
    'phase.delete': ({ docId, matrixId, phaseId }) => answer(docId, deletePhase(db(docId), { matrix: matrixId, phase: phaseId })),
    'activity.add': ({ docId, matrixId, phaseId, title, position }) =>
      created(docId, addActivity(db(docId), { matrix: matrixId, phase: phaseId, title, ...given('position', position) })),
    'activities.add': ({ docId, matrixId, phaseId, newPhase, position, rows, cells }) => {
      const result = addActivities(db(docId), {
        matrix: matrixId,
        ...given('phase', phaseId),
        ...given('newPhase', newPhase),
        ...given('position', position),
        rows: rows.map((row) => ({ title: row.title, cells: row.cells.map((c) => ({ party: c.partyId, roles: c.roles })) })),
        cells: cellInputs(cells ?? []),
      });
      return { ...answer(docId, result), ids: result.value };
    },
    'activity.rename': ({ docId, matrixId, activityId, title }) =>
      answer(docId, renameActivity(db(docId), { matrix: matrixId, activity: activityId, title })),
    'activity.move': ({ docId, matrixId, activityId, position, phaseId }) =>
      answer(docId, moveActivity(db(docId), { matrix: matrixId, activity: activityId, position, ...given('phase', phaseId) })),
    'activity.delete': ({ docId, matrixId, activityId }) =>
      answer(docId, deleteActivity(db(docId), { matrix: matrixId, activity: activityId })),
    'party.add': ({ docId, matrixId, name, group, kind, position }) =>
      created(
        docId,
        addParty(db(docId), {
          matrix: matrixId,
          name,
          ...given('group', group),
          ...given('kind', kind),
          ...given('position', position),
        }),
      ),
    'party.update': ({ docId, matrixId, partyId, name, group }) =>
      answer(
        docId,
        updateParty(db(docId), { matrix: matrixId, party: partyId, ...given('name', name), ...given('group', group) }),
      ),
    'party.move': ({ docId, matrixId, partyId, position }) =>
      answer(docId, moveParty(db(docId), { matrix: matrixId, party: partyId, position })),
    'party.remove': ({ docId, matrixId, partyId }) => answer(docId, removeParty(db(docId), { matrix: matrixId, party: partyId })),
  };
}
