/**
 * One activity row: its header (title, drag handle) and one RoleCell per party. Memoised on what it shows: an edit
 * elsewhere, a selection moving in other rows or the grid scrolling leaves it alone.
 */
import { memo } from 'react';
import type { Activity, Party } from '../../../shared/domain/document';
import type { RoleLetters } from '../../../shared/domain/role-letters';
import type { Vocabulary } from '../../../shared/domain/vocabulary';
import type { CellTexts } from './cell-texts';
import { RoleCell } from './RoleCell';
import type { RowEvents } from './row-events';

export interface ActivityRowProps {
  readonly activity: Activity;
  /** Index among the visual rows, and the row's aria-rowindex. */
  readonly row: number;
  readonly rowIndex: number;
  readonly parties: readonly Party[];
  readonly vocabulary: Vocabulary;
  readonly letters: RoleLetters;
  readonly texts: CellTexts;
  /** The active column when the active cell is in this row, else -1. */
  readonly activeColumn: number;
  /** The selected columns when the selection covers this row, else null. */
  readonly selectedFrom: number;
  readonly selectedTo: number;
  readonly editingColumn: number;
  readonly flagged: boolean;
  /** A match of the find bar. */
  readonly found: boolean;
  /** Parties whose cell in this row has a finding. */
  readonly flaggedParties: ReadonlySet<string> | undefined;
  readonly events: RowEvents;
}

export const ActivityRow = memo(function ActivityRow(props: ActivityRowProps) {
  const { activity, row, events, activeColumn } = props;
  const selected = (column: number) => column >= props.selectedFrom && column <= props.selectedTo;
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      className={`grid-row${props.flagged ? ' flagged' : ''}${props.found ? ' found' : ''}`}
      data-activity={activity.id}
      onDragOver={events.dragOver}
      onDrop={(e) => events.drop(e, row)}
    >
      <div
        role="rowheader"
        className={`activity${activeColumn === 0 ? ' active' : ''}`}
        aria-selected={selected(0)}
        tabIndex={activeColumn === 0 ? 0 : -1}
        data-pos={`${row}:0`}
        title={activity.title}
        draggable
        onDragStart={(e) => events.dragActivity(e, activity.id)}
        onMouseDown={(e) => events.headerMouseDown(e, row)}
        onDoubleClick={() => events.headerDoubleClick(row)}
      >
        <span className="drag-handle" aria-hidden="true">
          ⠿
        </span>
        <span className="activity-title">{activity.title}</span>
      </div>
      {props.parties.map((party, c) => {
        const column = c + 1;
        return (
          <RoleCell
            key={party.id}
            name={props.texts.cellName(activity.title, party.name)}
            cell={activity.cells.find((x) => x.partyId === party.id)}
            vocabulary={props.vocabulary}
            letters={props.letters}
            texts={props.texts}
            row={row}
            column={column}
            activityId={activity.id}
            partyId={party.id}
            active={activeColumn === column}
            selected={selected(column)}
            flagged={props.flaggedParties?.has(party.id) ?? false}
            editing={props.editingColumn === column}
            events={events}
          />
        );
      })}
      <div role="presentation" className="add-column" />
    </div>
  );
});
