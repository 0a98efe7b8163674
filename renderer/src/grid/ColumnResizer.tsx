/**
 * The handle on a column header's right edge: drag it to size the column, or focus it and press ←/→ (Shift for
 * larger steps), as an ARIA window splitter. It stops its pointer and key events so the header's own drag (reordering
 * parties) and the grid's keys do not also act on them.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYBOARD_STEP, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './view-settings';

export interface ColumnResizerProps {
  /** The column's name, for the handle's accessible name ("Resize column Customer"). */
  readonly name: string;
  readonly width: number;
  resize(width: number, done: boolean): void;
}

export function ColumnResizer({ name, width, resize }: ColumnResizerProps) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const widthFrom = (e: PointerEvent) => drag.current!.width + e.clientX - drag.current!.x;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    // Start from the width on screen: an activity column that fills the window is wider than its stored minimum.
    const header = e.currentTarget.parentElement!.getBoundingClientRect();
    drag.current = { x: e.clientX, width: header.width };
  };
  const onPointerMove = (e: PointerEvent) => drag.current && resize(widthFrom(e), false);
  const onPointerUp = (e: PointerEvent) => {
    if (!drag.current) return;
    resize(widthFrom(e), true);
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = (e.shiftKey ? 4 : 1) * KEYBOARD_STEP;
    const delta = e.key === 'ArrowLeft' ? -step : e.key === 'ArrowRight' ? step : 0;
    e.stopPropagation();
    if (!delta) return;
    e.preventDefault();
    const current = e.currentTarget.parentElement!.getBoundingClientRect().width;
    resize(current + delta, true);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('ui.grid.resizeColumn', { name })}
      aria-valuenow={Math.round(width)}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className="column-resizer"
      draggable={false}
      onDragStart={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      onMouseDown={(e) => e.stopPropagation()}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
