/**
 * What the File and Edit menus do. Main shows the dialogs and picks the paths; the work itself (creating and copying
 * workbooks) is an operation of the host process, so the windows stay responsive. Import and Export ask the page,
 * which runs them through the API like its own toolbar does.
 */
import { app, dialog, Menu, shell } from 'electron';
import type { PageAction } from '../../shared/api/page-actions';
import type { Language } from '../../shared/domain/languages';
import { listTemplates } from '../../shared/templates';
import type { HostClient } from '../services/api/remote/host-client';
import { buildMenu } from './menu';

export const WORKBOOK_FILTER = { name: 'Engagebook workbook', extensions: ['engagement'] };

export interface MenuContext {
  readonly language: Language;
  readonly documentsDir: string;
  /** The client of the host process serving now. */
  host(): HostClient;
  focusedDocument(): { docId: string; file: string } | null;
  /** Focuses or opens the window for a document the host has open. */
  showDocument(docId: string): Promise<void>;
  /** Asks the focused window's page to run one of its actions. */
  askPage(action: PageAction): void;
  fail(error: unknown): void;
}

/** Builds and installs the menus; the recent list comes from the host process, so this settles later. */
export function installMenu(context: MenuContext): void {
  // A host that is gone (or not yet started) only costs the Open Recent list, never the menus.
  void Promise.resolve()
    .then(() => context.host().call('recentFiles', {}))
    .catch((): string[] => [])
    .then((recent) => {
      const templates = listTemplates().map((t) => ({ id: t.id, name: t.name[context.language] }));
      Menu.setApplicationMenu(buildMenu(menuActions(context), recent, templates));
    });
}

function menuActions(context: MenuContext) {
  const { host, focusedDocument, showDocument, fail } = context;
  /** Runs one menu action; any failure (a locked file, a host that stopped) becomes the one error dialog. */
  const guarded = (action: () => Promise<void>) => () => void action().catch(fail);

  async function historyStep(method: 'history.undo' | 'history.redo'): Promise<void> {
    const current = focusedDocument();
    if (!current) return;
    const reply = await host().dispatch(method, { docId: current.docId });
    if (!reply.ok) fail(new Error(reply.error.message));
  }

  return {
    newFromTemplate: (templateId: string) =>
      guarded(async () => {
        const { filePath } = await dialog.showSaveDialog({ filters: [WORKBOOK_FILTER] });
        if (filePath) await showDocument(await host().call('createFromTemplate', { templateId, target: filePath }));
      })(),
    open: guarded(async () => {
      const { filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: [WORKBOOK_FILTER] });
      if (filePaths[0]) await showDocument(await host().open(filePaths[0]));
    }),
    openRecent: (file: string) => guarded(async () => showDocument(await host().open(file)))(),
    saveCopy: guarded(async () => {
      const current = focusedDocument();
      if (!current) return;
      const { filePath } = await dialog.showSaveDialog({ filters: [WORKBOOK_FILTER] });
      if (filePath) await host().call('saveCopy', { docId: current.docId, target: filePath });
    }),
    // Import and export are the page's own actions: it shows the review, the preview and the export dialog.
    importFile: () => context.askPage('import'),
    exportFile: () => context.askPage('export'),
    find: () => context.askPage('find'),
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
    // Through the host like any edit: it announces the change, and the window reloads what it shows.
    undo: () => void historyStep('history.undo').catch(fail),
    redo: () => void historyStep('history.redo').catch(fail),
  };
}
