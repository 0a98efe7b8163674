/** The one IPC channel of the app; every API call travels on it (see preload.ts and ipc.ts). */
export const API_CHANNEL = 'engagebook:api';
/** Host → page: document-change events (shared/api/events.ts). The page can only listen on it. */
export const EVENTS_CHANNEL = 'engagebook:events';
/** The custom scheme the UI is served from, instead of file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://engagebook`;
const APP_HOST = 'engagebook';

/**
 * Whether `url` is on the app's own page (app://engagebook/…, or a blob: URL that page made). Not by comparing
 * `new URL(url).origin` with APP_ORIGIN: in the main process URL is Node's, which gives every non-special scheme the
 * opaque origin "null", so that comparison refuses our own page too.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'blob:') return isAppUrl(parsed.pathname);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
/** Main → page: a native menu item asks the page to run one of its actions (shared/api/page-actions.ts). */
export const ACTIONS_CHANNEL = 'engagebook:action';
