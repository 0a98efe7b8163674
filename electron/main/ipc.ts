/**
 * The IPC side of the API. One handler, for one channel: it refuses calls from any frame that is not our own page
 * (a navigated-away or embedded frame), then hands method and payload to the host, which checks both against the
 * contract. `onOpened` lets the shell learn which window now shows which document (start screen → workbook).
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { DispatchResult, Host } from '../services/api/host';
import { API_CHANNEL, APP_ORIGIN } from './channel';

const OPENING_METHODS = new Set(['document.create', 'document.open', 'document.choose']);

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && new URL(frame.url).origin === APP_ORIGIN;
}

export function registerApi(host: Host, onOpened: (window: BrowserWindow, docId: string) => void): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, payload: unknown): Promise<DispatchResult> => {
    if (!fromOurPage(event))
      return { ok: false, error: { code: 'unauthorized', message: 'calls are accepted from the app page only' } };
    const reply = await host.dispatch(method, payload);
    const window = BrowserWindow.fromWebContents(event.sender);
    if (reply.ok && reply.result && window && OPENING_METHODS.has(String(method)))
      onOpened(window, (reply.result as { docId: string }).docId);
    return reply;
  });
}
