import type { scopeMethods } from '../../../../shared/api/methods/scope';
import {
  addService,
  addSignatory,
  applySupportModel,
  moveService,
  removeService,
  removeSignatory,
  setScope,
  updateService,
  updateSignatory,
  type EditResult,
} from '../../store';
import type { Handlers, HostContext } from './types';

/** The methods this module implements: exactly those of the contract's scope module. */
type ScopeMethod = keyof typeof scopeMethods;

/** Leaves out the fields the call did not give: the store tells "absent" (keep) from null (clear). */
const present = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };

export function scopeHandlers(ctx: HostContext): Handlers<ScopeMethod> {
  const db = (docId: string) => ctx.workbook(docId).db;
  const answer = <T>(docId: string, result: EditResult<T>) => ctx.answer(docId, result.changes);
  const created = (docId: string, result: EditResult<string>) => ({ ...answer(docId, result), id: result.value });
  return {
    'scope.set': ({ docId, patch }) => answer(docId, setScope(db(docId), present(patch))),
    'scope.applyModel': ({ docId, model }) => {
      const result = applySupportModel(db(docId), model);
      return { ...answer(docId, result), applied: result.value };
    },
    'service.add': ({ docId, ...input }) => created(docId, addService(db(docId), present(input))),
    'service.update': ({ docId, serviceId, ...patch }) =>
      answer(docId, updateService(db(docId), { service: serviceId, ...present(patch) })),
    'service.move': ({ docId, serviceId, ...input }) =>
      answer(docId, moveService(db(docId), { service: serviceId, ...present(input) })),
    'service.remove': ({ docId, serviceId }) => answer(docId, removeService(db(docId), { service: serviceId })),
    'signatory.add': ({ docId, ...input }) => created(docId, addSignatory(db(docId), present(input))),
    'signatory.update': ({ docId, signatoryId, ...input }) =>
      answer(docId, updateSignatory(db(docId), { signatory: signatoryId, ...present(input) })),
    'signatory.remove': ({ docId, signatoryId }) => answer(docId, removeSignatory(db(docId), { signatory: signatoryId })),
  };
}
