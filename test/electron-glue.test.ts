// The Electron shell's locks, with Electron stood in for (it cannot run here): how windows are made, which frames may
// call the API over IPC, which downloads are saved, and what the preload lets a menu ask of the page.
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../electron/main/channel';
import { isPageAction, PAGE_ACTIONS } from '../shared/api/page-actions';

const electron = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown> }>,
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
}));
vi.mock('electron', () => {
  class BrowserWindow {
    constructor(readonly options: Record<string, unknown>) {
      electron.windows.push(this);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
    static fromWebContents() {
      return null;
    }
  }
  return {
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => electron.handlers.set(channel, handler) },
    shell: { openExternal: vi.fn() },
    dialog: { showMessageBox: vi.fn() },
  };
});

describe('windows', () => {
  it('are isolated and sandboxed, without Node, with web security on', async () => {
    const { createAppWindow, appUrl } = await import('../electron/main/windows');
    createAppWindow('/app/preload.cjs', 'doc-1', null);
    const preferences = electron.windows.at(-1)!.options.webPreferences;
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(preferences).not.toHaveProperty('nodeIntegrationInSubFrames');
    expect(preferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(appUrl('a b')).toBe(`${APP_ORIGIN}/index.html#doc=a%20b`);
  });

  it('stay on our page: navigation elsewhere is stopped', async () => {
    const { lockDown } = await import('../electron/main/windows');
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    lockDown({
      on: (name: string, listener: never) => listeners.set(name, listener),
      setWindowOpenHandler: () => undefined,
    } as never);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-navigate')!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate(`${APP_ORIGIN}/index.html#doc=x`)).toBe(false);
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('save only blob: downloads our own page made, in the documents folder under the proposed name', async () => {
    const { saveDownloadsWithDialog } = await import('../electron/main/windows');
    let listener: (event: { preventDefault(): void }, item: unknown, contents: unknown) => void = () => undefined;
    saveDownloadsWithDialog({ on: (_name: string, l: typeof listener) => (listener = l) } as never, '/docs');
    const download = (url: string, page: string, filename = 'Acme.xlsx') => {
      const event = { preventDefault: vi.fn() };
      const item = { getURL: () => url, getFilename: () => filename, setSaveDialogOptions: vi.fn() };
      listener(event, item, { getURL: () => page });
      return { cancelled: event.preventDefault.mock.calls.length > 0, options: item.setSaveDialogOptions.mock.calls[0]?.[0] };
    };
    expect(download(`blob:${APP_ORIGIN}/0b1c`, `${APP_ORIGIN}/index.html`)).toEqual({
      cancelled: false,
      options: { defaultPath: '/docs/Acme.xlsx' },
    });
    expect(download(`blob:${APP_ORIGIN}/0b1c`, `${APP_ORIGIN}/index.html`, '../../.bashrc').options).toEqual({
      defaultPath: '/docs/.bashrc',
    });
    expect(download('https://evil.example/x.exe', `${APP_ORIGIN}/index.html`).cancelled).toBe(true);
    expect(download('blob:https://evil.example/0b1c', 'https://evil.example/').cancelled).toBe(true);
  });
});

describe('the IPC API', () => {
  it("answers only our page's top frame, and hands its calls to the host", async () => {
    const { registerApi } = await import('../electron/main/ipc');
    const dispatch = vi.fn(async () => ({ ok: true as const, result: { docId: 'd' } }));
    registerApi(
      () => ({ dispatch }) as never,
      () => undefined,
    );
    const handler = electron.handlers.get('engagebook:api')!;
    const top = { url: `${APP_ORIGIN}/index.html`, parent: null };
    const call = (senderFrame: unknown) => handler({ senderFrame, sender: {} }, 'templates.list', {});

    expect(await call(top)).toEqual({ ok: true, result: { docId: 'd' } });
    expect(dispatch).toHaveBeenCalledWith('templates.list', {});
    dispatch.mockClear();
    for (const frame of [
      { url: `${APP_ORIGIN}/index.html`, parent: top },
      { url: 'https://evil.example/', parent: null },
      { url: 'app://evil/index.html', parent: null },
      null,
    ])
      expect(await call(frame), JSON.stringify(frame)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('the preload', () => {
  it('passes on only the page actions the menu may ask for', () => {
    expect(PAGE_ACTIONS.every((a) => isPageAction(a))).toBe(true);
    for (const value of ['exportAll', 'eval', '', 'EXPORT', null, 42, { action: 'export' }])
      expect(isPageAction(value)).toBe(false);
  });
});
