import type { Database } from 'better-sqlite3';
import {
  addActivity,
  addParty,
  addPhase,
  deleteActivity,
  deletePhase,
  historyState,
  moveActivity,
  moveParty,
  movePhase,
  removeParty,
  renameActivity,
  renamePhase,
  updateParty,
  type EditResult,
} from '../../store';
import type { structureMethods } from '../../../../shared/api/methods/structure';
import type { Handlers, HostContext } from './types';

/** The methods this module implements: exactly those of the contract's structure module. */
type StructureMethod = keyof typeof structureMethods;

/** Runs a store edit on the document and answers in the contract's edit-result shape. */
function answer<T>(db: Database, result: EditResult<T>) {
  return { changed: result.changed, history: historyState(db) };
}
function created(db: Database, result: EditResult<string>) {
  return { ...answer(db, result), id: result.value };
}

/** Optional arguments are passed on only when present: the store tells "absent" from "null" (e.g. a party's group). */
const given = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]: V });

export function structureHandlers(ctx: HostContext): Handlers<StructureMethod> {
  const db = (docId: string) => ctx.workbook(docId).db;
  return {
    'phase.add': ({ docId, matrixId, title, position }) =>
      created(db(docId), addPhase(db(docId), { matrix: matrixId, title, ...given('position', position) })),
    'phase.rename': ({ docId, matrixId, phaseId, title }) =>
      answer(db(docId), renamePhase(db(docId), { matrix: matrixId, phase: phaseId, title })),
    'phase.move': ({ docId, matrixId, phaseId, position }) =>
      answer(db(docId), movePhase(db(docId), { matrix: matrixId, phase: phaseId, position })),
    'phase.delete': ({ docId, matrixId, phaseId }) =>
      answer(db(docId), deletePhase(db(docId), { matrix: matrixId, phase: phaseId })),
    'activity.add': ({ docId, matrixId, phaseId, title, position }) =>
      created(db(docId), addActivity(db(docId), { matrix: matrixId, phase: phaseId, title, ...given('position', position) })),
    'activity.rename': ({ docId, matrixId, activityId, title }) =>
      answer(db(docId), renameActivity(db(docId), { matrix: matrixId, activity: activityId, title })),
    'activity.move': ({ docId, matrixId, activityId, position, phaseId }) =>
      answer(
        db(docId),
        moveActivity(db(docId), { matrix: matrixId, activity: activityId, position, ...given('phase', phaseId) }),
      ),
    'activity.delete': ({ docId, matrixId, activityId }) =>
      answer(db(docId), deleteActivity(db(docId), { matrix: matrixId, activity: activityId })),
    'party.add': ({ docId, matrixId, name, group, kind, position }) =>
      created(
        db(docId),
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
        db(docId),
        updateParty(db(docId), { matrix: matrixId, party: partyId, ...given('name', name), ...given('group', group) }),
      ),
    'party.move': ({ docId, matrixId, partyId, position }) =>
      answer(db(docId), moveParty(db(docId), { matrix: matrixId, party: partyId, position })),
    'party.remove': ({ docId, matrixId, partyId }) =>
      answer(db(docId), removeParty(db(docId), { matrix: matrixId, party: partyId })),
  };
}
