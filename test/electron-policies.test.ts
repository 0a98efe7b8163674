// The Electron shell's security policies, with Electron stood in for (it cannot run here): which web permissions a
// page gets, and what happens to a request to open a link outside the app.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, isAppUrl } from '../electron/main/channel';
import { createLinkOpener, decideExternalLink, MAX_URL_LENGTH } from '../electron/main/external-links';
import { installPermissionPolicy, permissionAllowed, type PermissionSession } from '../electron/main/permissions';

const electron = vi.hoisted(() => ({
  openExternal: vi.fn(async (_url: string) => undefined),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
}));
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  shell: { openExternal: electron.openExternal },
  dialog: { showMessageBox: electron.showMessageBox },
}));

/** Every permission name Electron 40's request and check handlers can be asked about. */
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'hid',
  'idle-detection',
  'keyboardLock',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'unknown',
  'usb',
  'window-management',
];
const PAGE = `${APP_ORIGIN}/index.html#doc=abc`;

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

/** A stand-in session that keeps the handlers the policy installs. */
function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: (details: object) => boolean } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: (details: object) => boolean) => (handlers.device = h),
  } as unknown as PermissionSession;
  installPermissionPolicy(session);
  const request = (permission: string, details: object) => {
    let granted: boolean | undefined;
    handlers.request!(null, permission, (g) => (granted = g), details);
    return granted;
  };
  return { handlers, request };
}

describe("the app's own page", () => {
  it('is recognised by scheme and host, including the blob: URLs it makes', () => {
    // Why not compare origins: Node's URL (the main process's) gives a non-special scheme the opaque origin "null".
    expect(new URL(PAGE).origin).toBe('null');
    for (const url of [PAGE, `${APP_ORIGIN}/`, APP_ORIGIN, `blob:${APP_ORIGIN}/5b0f5c1e-1111-4c8e-9a57-0d5d7e1b2c3d`])
      expect(isAppUrl(url), url).toBe(true);
    for (const url of [
      'app://engagebook.evil.example/index.html',
      'app://evil/index.html',
      'app://user@engagebook/index.html',
      'https://engagebook/index.html',
      'blob:https://evil.example/uuid',
      'file:///app/engagebook/index.html',
      'null',
      '',
      undefined,
    ])
      expect(isAppUrl(url), String(url)).toBe(false);
  });
});

