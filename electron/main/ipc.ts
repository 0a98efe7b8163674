/**
 * The IPC side of the API. One handler, for one channel: it refuses calls from any frame that is not our own page
 * (a navigated-away or embedded frame), then hands method and payload to the host process, which checks both against
 * the contract. Only `dispatch` is ever sent from here, so the page reaches contract methods and nothing else of the
 * host process. `onOpened` lets the shell learn which window now shows which document (start screen → workbook).
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { DispatchResult } from '../services/api/host';
import type { HostClient } from '../services/api/remote/host-client';
import { API_CHANNEL, isAppUrl } from './channel';

const OPENING_METHODS = new Set(['document.create', 'document.open', 'document.choose']);

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** `host` answers the client of the host process serving now: it changes when a crashed process is restarted. */
export function registerApi(host: () => HostClient, onOpened: (window: BrowserWindow, docId: string) => void): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, payload: unknown): Promise<DispatchResult> => {
    if (!fromOurPage(event))
      return { ok: false, error: { code: 'unauthorized', message: 'calls are accepted from the app page only' } };
    let reply: DispatchResult;
    try {
      reply = await host().dispatch(method, payload);
    } catch (error) {
      // The host process died (or sent something unreadable): the page gets an API error it can show, not a throw.
      return { ok: false, error: { code: 'internal', message: (error as Error).message } };
    }
    const window = BrowserWindow.fromWebContents(event.sender);
    if (reply.ok && reply.result && window && OPENING_METHODS.has(String(method)))
      onOpened(window, (reply.result as { docId: string }).docId);
    return reply;
  });
}
