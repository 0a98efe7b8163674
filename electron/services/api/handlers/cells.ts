import { contentOf } from '../../../../shared/domain/canonical';
import { validateContent } from '../../../../shared/rules';
import type { ArgsOf } from '../../../../shared/api/contract';
import { stepLabel } from '../../../../shared/i18n/step-labels';
import { historyState, readDocument, redo, setCell, setCells, undo, type CellInput, type Replayed } from '../../store';
import type { cellMethods } from '../../../../shared/api/methods/cells';
import type { Handlers, HostContext } from './types';

/** The methods this module implements: exactly those of the contract's cells module. */
type CellMethod = keyof typeof cellMethods;

/** The contract's cells as the store takes them; a note left out stays left out (the store then keeps the cell's). */
export const cellInputs = (cells: ArgsOf<'cells.set'>['cells']): CellInput[] =>
  cells.map((c) => ({ activity: c.activityId, party: c.partyId, roles: c.roles, ...(c.note !== undefined && { note: c.note }) }));

const REASON_LABEL = { paste: 'step.paste', fill: 'step.fill', clear: 'step.clear' } as const;

export function cellHandlers(ctx: HostContext): Handlers<CellMethod> {
  const replayed = (docId: string, done: Replayed) => ({ label: done.label, ...ctx.answer(docId, done.changes) });
  return {
    'document.get': ({ docId }) => readDocument(ctx.workbook(docId)),
    'document.validate': ({ docId, language }) => {
      const doc = readDocument(ctx.workbook(docId));
      return validateContent(contentOf(doc), language ?? doc.language);
    },
    'document.snapshot': ({ docId }) => ctx.snapshot(docId),
    'cell.set': ({ docId, matrixId, activityId, partyId, roles, note }) => {
      const result = setCell(ctx.workbook(docId).db, {
        matrix: matrixId,
        activity: activityId,
        party: partyId,
        ...(roles !== undefined && { roles }),
        ...(note !== undefined && { note }),
      });
      return { ...ctx.answer(docId, result.changes), ...result.value };
    },
    'cells.set': ({ docId, matrixId, reason, cells }) => {
      const result = setCells(ctx.workbook(docId).db, {
        matrix: matrixId,
        label: stepLabel(REASON_LABEL[reason], { count: cells.length }),
        cells: cellInputs(cells),
      });
      return { ...ctx.answer(docId, result.changes), count: result.value };
    },
    'history.state': ({ docId }) => historyState(ctx.workbook(docId).db),
    'history.undo': ({ docId }) => replayed(docId, undo(ctx.workbook(docId).db)),
    'history.redo': ({ docId }) => replayed(docId, redo(ctx.workbook(docId).db)),
  };
}
