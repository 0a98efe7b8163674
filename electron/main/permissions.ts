/**
 * Web permissions: every one is denied except the one the app's own page uses, and that one only for the top frame of
 * the page served from app://engagebook. The page copies a revision's fingerprint with navigator.clipboard.writeText,
 * which Chromium asks for as "clipboard-sanitized-write" (plain text, sanitised, write only). Copy and paste in the
 * grid use the copy and paste events of the keyboard shortcut, which need no permission, so reading the clipboard
 * ("clipboard-read") stays denied: a page could otherwise read whatever another program left there. No camera,
 * microphone, location, notifications, MIDI, HID/USB/serial devices, file system access, fullscreen or pointer lock.
 *
 * The decision is a plain function (tested with a stand-in session in test/electron-policies.test.ts); installing it
 * is the few lines below, run for the default session and for any session Electron creates later.
 */
import type { Session } from 'electron';
import { isAppUrl } from './channel';

/** The permissions the page uses, with the reason (see above). */
export const USED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Whether a page may have `permission`: one the app uses, asked by the top frame of its own page. */
export function permissionAllowed(permission: string, request: { requestingUrl?: string; isMainFrame: boolean }): boolean {
  return USED_PERMISSIONS.has(permission) && request.isMainFrame && isAppUrl(request.requestingUrl);
}

/** The part of Electron's Session the policy sets (a stand-in implements it in the tests). */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Installs the policy on `session`: permission requests, the synchronous checks, and device access (always denied). */
export function installPermissionPolicy(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    // A check names the origin asking; fall back to it when Chromium gives no URL.
    permissionAllowed(permission, { isMainFrame: details.isMainFrame, requestingUrl: details.requestingUrl ?? requestingOrigin }),
  );
  session.setDevicePermissionHandler(() => false);
}
