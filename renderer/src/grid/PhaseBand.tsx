/**
 * A phase as a band row across the grid: its title and activity count, a triangle that collapses it, and a drag handle
 * (the whole header) for reordering phases. Its row header is focusable like any other, so the keyboard reaches it.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../shared/domain/document';
import type { RowEvents } from './row-events';

export const PHASE_DRAG_TYPE = 'application/x-engagebook-phase';

export interface PhaseBandProps {
  readonly phase: Phase;
  readonly collapsed: boolean;
  /** Index among the visual rows, and the row's aria-rowindex. */
  readonly row: number;
  readonly rowIndex: number;
  readonly active: boolean;
  readonly selected: boolean;
  readonly events: RowEvents;
}

/** Memoised like activity rows, with the grid's shared handlers. */
export const PhaseBand = memo(function PhaseBand(props: PhaseBandProps) {
  const { t } = useTranslation();
  const { phase, events, row } = props;
  const toggle = () => events.toggle(phase.id);
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      className="grid-row phase"
      onDragOver={events.dragOver}
      onDrop={(e) => events.drop(e, row)}
    >
      <div
        role="rowheader"
        aria-level={1}
        aria-expanded={!props.collapsed}
        aria-selected={props.selected}
        tabIndex={props.active ? 0 : -1}
        data-pos={`${row}:0`}
        className={`phase-title${props.active ? ' active' : ''}`}
        aria-label={t('ui.phaseRow', { phase: phase.title, count: phase.activities.length })}
        onMouseDown={() => events.bandMouseDown(row)}
        onDoubleClick={toggle}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(PHASE_DRAG_TYPE, phase.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
      >
        <button type="button" tabIndex={-1} className="toggle" aria-hidden="true" onClick={toggle}>
          {props.collapsed ? '▸' : '▾'}
        </button>
        {phase.title} <span className="count">({phase.activities.length})</span>
      </div>
    </div>
  );
});
