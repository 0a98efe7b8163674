/**
 * What the native menu may ask the page to do. The page runs these from its own action registry (the same code its
 * toolbar buttons and shortcuts run), so a menu item needs no second implementation in the main process; the preload
 * passes on only these names.
 */
export const PAGE_ACTIONS = ['export', 'import', 'find'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

export function isPageAction(value: unknown): value is PageAction {
  return typeof value === 'string' && (PAGE_ACTIONS as readonly string[]).includes(value);
}
