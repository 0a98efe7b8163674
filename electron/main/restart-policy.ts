/**
 * When to restart the host process after it died. A crash now and then is survivable: restart, reopen, carry on. A
 * host that dies again and again right after starting (a driver built for another Electron, a damaged install) would
 * otherwise loop forever, with an error dialog each time; then the app stops trying and says so.
 */
export const RESTARTS_PER_WINDOW = 3;
export const RESTART_WINDOW_MS = 60_000;

/** `crashes` are the times of earlier crashes (milliseconds); `now` is the time of this one. */
export function shouldRestart(crashes: readonly number[], now: number): boolean {
  return crashes.filter((time) => now - time < RESTART_WINDOW_MS).length < RESTARTS_PER_WINDOW;
}