describe('web permissions', () => {
  it('grants only clipboard-sanitized-write, to the top frame of our own page', () => {
    const granted = PERMISSIONS.filter((p) => permissionAllowed(p, { requestingUrl: PAGE, isMainFrame: true }));
    expect(granted).toEqual(['clipboard-sanitized-write']);
  });

  it('denies it to another origin, a frame inside the page, or a request without a URL', () => {
    for (const request of [
      { requestingUrl: 'https://evil.example/', isMainFrame: true },
      { requestingUrl: 'http://127.0.0.1:5173/', isMainFrame: true },
      { requestingUrl: 'file:///tmp/x.html', isMainFrame: true },
      { requestingUrl: 'app://other/index.html', isMainFrame: true },
      { requestingUrl: PAGE, isMainFrame: false },
      { requestingUrl: 'not a url', isMainFrame: true },
      { isMainFrame: true },
    ])
      expect(permissionAllowed('clipboard-sanitized-write', request), JSON.stringify(request)).toBe(false);
  });

  it('installs request, check and device handlers on the session that answer by the policy', () => {
    const { handlers, request } = fakeSession();
    for (const permission of PERMISSIONS) {
      const expected = permission === 'clipboard-sanitized-write';
      expect(request(permission, { requestingUrl: PAGE, isMainFrame: true }), permission).toBe(expected);
      expect(request(permission, { requestingUrl: 'https://evil.example/', isMainFrame: true }), permission).toBe(false);
      expect(handlers.check!(null, permission, APP_ORIGIN, { requestingUrl: PAGE, isMainFrame: true }), permission).toBe(
        expected,
      );
      // A check without a URL falls back to the origin that asks.
      expect(handlers.check!(null, permission, APP_ORIGIN, { isMainFrame: true }), permission).toBe(expected);
      expect(handlers.check!(null, permission, 'https://evil.example', { isMainFrame: true }), permission).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
    expect(handlers.device!({ deviceType: 'hid', origin: APP_ORIGIN })).toBe(false);
  });
});

describe('links out of the app', () => {
  const help = ['https://docs.engagebook.example/help/export'];

  it('opens listed help links, asks about other web addresses, and refuses everything else', () => {
    expect(decideExternalLink(help[0]!, help)).toEqual({ action: 'open', url: help[0] });
    expect(decideExternalLink('https://docs.engagebook.example/help/export?x=1', help)).toMatchObject({ action: 'ask' });
    expect(decideExternalLink('https://example.com/a b', help)).toEqual({ action: 'ask', url: 'https://example.com/a%20b' });
    expect(decideExternalLink('HTTP://Example.COM', help)).toEqual({ action: 'ask', url: 'http://example.com/' });
    // A look-alike host name is shown (and opened) in the form that shows it is one.
    expect(decideExternalLink('https://\u0430pple.com/', help)).toEqual({ action: 'ask', url: 'https://xn--pple-43d.com/' });
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:someone@example.com',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'data:text/html,<b>x</b>',
      'not a url',
      '',
      `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`,
    ])
      expect(decideExternalLink(url, help).action, url).toBe('refuse');
    // The app ships with no help links, so with the default list every web address is asked about.
    expect(decideExternalLink(help[0]!)).toMatchObject({ action: 'ask' });
  });

  function opener(response: number) {
    const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => undefined;
    const dialog = {
      showMessageBox: vi.fn(
        (..._args: unknown[]) =>
          new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => {
            answer = resolve;
            if (response >= 0) resolve({ response, checkboxChecked: false });
          }),
      ),
    };
    const open = createLinkOpener({ shell, dialog: dialog as never, helpLinks: help });
    return { open, shell, dialog, answer: (r: number) => answer({ response: r, checkboxChecked: false }) };
  }

  it('opens a help link without asking', async () => {
    const { open, shell, dialog } = opener(0);
    expect(await open(help[0]!)).toBe('opened');
    expect(shell.openExternal).toHaveBeenCalledWith(help[0]);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks first for any other web address, naming it, and opens it only when the person chooses to', async () => {
    const declined = opener(0);
    expect(await declined.open('https://example.com/page')).toBe('declined');
    expect(declined.shell.openExternal).not.toHaveBeenCalled();
    const [options] = declined.dialog.showMessageBox.mock.calls[0]! as [{ detail: string; defaultId: number; cancelId: number }];
    expect(options.detail).toContain('https://example.com/page');
    expect(options).toMatchObject({ defaultId: 0, cancelId: 0 });

    const accepted = opener(1);
    expect(await accepted.open('https://example.com/page')).toBe('opened');
    expect(accepted.shell.openExternal).toHaveBeenCalledWith('https://example.com/page');
  });

  it('refuses other schemes without a dialog, and a second request while one question is open', async () => {
    const { open, shell, dialog, answer } = opener(-1);
    expect(await open('file:///etc/passwd')).toBe('refused');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    const first = open('https://example.com/one');
    expect(await open('https://example.com/two')).toBe('refused');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    answer(1);
    expect(await first).toBe('opened');
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/one']]);
  });

  describe('every window', () => {
    beforeEach(() => {
      electron.openExternal.mockClear();
      electron.showMessageBox.mockClear();
    });

    it('denies new windows and sends their address through the policy', async () => {
      const { lockDown } = await import('../electron/main/windows');
      let windowOpen: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
      const contents = { on: vi.fn(), setWindowOpenHandler: (h: typeof windowOpen) => (windowOpen = h) };
      lockDown(contents as never);
      expect(windowOpen({ url: 'https://example.com/x' })).toEqual({ action: 'deny' });
      expect(windowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
      await vi.waitFor(() => expect(electron.showMessageBox).toHaveBeenCalledTimes(1));
      expect(JSON.stringify(electron.showMessageBox.mock.calls[0])).toContain('https://example.com/x');
      // The person cancelled (the stand-in answers 0): nothing is opened, and file: was never asked about.
      expect(electron.openExternal).not.toHaveBeenCalled();
    });
  });
});
