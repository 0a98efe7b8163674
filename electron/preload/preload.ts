/**
 * The only bridge between the page and the host: one frozen object on `window.engagebook`. `call` forwards a contract
 * call over a single IPC channel (the main process checks the method, the payload and the sending frame); `onEvent`
 * listens to the one event channel and hands the page only the event's data, never Electron's event object;
 * `onAction` hears the native menu ask for one of the page's actions by name. Nothing
 * else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isPageAction } from '../../shared/api/page-actions';
import { ACTIONS_CHANNEL, API_CHANNEL, EVENTS_CHANNEL } from '../main/channel';

contextBridge.exposeInMainWorld(
  'engagebook',
  Object.freeze({
    call: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, args),
    onEvent(listener: (event: unknown) => void): () => void {
      const forward = (_event: IpcRendererEvent, data: unknown) => listener(data);
      ipcRenderer.on(EVENTS_CHANNEL, forward);
      return () => void ipcRenderer.removeListener(EVENTS_CHANNEL, forward);
    },
    /** A native menu item asks for a page action; only the names in PAGE_ACTIONS get through. */
    onAction(listener: (action: string) => void): () => void {
      const forward = (_event: IpcRendererEvent, action: unknown) => {
        if (isPageAction(action)) listener(action);
      };
      ipcRenderer.on(ACTIONS_CHANNEL, forward);
      return () => void ipcRenderer.removeListener(ACTIONS_CHANNEL, forward);
    },
  }),
);
