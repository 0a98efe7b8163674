import {
  addMatrix,
  addRole,
  deleteMatrix,
  moveMatrix,
  removeRole,
  renameMatrix,
  setRolesCombine,
  templateMatrices,
  updateRole,
  updateWorkbook,
  type EditResult,
} from '../../store';
import type { workbookMethods } from '../../../../shared/api/methods/workbook';
import type { Handlers, HostContext } from './types';

/** The methods this module implements: exactly those of the contract's workbook module. */
type WorkbookMethod = keyof typeof workbookMethods;

export function workbookHandlers(ctx: HostContext): Handlers<WorkbookMethod> {
  const db = (docId: string) => ctx.workbook(docId).db;
  const answer = <T>(docId: string, result: EditResult<T>) => ctx.answer(docId, result.changes);
  return {
    'workbook.update': ({ docId, ...patch }) => answer(docId, updateWorkbook(db(docId), patch)),
    'templates.matrices': ({ templateId, language }) => templateMatrices(templateId, language),
    'matrix.add': ({ docId, source, title, position }) => {
      const result = addMatrix(db(docId), {
        source,
        ...(title === undefined ? {} : { title }),
        ...(position === undefined ? {} : { position }),
      });
      return { ...answer(docId, result), id: result.value };
    },
    'matrix.rename': ({ docId, matrixId, title }) => answer(docId, renameMatrix(db(docId), { matrix: matrixId, title })),
    'matrix.move': ({ docId, matrixId, position }) => answer(docId, moveMatrix(db(docId), { matrix: matrixId, position })),
    'matrix.delete': ({ docId, matrixId }) => answer(docId, deleteMatrix(db(docId), { matrix: matrixId })),
    'role.add': ({ docId, matrixId, ...role }) => answer(docId, addRole(db(docId), { matrix: matrixId, ...role })),
    'role.update': ({ docId, matrixId, ...role }) => answer(docId, updateRole(db(docId), { matrix: matrixId, ...role })),
    'role.remove': ({ docId, matrixId, code }) => answer(docId, removeRole(db(docId), { matrix: matrixId, code })),
    'vocabulary.update': ({ docId, matrixId, combinable }) =>
      answer(docId, setRolesCombine(db(docId), { matrix: matrixId, combinable })),
  };
}
