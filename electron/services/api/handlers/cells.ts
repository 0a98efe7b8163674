import { contentOf } from '../../../../shared/domain/canonical';
import { validateContent } from '../../../../shared/rules';
import { historyState, readContent, readDocument, readRevisionSummaries, redo, setCell, setCells, undo } from '../../store';
import type { cellMethods } from '../../../../shared/api/methods/cells';
import type { Handlers, HostContext } from './types';

/** The methods this module implements: exactly those of the contract's cells module. */
type CellMethod = keyof typeof cellMethods;

const REASON_LABEL = { paste: 'Paste', fill: 'Fill', clear: 'Clear' } as const;

export function cellHandlers(ctx: HostContext): Handlers<CellMethod> {
  return {
    'document.get': ({ docId }) => readDocument(ctx.workbook(docId)),
    'document.validate': ({ docId, language }) => {
      const doc = readDocument(ctx.workbook(docId));
      return validateContent(contentOf(doc), language ?? doc.language);
    },
    'document.snapshot': ({ docId, language }) => {
      const { db, file } = ctx.workbook(docId);
      const content = readContent(db, file);
      return {
        document: { ...content, revisions: readRevisionSummaries(db) },
        findings: validateContent(content, language ?? content.language),
        history: historyState(db),
      };
    },
    'cell.set': ({ docId, matrixId, activityId, partyId, roles, note }) => {
      const { db } = ctx.workbook(docId);
      const result = setCell(db, {
        matrix: matrixId,
        activity: activityId,
        party: partyId,
        roles,
        ...(note !== undefined && { note }),
      });
      return { changed: result.changed, ...result.value, history: historyState(db) };
    },
    'cells.set': ({ docId, matrixId, reason, cells }) => {
      const { db } = ctx.workbook(docId);
      const result = setCells(db, {
        matrix: matrixId,
        label: `${REASON_LABEL[reason]} ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}`,
        cells: cells.map((c) => ({
          activity: c.activityId,
          party: c.partyId,
          roles: c.roles,
          ...(c.note !== undefined && { note: c.note }),
        })),
      });
      return { changed: result.changed, count: result.value, history: historyState(db) };
    },
    'history.state': ({ docId }) => historyState(ctx.workbook(docId).db),
    'history.undo': ({ docId }) => {
      const { db } = ctx.workbook(docId);
      return { label: undo(db), history: historyState(db) };
    },
    'history.redo': ({ docId }) => {
      const { db } = ctx.workbook(docId);
      return { label: redo(db), history: historyState(db) };
    },
  };
}
