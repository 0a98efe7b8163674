/** Windows: one per workbook, locked down — isolated, sandboxed, no Node, no navigation, no pop-ups. */
import { BrowserWindow, dialog, shell, type Rectangle, type Session, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { APP_ORIGIN, isAppUrl } from './channel';
import { createLinkOpener } from './external-links';

const openLink = createLinkOpener({ shell, dialog });

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

/**
 * Applied to every web contents the app creates: stay on our page, no webviews, no new windows. A request for a new
 * window goes to the link policy (external-links.ts): help links open in the system browser, other web addresses
 * only after the person says so, anything else never.
 */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openLink(url, BrowserWindow.fromWebContents(contents));
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
    if (!item.getURL().startsWith('blob:') || !isAppUrl(item.getURL()) || !isAppUrl(contents.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ defaultPath: join(documentsDir, basename(item.getFilename())) });
  });
}
