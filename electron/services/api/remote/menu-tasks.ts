/**
 * The desktop menus' heavy work, run in the host process next to the host: whole-workbook reads and writes and Excel
 * parsing can take seconds on a large workbook or wait on a locked file, and none of that may happen on the thread
 * that draws the windows. Main owns the dialogs and hands over paths; documents are named by the host's docIds.
 *
 * These are not API methods: the page cannot call them (see OPERATIONS in protocol.ts).
 */
import { ApiError } from '../../../../shared/api/errors';
import type { Language } from '../../../../shared/domain/languages';
import { buildTemplate } from '../../../../shared/templates';
import { describeChange, importAsNewWorkbook, isEngagebookExport } from '../../documents/import-file';
import { describeSkipped, nonConflicting, planReturnedFile } from '../../documents/import-returned';
import { applyReturned, type ReturnedState } from '../../flows/returned/plan';
import { createWorkbook, newId, readDocument, saveCopy, withWorkbook, type OpenOptions } from '../../store';
import type { Workspace } from '../../workspace/workspace';
import { exportXlsx } from '../../xlsx/export';
import type { Host } from '../host';
import type { OperationHandlers } from './protocol';

export type MenuTaskName =
  | 'createFromTemplate'
  | 'saveCopy'
  | 'exportXlsx'
  | 'isReturnedExport'
  | 'previewReturned'
  | 'applyReturned'
  | 'importAsNew'
  | 'recentFiles';

export interface MenuTaskSettings {
  readonly language: Language;
  readonly openOptions: OpenOptions;
  readonly workspace: Workspace;
}

/** A returned export's preview lists this many changes; a dialog cannot show thousands of lines. */
const PREVIEW_LINES = 40;

export function menuTasks(host: Host, settings: MenuTaskSettings): Pick<OperationHandlers, MenuTaskName> {
  const { language, openOptions, workspace } = settings;
  const fileOf = (docId: string): string => {
    const file = host.fileOf(docId);
    if (!file) throw new ApiError('unknown-document', `no open document "${docId}"`);
    return file;
  };

  /** The returned export last previewed: applying it applies what the person saw. */
  let previewed: { source: string; docId: string; state: ReturnedState } | null = null;

  return {
    createFromTemplate({ templateId, target }) {
      const content = buildTemplate(templateId, { language, newId, today: new Date().toISOString().slice(0, 10) });
      createWorkbook(target, content, [], openOptions);
      return host.open(target);
    },
    saveCopy({ docId, target }) {
      withWorkbook(fileOf(docId), (workbook) => saveCopy(workbook, target), openOptions);
      return null;
    },
    async exportXlsx({ docId, target }) {
      await exportXlsx(withWorkbook(fileOf(docId), readDocument, openOptions), target);
      return null;
    },
    isReturnedExport: ({ source }) => isEngagebookExport(source),
    // The same two steps as the page and `engagebook import --into`: plan (nothing is written), then apply the plan
    // the person saw — refused if the workbook changed meanwhile — with every change that does not conflict.
    async previewReturned({ source, docId }) {
      const { state, view } = await planReturnedFile(source, fileOf(docId));
      previewed = { source, docId, state };
      const shown = state.changes.slice(0, PREVIEW_LINES);
      const conflicts = state.changes.filter((c) => c.conflict).length;
      const imported = view.alreadyImported;
      return {
        applicable: state.changes.length - conflicts,
        conflicts,
        changes: shown.map(describeChange),
        more: state.changes.length - shown.length,
        notices: [
          ...(imported ? [`already imported on ${imported.date.slice(0, 10)} (revision "${imported.revision}")`] : []),
          ...view.notices,
          ...view.skipped.map(describeSkipped),
        ],
      };
    },
    // Written through a connection of its own; the host's change watcher then tells the window to reload.
    async applyReturned({ source, docId }) {
      const file = fileOf(docId);
      const seen = previewed?.source === source && previewed.docId === docId ? previewed.state : null;
      const state = seen ?? (await planReturnedFile(source, file)).state;
      previewed = null;
      const { applied } = withWorkbook(file, (workbook) => applyReturned(state, workbook, nonConflicting(state)), openOptions);
      return { applied };
    },
    async importAsNew({ source, target }) {
      await importAsNewWorkbook(source, target, { language });
      return host.open(target);
    },
    recentFiles: () => workspace.recent().map((entry) => entry.file),
  };
}
