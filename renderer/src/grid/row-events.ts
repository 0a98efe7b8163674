/**
 * What rows and cells report to the grid. One object for the grid's lifetime, whose methods read the grid's latest
 * state through a ref: handing every cell the same functions is what lets memoised rows and cells skip re-rendering.
 */
import { useMemo, useRef, type DragEvent, type MouseEvent } from 'react';

export interface RowEvents {
  cellMouseDown(event: MouseEvent, row: number, column: number): void;
  cellMouseEnter(row: number, column: number): void;
  cellDoubleClick(row: number, column: number): void;
  commit(row: number, column: number, activityId: string, partyId: string, roles: string[]): void;
  cancel(row: number, column: number): void;
  invalid(text: string): void;
  headerMouseDown(event: MouseEvent, row: number): void;
  headerDoubleClick(row: number): void;
  dragActivity(event: DragEvent, activityId: string): void;
  /** A phase band's header was pressed, or its triangle toggled. */
  bandMouseDown(row: number): void;
  toggle(phaseId: string): void;
  dragOver(event: DragEvent): void;
  drop(event: DragEvent, row: number): void;
}

/** The same RowEvents object for the component's life, whose calls go to the handlers of its latest render. */
export function useStableEvents(handlers: RowEvents): RowEvents {
  const latest = useRef(handlers);
  latest.current = handlers;
  return useMemo(() => forwarding(() => latest.current), []);
}

function forwarding(current: () => RowEvents): RowEvents {
  return {
    cellMouseDown: (e, r, c) => current().cellMouseDown(e, r, c),
    cellMouseEnter: (r, c) => current().cellMouseEnter(r, c),
    cellDoubleClick: (r, c) => current().cellDoubleClick(r, c),
    commit: (r, c, a, p, roles) => current().commit(r, c, a, p, roles),
    cancel: (r, c) => current().cancel(r, c),
    invalid: (text) => current().invalid(text),
    headerMouseDown: (e, r) => current().headerMouseDown(e, r),
    headerDoubleClick: (r) => current().headerDoubleClick(r),
    dragActivity: (e, id) => current().dragActivity(e, id),
    bandMouseDown: (r) => current().bandMouseDown(r),
    toggle: (id) => current().toggle(id),
    dragOver: (e) => current().dragOver(e),
    drop: (e, r) => current().drop(e, r),
  };
}
