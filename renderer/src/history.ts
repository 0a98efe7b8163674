/** Undo and redo of the document's persistent history, with the status-bar message each leaves. Used by the grid's
 * keys and by the window-wide shortcut, so both say the same thing. */
import type { TFunction } from 'i18next';
import { describeStep } from '../../shared/i18n/step-labels';
import type { DocumentStore } from './store/document-store';
import type { RunEdit } from './Workbook';

export function historyCommands(store: DocumentStore, run: RunEdit, t: TFunction): { undo(): void; redo(): void } {
  const docId = store.docId;
  return {
    undo: () =>
      void run(
        () => store.edit('history.undo', { docId }),
        (r) => (r.label ? t('ui.undone', { label: stepText(r.label, t) }) : t('ui.nothingToUndo')),
      ),
    redo: () =>
      void run(
        () => store.edit('history.redo', { docId }),
        (r) => (r.label ? t('ui.redone', { label: stepText(r.label, t) }) : t('ui.nothingToRedo')),
      ),
  };
}

/** A stored undo-step label in the UI language (old plain labels as they are). */
export const stepText = (label: string, t: TFunction): string => describeStep(label, (key, params) => t(key, params));

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y, unless a text field should get them. */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return key === 'y' ? 'redo' : null;
}
