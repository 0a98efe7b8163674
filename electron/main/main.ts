/**
 * The Electron shell: thin glue between native features (windows, menus, dialogs, single instance, file association)
 * and the same services the CLI and browser mode use. All document work goes through the API host.
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { contentOf } from '../../shared/domain/canonical';
import { EngagebookError } from '../../shared/domain/errors';
import { isLanguage } from '../../shared/domain/languages';
import { buildTemplate, listTemplates } from '../../shared/templates';
import { createHost } from '../services/api/host';
import { createWorkbook, newId, readDocument, saveCopy, withWorkbook } from '../services/store';
import { exportXlsx } from '../services/xlsx/export';
import { describeChange, importAsNewWorkbook, isEngagebookExport } from '../services/documents/import-file';
import { importReturned } from '../services/documents/import-returned';
import { createWorkspace } from '../services/workspace/workspace';
import { EVENTS_CHANNEL } from './channel';
import { registerApi } from './ipc';
import { buildMenu } from './menu';
import { registerSchemeAsPrivileged, serveApp } from './protocol';
import { loadState, saveState } from './state';
import { createAppWindow, lockDown } from './windows';

/** Built files sit in out/main; the UI in out/renderer; the Electron-ABI SQLite driver in .native/electron. */
const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const PRELOAD = join(__dirname, '..', 'preload', 'index.cjs');
const NATIVE = join(ROOT, '.native', 'electron', 'better_sqlite3.node');

registerSchemeAsPrivileged();
if (!app.requestSingleInstanceLock()) app.quit();

const language = (() => {
  const locale = app.getLocale().slice(0, 2);
  return isLanguage(locale) ? locale : 'en';
})();
const workspace = createWorkspace({
  documentsDir: join(app.getPath('documents'), 'Engagebook'),
  recentFile: join(app.getPath('userData'), 'recent.json'),
});
const WORKBOOK_FILTER = { name: 'Engagebook workbook', extensions: ['engagement'] };
const host = createHost({
  language,
  workspace,
  async chooseFile() {
    const { filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: [WORKBOOK_FILTER] });
    return filePaths[0] ?? null;
  },
  ...(existsSync(NATIVE) ? { openOptions: { nativeBinding: NATIVE } } : {}),
});
host.subscribe((event) => {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(EVENTS_CHANNEL, event);
});
let state = loadState();
const windows = new Map<string, BrowserWindow>();

const workbookArgument = (argv: readonly string[]) => argv.slice(1).find((a) => a.endsWith('.engagement') && existsSync(a));

function fail(error: unknown): void {
  const message = error instanceof EngagebookError ? error.message : `Something went wrong: ${(error as Error).message}`;
  dialog.showErrorBox('Engagebook', message);
}

function openWorkbookWindow(file: string): void {
  try {
    const docId = host.open(file);
    const existing = windows.get(docId);
    if (existing) return existing.focus();
    showsDocument(newWindow(docId), docId);
  } catch (error) {
    fail(error);
  }
}

/** Records that `window` shows `docId` (opened from a menu, or from its own start screen). */
function showsDocument(window: BrowserWindow, docId: string): void {
  const file = host.fileOf(docId);
  if (!file) return;
  windows.set(docId, window);
  window.setRepresentedFilename(file);
  window.on('closed', () => windows.delete(docId));
  app.addRecentDocument(file);
  refreshMenu();
}

function newWindow(docId: string | null): BrowserWindow {
  const window = createAppWindow(PRELOAD, docId, state.bounds);
  window.on('close', () => {
    state = { ...state, bounds: window.getBounds() };
    saveState(state);
  });
  return window;
}

function focusedDocument(): { docId: string; file: string } | null {
  const focused = BrowserWindow.getFocusedWindow();
  const entry = [...windows].find(([, w]) => w === focused);
  const file = entry ? host.fileOf(entry[0]) : undefined;
  return entry && file ? { docId: entry[0], file } : null;
}

/**
 * A returned export: show what would change (the same three-way merge as `import --into --dry-run`) and apply it only
 * when the person agrees. The file is written by the import service's own connection; the host notices and the window
 * reloads.
 */
async function mergeReturned(source: string, workbook: string): Promise<void> {
  const preview = await importReturned(source, workbook, { dryRun: true });
  const applicable = preview.changes.length - preview.conflicts;
  const lines = preview.changes.slice(0, 40).map(describeChange);
  if (preview.changes.length > lines.length) lines.push(`… and ${preview.changes.length - lines.length} more`);
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: applicable > 0 ? ['Apply', 'Cancel'] : ['Close'],
    defaultId: 0,
    cancelId: applicable > 0 ? 1 : 0,
    message: `${basename(source)}: ${applicable} changes to apply, ${preview.conflicts} conflicts where your version is kept`,
    detail: [...lines, ...preview.notices.map((n) => `notice: ${n}`)].join('\n') || 'The file holds no changes.',
  });
  if (applicable > 0 && response === 0) await importReturned(source, workbook);
}

