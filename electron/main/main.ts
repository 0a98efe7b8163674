/**
 * The Electron shell: thin glue between native features (windows, menus, dialogs, single instance, file association)
 * and the API host, which runs in a utility process of its own (host-connection.ts). Main never opens a workbook, nor
 * loads SQLite or Excel: every document operation is an async call, so no file and no import can freeze a window.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isLanguage } from '../../shared/domain/languages';
import { HostCallError, HostUnavailableError, type HostClient } from '../services/api/remote/host-client';
import type { HostStartOptions } from '../services/api/remote/protocol';
import type { PageAction } from '../../shared/api/page-actions';
import { ACTIONS_CHANNEL, EVENTS_CHANNEL } from './channel';
import { connectHost, type HostConnection } from './host-connection';
import { registerApi } from './ipc';
import { installPermissionPolicy } from './permissions';
import { installMenu, WORKBOOK_FILTER } from './menu-actions';
import { registerSchemeAsPrivileged, serveApp } from './protocol';
import { loadState, saveState } from './state';
import { appUrl, createAppWindow, lockDown, saveDownloadsWithDialog } from './windows';

/** Built files sit in out/main; the UI in out/renderer; the Electron-ABI SQLite driver in .native/electron. */
const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const PRELOAD = join(__dirname, '..', 'preload', 'index.cjs');
// Installed, the driver is a real file beside app.asar (asarUnpack in electron-builder.yml): the host process loads it
// from there rather than counting on asar redirection in another process.
const NATIVE = join(ROOT, '.native', 'electron', 'better_sqlite3.node').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);

registerSchemeAsPrivileged();
if (!app.requestSingleInstanceLock()) app.quit();

const language = (() => {
  const locale = app.getLocale().slice(0, 2);
  return isLanguage(locale) ? locale : 'en';
})();
const documentsDir = join(app.getPath('documents'), 'Engagebook');
let state = loadState();
/** What each workbook window shows. Main keeps the file so it can reopen it in a restarted host process. */
const shown = new Map<BrowserWindow, { docId: string; file: string }>();
/** Started once the app is ready: utility processes cannot be forked before. */
let connection: HostConnection | null = null;
let hostStopped = false;

function host(): HostClient {
  if (!connection) throw new HostUnavailableError('The document host process has not started yet');
  return connection.client();
}

const workbookArgument = (argv: readonly string[]) => argv.slice(1).find((a) => a.endsWith('.engagement') && existsSync(a));

function fail(error: unknown): void {
  const usable = (error instanceof HostCallError && error.code !== null) || error instanceof HostUnavailableError;
  dialog.showErrorBox('Engagebook', usable ? (error as Error).message : `Something went wrong: ${(error as Error).message}`);
}

async function openWorkbookWindow(file: string): Promise<void> {
  try {
    await showDocument(await host().open(file));
  } catch (error) {
    fail(error);
  }
}

/** Focuses the window that shows `docId`, or opens one for it. */
async function showDocument(docId: string): Promise<void> {
  const existing = [...shown].find(([, d]) => d.docId === docId)?.[0];
  if (existing) return existing.focus();
  const file = await host().fileOf(docId);
  if (file) recordShown(newWindow(docId), docId, file);
}

/** Records that `window` shows `docId` (opened from a menu, or from its own start screen). */
function recordShown(window: BrowserWindow, docId: string, file: string): void {
  shown.set(window, { docId, file });
  window.setRepresentedFilename(file);
  app.addRecentDocument(file);
  refreshMenu();
}

function newWindow(docId: string | null): BrowserWindow {
  const window = createAppWindow(PRELOAD, docId, state.bounds);
  window.on('close', () => {
    state = { ...state, bounds: window.getBounds() };
    saveState(state);
  });
  window.on('closed', () => shown.delete(window));
  return window;
}

function focusedDocument(): { docId: string; file: string } | null {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && shown.get(focused)) ?? null;
}

/** Asks the focused window's page to run one of its actions (its toolbar's Export, Import, …). */
function askPage(action: PageAction): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(ACTIONS_CHANNEL, action);
}

