/** Windows: one per workbook, locked down — isolated, sandboxed, no Node, no navigation, no pop-ups. */
import { BrowserWindow, shell, type Rectangle, type Session, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { APP_ORIGIN } from './channel';

/** The page for a workbook window, or the start screen without a document. */
export const appUrl = (docId: string | null): string =>
  `${APP_ORIGIN}/index.html${docId ? `#doc=${encodeURIComponent(docId)}` : ''}`;

export function createAppWindow(preload: string, docId: string | null, bounds: Rectangle | null): BrowserWindow {
  const window = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 800 }),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Engagebook',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl(docId));
  return window;
}

/** Applied to every web contents the app creates: stay on our page; web links open in the system browser. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Exports reach the page as a download of bytes it was handed (renderer/src/transfer/files.ts); here that download
 * becomes the native save dialog, opening in the documents folder under the name the export proposed. Only blob:
 * downloads of our own page are saved: anything else a page might start is cancelled.
 */
export function saveDownloadsWithDialog(session: Session, documentsDir: string): void {
  session.on('will-download', (event, item, contents) => {
    if (!item.getURL().startsWith('blob:') || new URL(contents.getURL()).origin !== APP_ORIGIN) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ defaultPath: join(documentsDir, basename(item.getFilename())) });
  });
}