/** Anything else becomes a new workbook (JSON, an export, a client's spreadsheet), opened in its own window. */
async function importAsNew(source: string): Promise<void> {
  const { filePath } = await dialog.showSaveDialog({
    defaultPath: join(app.getPath('documents'), 'Engagebook', `${basename(source, extname(source))}.engagement`),
    filters: [WORKBOOK_FILTER],
  });
  if (!filePath) return;
  await importAsNewWorkbook(source, filePath, { language });
  openWorkbookWindow(filePath);
}

async function historyStep(method: 'history.undo' | 'history.redo'): Promise<void> {
  const current = focusedDocument();
  if (!current) return;
  const reply = await host.dispatch(method, { docId: current.docId });
  if (!reply.ok) fail(new Error(reply.error.message));
}

function refreshMenu(): void {
  const templates = listTemplates().map((t) => ({ id: t.id, name: t.name[language] }));
  Menu.setApplicationMenu(
    buildMenu(
      {
        async newFromTemplate(templateId) {
          const { filePath } = await dialog.showSaveDialog({
            filters: [WORKBOOK_FILTER],
          });
          if (!filePath) return;
          try {
            createWorkbook(
              filePath,
              buildTemplate(templateId, { language, newId, today: new Date().toISOString().slice(0, 10) }),
            );
            openWorkbookWindow(filePath);
          } catch (error) {
            fail(error);
          }
        },
        async open() {
          const { filePaths } = await dialog.showOpenDialog({
            properties: ['openFile'],
            filters: [WORKBOOK_FILTER],
          });
          if (filePaths[0]) openWorkbookWindow(filePaths[0]);
        },
        openRecent: (file) => openWorkbookWindow(file),
        async saveCopy() {
          const current = focusedDocument();
          if (!current) return;
          const { filePath } = await dialog.showSaveDialog({
            filters: [WORKBOOK_FILTER],
          });
          if (filePath) {
            try {
              withWorkbook(current.file, (w) => saveCopy(w, filePath), existsSync(NATIVE) ? { nativeBinding: NATIVE } : {});
            } catch (error) {
              fail(error);
            }
          }
        },
        async importFile() {
          const { filePaths } = await dialog.showOpenDialog({
            properties: ['openFile'],
            filters: [{ name: 'Spreadsheets and workbooks', extensions: ['xlsx', 'csv', 'tsv', 'txt', 'html', 'htm', 'json'] }],
          });
          const source = filePaths[0];
          if (!source) return;
          try {
            const current = focusedDocument();
            if (current && (await isEngagebookExport(source))) await mergeReturned(source, current.file);
            else await importAsNew(source);
          } catch (error) {
            fail(error);
          }
        },
        async exportXlsx() {
          const current = focusedDocument();
          if (!current) return;
          const { filePath } = await dialog.showSaveDialog({ filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
          if (!filePath) return;
          try {
            const doc = withWorkbook(current.file, readDocument, existsSync(NATIVE) ? { nativeBinding: NATIVE } : {});
            await exportXlsx({ ...contentOf(doc), revisions: doc.revisions }, filePath);
            shell.showItemInFolder(filePath);
          } catch (error) {
            fail(error);
          }
        },
        showDataFolder: () => void shell.openPath(app.getPath('userData')),
        // Through the host like any edit: it announces the change, and the window reloads what it shows.
        undo: () => void historyStep('history.undo'),
        redo: () => void historyStep('history.redo'),
      },
      workspace.recent().map((entry) => entry.file),
      templates,
    ),
  );
}

app.on('web-contents-created', (_event, contents) => lockDown(contents));
app.on('second-instance', (_event, argv) => {
  const file = workbookArgument(argv);
  if (file) openWorkbookWindow(file);
  else BrowserWindow.getAllWindows()[0]?.focus();
});
app.on('open-file', (event, file) => {
  event.preventDefault();
  if (app.isReady()) openWorkbookWindow(file);
  else app.once('ready', () => openWorkbookWindow(file));
});
app.on('window-all-closed', () => {
  host.close();
  app.quit();
});

void app.whenReady().then(() => {
  serveApp(RENDERER);
  registerApi(host, (window, docId) => {
    if (windows.get(docId) !== window) showsDocument(window, docId);
  });
  refreshMenu();
  const file = workbookArgument(process.argv);
  if (file) openWorkbookWindow(file);
  else newWindow(null);
  if (process.env.ENGAGEBOOK_SMOKE_TEST) {
    // Used by test/electron-smoke.test.ts: prove a window loads the app page, then quit.
    const [window] = BrowserWindow.getAllWindows();
    window?.webContents.once('did-finish-load', () => {
      console.log(`smoke: loaded ${window.webContents.getURL()}`);
      app.quit();
    });
  }
});
