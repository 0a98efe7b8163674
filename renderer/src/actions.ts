/**
 * The page's actions, registered once and run from anywhere: a toolbar button, a keyboard shortcut, or the desktop
 * app's native menu (which asks by name over the preload bridge). One registry, so each path runs the same code.
 */
import { useEffect, useRef } from 'react';
import type { PageAction } from '../../shared/api/page-actions';

export interface Action {
  readonly id: PageAction;
  /** A shortcut as "Mod+E" (Mod is Ctrl, or Cmd on a Mac); none when absent. */
  readonly keys?: string;
  run(): void;
}

const registered = new Map<PageAction, Action>();

/** Runs the action registered under `id`; false when no screen offers it now. */
export function runAction(id: PageAction): boolean {
  const action = registered.get(id);
  action?.run();
  return action !== undefined;
}

/** Whether a key press is the shortcut `keys` ("Mod+Shift+E"). */
export function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop()?.toLowerCase();
  const wants = new Set(parts);
  return (
    event.key.toLowerCase() === key &&
    (event.ctrlKey || event.metaKey) === wants.has('Mod') &&
    event.shiftKey === wants.has('Shift') &&
    event.altKey === wants.has('Alt')
  );
}

function onKey(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  for (const action of registered.values()) {
    if (action.keys && matchesKeys(event, action.keys)) {
      event.preventDefault();
      action.run();
      return;
    }
  }
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('keydown', onKey);
  // The desktop app's menu: only names the preload lets through arrive here.
  window.engagebook?.onAction?.((id) => runAction(id as PageAction));
}

/** Registers actions while the calling component is shown; the latest `run` is always the one called. */
export function useActions(actions: readonly Action[]): void {
  const latest = useRef(actions);
  latest.current = actions;
  const ids = actions.map((a) => `${a.id}:${a.keys ?? ''}`).join(',');
  useEffect(() => {
    listen();
    const mine = latest.current.map((a) => ({ ...a, run: () => latest.current.find((b) => b.id === a.id)?.run() }));
    for (const action of mine) registered.set(action.id, action);
    return () => {
      for (const action of mine) if (registered.get(action.id) === action) registered.delete(action.id);
    };
  }, [ids]);
}
