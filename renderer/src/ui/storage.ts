/**
 * The page's preferences in localStorage (UI language, grid layout): never content, so a missing, full or refused
 * storage only means the preference is not remembered. Functions take the storage so tests pass a Map-backed one.
 */

/** The part of the Web Storage API used here. */
export type PageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage where the page has it (not in Node tests). */
export const pageStorage = (): PageStorage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The stored text under `key`, or null when there is none or the storage refuses (a locked-down profile). */
export function readPreference(storage: PageStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(storage: PageStorage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage full or refused: the preference holds for this session only.
  }
}
