/**
 * The only bridge between the page and the host: one frozen function on `window.engagebook`. It forwards a contract
 * call over a single IPC channel; the main process checks the method, the payload and the sending frame. Nothing
 * else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from '../main/channel';

contextBridge.exposeInMainWorld(
  'engagebook',
  Object.freeze({
    call: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, args),
  }),
);
