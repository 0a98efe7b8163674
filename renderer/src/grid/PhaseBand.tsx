/**
 * A phase as a band row across the grid: its title and activity count, a triangle that collapses it, and a drag handle
 * (the whole header) for reordering phases. Its row header is focusable like any other, so the keyboard reaches it.
 */
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../shared/domain/document';

export const PHASE_DRAG_TYPE = 'application/x-engagebook-phase';

export interface PhaseBandProps {
  readonly phase: Phase;
  readonly collapsed: boolean;
  readonly rowIndex: number;
  /** data-pos: where keyboard focus finds the band. */
  readonly position: string;
  readonly active: boolean;
  readonly selected: boolean;
  select(): void;
  toggle(): void;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
}

export function PhaseBand(props: PhaseBandProps) {
  const { t } = useTranslation();
  const { phase } = props;
  return (
    <div role="row" aria-rowindex={props.rowIndex} className="grid-row phase" onDragOver={props.onDragOver} onDrop={props.onDrop}>
      <div
        role="rowheader"
        aria-level={1}
        aria-expanded={!props.collapsed}
        aria-selected={props.selected}
        tabIndex={props.active ? 0 : -1}
        data-pos={props.position}
        className={`phase-title${props.active ? ' active' : ''}`}
        aria-label={t('ui.phaseRow', { phase: phase.title, count: phase.activities.length })}
        onMouseDown={props.select}
        onDoubleClick={props.toggle}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(PHASE_DRAG_TYPE, phase.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
      >
        <button type="button" tabIndex={-1} className="toggle" aria-hidden="true" onClick={props.toggle}>
          {props.collapsed ? '▸' : '▾'}
        </button>
        {phase.title} <span className="count">({phase.activities.length})</span>
      </div>
    </div>
  );
}
