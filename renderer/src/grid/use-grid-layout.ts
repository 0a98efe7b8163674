/**
 * The grid's layout for one workbook (view-settings.ts) as React state: widths change live while a column edge is
 * dragged and are written to storage when the drag ends, so a drag costs no storage write per pointer move.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Party } from '../../../shared/domain/document';
import { pageStorage } from '../ui/storage';
import {
  ROW_HEIGHT,
  WRAPPED_ROW_HEIGHT,
  columnLayout,
  readViewSettings,
  withWidth,
  writeViewSettings,
  type ViewSettings,
} from './view-settings';

export interface GridLayout {
  readonly settings: ViewSettings;
  /** The CSS grid template every row shares. */
  readonly template: string;
  /** The activity column's width on screen. */
  readonly activityWidth: number;
  readonly rowHeight: number;
  /** Sets a column's width; `done` when the drag or key press is over, which saves it. */
  resize(column: string, width: number, done: boolean): void;
  setWrapTitles(wrap: boolean): void;
}

export function useGridLayout(
  workbookId: string,
  parties: readonly Party[],
  scroller: RefObject<HTMLElement | null>,
): GridLayout {
  const [settings, setSettings] = useState(() => readViewSettings(pageStorage(), workbookId));
  const latest = useRef(settings);
  latest.current = settings;
  useEffect(() => setSettings(readViewSettings(pageStorage(), workbookId)), [workbookId]);

  const update = useCallback(
    (next: ViewSettings, save: boolean) => {
      setSettings(next);
      if (save) writeViewSettings(pageStorage(), workbookId, next);
    },
    [workbookId],
  );
  const resize = useCallback(
    (column: string, width: number, done: boolean) => update(withWidth(latest.current, column, width), done),
    [update],
  );
  const setWrapTitles = useCallback((wrapTitles: boolean) => update({ ...latest.current, wrapTitles }, true), [update]);
  // The pane's width, for the activity column to take what the parties leave; it changes with the window only.
  const [available, setAvailable] = useState(0);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  const key = parties.map((p) => `${p.id}:${p.name}`).join();
  const { template, activityWidth } = useMemo(() => columnLayout(settings, parties, available), [settings, key, available]);
  // One object per layout change, so the memoised header renders again only when the layout changed.
  return useMemo(
    () => ({
      settings,
      template,
      activityWidth,
      rowHeight: settings.wrapTitles ? WRAPPED_ROW_HEIGHT : ROW_HEIGHT,
      resize,
      setWrapTitles,
    }),
    [settings, template, activityWidth, resize, setWrapTitles],
  );
}
