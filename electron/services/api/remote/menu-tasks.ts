/**
 * The desktop menus' file work, run in the host process next to the host: whole-workbook writes can take seconds on a
 * large workbook or wait on a locked file, and none of that may happen on the thread that draws the windows. Main owns
 * the dialogs and hands over paths; documents are named by the host's docIds. (Import and Export are the page's own
 * actions, through the API like its toolbar: electron/main/menu-actions.ts asks the page.)
 *
 * These are not API methods: the page cannot call them (see OPERATIONS in protocol.ts).
 */
import { ApiError } from '../../../../shared/api/errors';
import type { Language } from '../../../../shared/domain/languages';
import { buildTemplate } from '../../../../shared/templates';
import { createWorkbook, newId, saveCopy, withWorkbook, type OpenOptions } from '../../store';
import type { Workspace } from '../../workspace/workspace';
import type { Host } from '../host';
import type { OperationHandlers } from './protocol';

export type MenuTaskName = 'createFromTemplate' | 'saveCopy' | 'recentFiles';

export interface MenuTaskSettings {
  readonly language: Language;
  readonly openOptions: OpenOptions;
  readonly workspace: Workspace;
}

export function menuTasks(host: Host, settings: MenuTaskSettings): Pick<OperationHandlers, MenuTaskName> {
  const { language, openOptions, workspace } = settings;
  const fileOf = (docId: string): string => {
    const file = host.fileOf(docId);
    if (!file) throw new ApiError('unknown-document', `no open document "${docId}"`);
    return file;
  };

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
    recentFiles: () => workspace.recent().map((entry) => entry.file),
  };
}
