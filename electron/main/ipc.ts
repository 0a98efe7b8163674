/**
 * The IPC side of the API. One handler, for one channel: it refuses calls from any frame that is not our own page
 * (a navigated-away or embedded frame), then hands method and payload to the host, which checks both against the
 * contract.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { DispatchResult, Host } from '../services/api/host';
import { API_CHANNEL, APP_ORIGIN } from './channel';

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && new URL(frame.url).origin === APP_ORIGIN;
}

export function registerApi(host: Host): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, payload: unknown): Promise<DispatchResult> => {
    if (!fromOurPage(event))
      return { ok: false, error: { code: 'unauthorized', message: 'calls are accepted from the app page only' } };
    return host.dispatch(method, payload);
  });
}
