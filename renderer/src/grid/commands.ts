/**
 * What the grid can do to the document, each one API call (so one undo step) run through the workbook's `run`, which
 * shows progress and errors in the status bar. Clipboard and fill plans come from shared/clipboard.
 */
import type { TFunction } from 'i18next';
// The clipboard modules one by one, not their index: parsing pasted HTML and CSV brings parsers the page loads only
// when something is pasted (see ./paste.ts).
import { copyCells } from '../../../shared/clipboard/copy';
import { planFill } from '../../../shared/clipboard/plan';
import type { CellEdit, CellRange, MatrixView } from '../../../shared/clipboard/view';
import { historyCommands } from '../history';
import type { DocumentStore } from '../store/document-store';
import type { RunEdit } from '../Workbook';
import { paste, type PasteRequest, type Pasted } from './paste';

export interface GridCommands {
  setRoles(activityId: string, partyId: string, roles: string[]): void;
  setNote(activityId: string, partyId: string, note: string): void;
  clear(edits: CellEdit[]): void;
  fill(view: MatrixView, range: ViewRange, direction?: 'down'): void;
  /** By position, or rows by title with new titles offered as new activities (./paste.ts). */
  paste(request: PasteRequest): Promise<Pasted>;
  copy(view: MatrixView, range: ViewRange): { text: string; html: string; count: number };
  addActivity(phaseId: string, title: string, position?: number): Promise<string | null>;
  renameActivity(activityId: string, title: string): void;
  moveActivity(activityId: string, position: number, phaseId?: string): Promise<unknown>;
  deleteActivity(activityId: string, title: string): void;
  addPhase(title: string, position?: number): Promise<string | null>;
  renamePhase(phaseId: string, title: string): void;
  movePhase(phaseId: string, position: number): Promise<unknown>;
  deletePhase(phaseId: string, title: string): void;
  addParty(name: string, position?: number): void;
  updateParty(partyId: string, patch: { name?: string; group?: string | null }): void;
  moveParty(partyId: string, position: number): void;
  removeParty(partyId: string, name: string): void;
  undo(): void;
  redo(): void;
}

/** A range in clipboard coordinates: rows index visible activities, columns index parties (both 0-based). */
type ViewRange = CellRange;

export function gridCommands(
  store: DocumentStore,
  matrixId: string,
  run: RunEdit,
  t: TFunction,
  notify: (text: string) => void,
): GridCommands {
  const docId = store.docId;
  const cells = (reason: 'paste' | 'fill' | 'clear', edits: readonly CellEdit[], message: string) =>
    edits.length === 0
      ? Promise.resolve(null)
      : run(
          () => store.edit('cells.set', { docId, matrixId, reason, cells: edits.map((e) => ({ ...e })) }),
          () => message,
        );
  const deleted = (what: string) => () => t('ui.deleted', { what });

  return {
    // A keypress paints at once: the store shows the new roles before the host answers.
    setRoles: (activityId, partyId, roles) => void run(() => store.setRoles(matrixId, activityId, partyId, roles)),
    // Only the note is sent, so roles another window set meanwhile are kept.
    setNote: (activityId, partyId, note) =>
      void run(() => store.edit('cell.set', { docId, matrixId, activityId, partyId, note: note.trim() || null })),
    clear: (edits) => void cells('clear', edits, t('ui.cleared', { count: edits.length })),
    fill(view, range, direction) {
      const edits = planFill(view, range, direction ? { direction } : {});
      void cells('fill', edits, t('ui.filled', { count: edits.length }));
    },
    paste: (request) =>
      paste({ store, matrixId, run, t, notify, setCells: (edits, message) => cells('paste', edits, message) }, request),
    copy(view, range) {
      const copied = copyCells(view, range);
      const count = (range.bottom - range.top + 1) * (range.right - range.left + 1);
      notify(t('ui.copied', { count }));
      return { ...copied, count };
    },
    addActivity: (phaseId, title, position) =>
      run(() =>
        store.edit('activity.add', { docId, matrixId, phaseId, title, ...(position !== undefined && { position }) }),
      ).then((r) => r?.id ?? null),
    renameActivity: (activityId, title) => void run(() => store.edit('activity.rename', { docId, matrixId, activityId, title })),
    moveActivity: (activityId, position, phaseId) =>
      run(() => store.edit('activity.move', { docId, matrixId, activityId, position, ...(phaseId && { phaseId }) })),
    deleteActivity: (activityId, title) =>
      void run(() => store.edit('activity.delete', { docId, matrixId, activityId }), deleted(title)),
    addPhase: (title, position) =>
      run(() => store.edit('phase.add', { docId, matrixId, title, ...(position !== undefined && { position }) })).then(
        (r) => r?.id ?? null,
      ),
    renamePhase: (phaseId, title) => void run(() => store.edit('phase.rename', { docId, matrixId, phaseId, title })),
    movePhase: (phaseId, position) => run(() => store.edit('phase.move', { docId, matrixId, phaseId, position })),
    deletePhase: (phaseId, title) => void run(() => store.edit('phase.delete', { docId, matrixId, phaseId }), deleted(title)),
    addParty: (name, position) =>
      void run(() => store.edit('party.add', { docId, matrixId, name, ...(position !== undefined && { position }) })),
    updateParty: (partyId, patch) => void run(() => store.edit('party.update', { docId, matrixId, partyId, ...patch })),
    moveParty: (partyId, position) => void run(() => store.edit('party.move', { docId, matrixId, partyId, position })),
    removeParty: (partyId, name) => void run(() => store.edit('party.remove', { docId, matrixId, partyId }), deleted(name)),
    ...historyCommands(store, run, t),
  };
}