const refreshMenu = () => installMenu({ language, documentsDir, host, focusedDocument, showDocument, askPage, fail });

/**
 * The new process has nothing open and knows none of the old docIds or start-screen keys: every window is reloaded,
 * on its workbook reopened under a new docId, or on the start screen.
 */
async function reopenAfterRestart(): Promise<void> {
  for (const window of BrowserWindow.getAllWindows()) {
    const before = shown.get(window);
    shown.delete(window);
    let docId: string | null = null;
    try {
      if (before) {
        docId = await host().open(before.file);
        recordShown(window, docId, before.file);
      }
    } catch (error) {
      fail(error);
    }
    if (!window.isDestroyed()) void window.loadURL(appUrl(docId));
  }
}

function startHost(): HostConnection {
  const start: HostStartOptions = {
    language,
    documentsDir,
    recentFile: join(app.getPath('userData'), 'recent.json'),
    chooseFile: true,
    ...(existsSync(NATIVE) ? { nativeBinding: NATIVE } : {}),
  };
  return connectHost(start, {
    answers: {
      async chooseFile() {
        const { filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: [WORKBOOK_FILTER] });
        return filePaths[0] ?? null;
      },
    },
    onEvent(event) {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(EVENTS_CHANNEL, event);
    },
    onRestarted(reason) {
      void reopenAfterRestart();
      // Not showErrorBox: it would hold up main (and the reopening) until dismissed.
      void dialog.showMessageBox({
        type: 'error',
        message: `${reason}. It was started again and your workbooks were reopened.`,
        detail: 'Every edit is saved as it is made; an edit made at that very moment may need to be made again.',
      });
    },
    onGaveUp(reason) {
      dialog.showErrorBox(
        'Engagebook',
        `${reason}, again, right after starting, so it was not started again. Quit and start Engagebook; if this keeps happening, reinstall it.`,
      );
    },
  });
}

app.on('web-contents-created', (_event, contents) => lockDown(contents));
// Every session gets the permission policy: the default one below, and any other Electron creates.
app.on('session-created', (created) => installPermissionPolicy(created));
app.on('second-instance', (_event, argv) => {
  const file = workbookArgument(argv);
  if (file) void openWorkbookWindow(file);
  else BrowserWindow.getAllWindows()[0]?.focus();
});
app.on('open-file', (event, file) => {
  event.preventDefault();
  if (app.isReady()) void openWorkbookWindow(file);
  else app.once('ready', () => void openWorkbookWindow(file));
});
app.on('window-all-closed', () => app.quit());
// However the app quits (last window, menu, Cmd+Q), the host process first closes its workbooks.
app.on('will-quit', (event) => {
  if (!connection || hostStopped) return;
  event.preventDefault();
  void connection.stop().finally(() => {
    hostStopped = true;
    app.quit();
  });
});

void app.whenReady().then(() => {
  connection = startHost();
  serveApp(RENDERER);
  installPermissionPolicy(session.defaultSession);
  saveDownloadsWithDialog(session.defaultSession, documentsDir);
  registerApi(host, (window, docId) => {
    if (shown.get(window)?.docId === docId) return;
    void host()
      .fileOf(docId)
      .then((file) => file && recordShown(window, docId, file), fail);
  });
  refreshMenu();
  const file = workbookArgument(process.argv);
  if (file) void openWorkbookWindow(file);
  else newWindow(null);
  if (process.env.ENGAGEBOOK_SMOKE_TEST) {
    // Used by test/electron-smoke.test.ts: prove a window loads the app page and the host process answers, then quit.
    const [window] = BrowserWindow.getAllWindows();
    window?.webContents.once('did-finish-load', () => {
      console.log(`smoke: loaded ${window.webContents.getURL()}`);
      void host()
        .dispatch('templates.list', {})
        .then((reply) => console.log(`smoke: host process ${reply.ok ? 'answered' : `failed: ${reply.error.message}`}`))
        .catch((error: Error) => console.log(`smoke: host process unreachable: ${error.message}`))
        .finally(() => app.quit());
    });
  }
});
