/** The one IPC channel of the app; every API call travels on it (see preload.ts and ipc.ts). */
export const API_CHANNEL = 'engagebook:api';
/** Host → page: document-change events (shared/api/events.ts). The page can only listen on it. */
export const EVENTS_CHANNEL = 'engagebook:events';
/** The custom scheme the UI is served from, instead of file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://engagebook`;
/** Main → page: a native menu item asks the page to run one of its actions (shared/api/page-actions.ts). */
export const ACTIONS_CHANNEL = 'engagebook:action';
