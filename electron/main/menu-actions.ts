/**
 * What the File and Edit menus do. Main shows the dialogs and picks the paths; the work itself (creating, copying,
 * exporting, importing workbooks) is an operation of the host process, so a large export or a slow import keeps that
 * process busy and the windows responsive.
 */
import { app, dialog, Menu, shell } from 'electron';
import { basename, extname, join } from 'node:path';
import type { Language } from '../../shared/domain/languages';
import { listTemplates } from '../../shared/templates';
import type { HostClient } from '../services/api/remote/host-client';
import { buildMenu } from './menu';

export const WORKBOOK_FILTER = { name: 'Engagebook workbook', extensions: ['engagement'] };
const IMPORTABLE = { name: 'Spreadsheets and workbooks', extensions: ['xlsx', 'csv', 'tsv', 'txt', 'html', 'htm', 'json'] };

export interface MenuContext {
  readonly language: Language;
  readonly documentsDir: string;
  /** The client of the host process serving now. */
  host(): HostClient;
  focusedDocument(): { docId: string; file: string } | null;
  /** Focuses or opens the window for a document the host has open. */
  showDocument(docId: string): Promise<void>;
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

  /**
   * A returned export: show what would change (the same three-way merge as `import --into --dry-run`) and apply it
   * only when the person agrees. The host's change watcher then tells the window to reload.
   */
  async function mergeReturned(source: string, docId: string): Promise<void> {
    const preview = await host().call('previewReturned', { source, docId });
    const lines = preview.more > 0 ? [...preview.changes, `… and ${preview.more} more`] : preview.changes;
    const { response } = await dialog.showMessageBox({
      type: 'question',
      buttons: preview.applicable > 0 ? ['Apply', 'Cancel'] : ['Close'],
      defaultId: 0,
      cancelId: preview.applicable > 0 ? 1 : 0,
      message: `${basename(source)}: ${preview.applicable} changes to apply, ${preview.conflicts} conflicts where your version is kept`,
      detail: [...lines, ...preview.notices.map((n) => `notice: ${n}`)].join('\n') || 'The file holds no changes.',
    });
    if (preview.applicable > 0 && response === 0) await host().call('applyReturned', { source, docId });
  }

  /** Anything else becomes a new workbook (JSON, an export, a client's spreadsheet), opened in its own window. */
  async function importAsNew(source: string): Promise<void> {
    const { filePath } = await dialog.showSaveDialog({
      defaultPath: join(context.documentsDir, `${basename(source, extname(source))}.engagement`),
      filters: [WORKBOOK_FILTER],
    });
    if (filePath) await showDocument(await host().call('importAsNew', { source, target: filePath }));
  }

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
    importFile: guarded(async () => {
      const { filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: [IMPORTABLE] });
      const source = filePaths[0];
      if (!source) return;
      const current = focusedDocument();
      if (current && (await host().call('isReturnedExport', { source }))) await mergeReturned(source, current.docId);
      else await importAsNew(source);
    }),
    exportXlsx: guarded(async () => {
      const current = focusedDocument();
      if (!current) return;
      const { filePath } = await dialog.showSaveDialog({ filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
      if (!filePath) return;
      await host().call('exportXlsx', { docId: current.docId, target: filePath });
      shell.showItemInFolder(filePath);
    }),
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
    // Through the host like any edit: it announces the change, and the window reloads what it shows.
    undo: () => void historyStep('history.undo').catch(fail),
    redo: () => void historyStep('history.redo').catch(fail),
  };
}
