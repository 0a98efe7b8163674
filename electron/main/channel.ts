/** The one IPC channel of the app; every API call travels on it (see preload.ts and ipc.ts). */
export const API_CHANNEL = 'engagebook:api';
/** The custom scheme the UI is served from, instead of file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://engagebook`;
