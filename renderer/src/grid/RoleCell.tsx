/**
 * One cell of the grid: its roles as the UI language's letters on the first role's colour, its accessible name "<activity> — <party>:
 * <role names>[; note: …]", and, while it is being edited, the text editor in its place. Memoised: a cell renders
 * again only when its own cell, its selection state or the language changes, never because the grid scrolled or
 * another cell changed.
 */
import { memo } from 'react';
import type { Cell } from '../../../shared/domain/document';
import { lettersText, type RoleLetters } from '../../../shared/domain/role-letters';
import { findRole, type Vocabulary } from '../../../shared/domain/vocabulary';
import type { CellTexts } from './cell-texts';
import { CellEditor } from './CellEditor';
import type { RowEvents } from './row-events';

export interface RoleCellProps {
  /** "<activity> — <party>", the start of the accessible name. */
  readonly name: string;
  readonly cell: Cell | undefined;
  readonly vocabulary: Vocabulary;
  /** The UI language's letters for the roles (Swedish Ä/B/R for O/C/A); the stored codes stay. */
  readonly letters: RoleLetters;
  readonly texts: CellTexts;
  readonly row: number;
  readonly column: number;
  readonly activityId: string;
  readonly partyId: string;
  readonly active: boolean;
  readonly selected: boolean;
  readonly flagged: boolean;
  readonly editing: boolean;
  readonly events: RowEvents;
}

export const RoleCell = memo(function RoleCell(props: RoleCellProps) {
  const { cell, vocabulary, texts, events, row, column } = props;
  const roles = cell?.roles ?? [];
  const color = roles.length ? findRole(vocabulary, roles[0]!)?.color : undefined;
  const names = roles.map((code) => {
    const role = findRole(vocabulary, code);
    return role ? texts.roleName(role) : code;
  });
  const note = cell?.note ? `; ${texts.hasNote(cell.note)}` : '';
  const classes = ['cell'];
  if (props.active) classes.push('active');
  if (props.selected) classes.push('selected');
  if (props.flagged) classes.push('flagged');
  if (cell?.note) classes.push('has-note');
  return (
    <div
      role="gridcell"
      tabIndex={props.active ? 0 : -1}
      aria-selected={props.selected}
      data-pos={`${row}:${column}`}
      aria-label={`${props.name}: ${names.length ? names.join(', ') : texts.noRoles}${note}`}
      className={classes.join(' ')}
      style={color ? { ['--role-color' as string]: color } : undefined}
      title={cell?.note ?? undefined}
      onMouseDown={(e) => events.cellMouseDown(e, row, column)}
      onMouseEnter={() => events.cellMouseEnter(row, column)}
      onDoubleClick={() => events.cellDoubleClick(row, column)}
    >
      {props.editing ? (
        <CellEditor
          label={texts.cellEditor(props.name)}
          initial={lettersText(props.letters, roles)}
          letters={props.letters}
          vocabulary={vocabulary}
          onCommit={(next) => events.commit(row, column, props.activityId, props.partyId, next)}
          onCancel={() => events.cancel(row, column)}
          onInvalid={(text) => events.invalid(text)}
        />
      ) : (
        lettersText(props.letters, roles)
      )}
    </div>
  );
});
