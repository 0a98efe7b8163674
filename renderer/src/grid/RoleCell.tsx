/**
 * One cell of the grid: its roles as letters on the first role's colour, its accessible name "<activity> — <party>:
 * <role names>[; note: …]", and, while it is being edited, the text editor in its place.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleText } from '../../../shared/clipboard';
import type { Cell } from '../../../shared/domain/document';
import { findRole, type Vocabulary } from '../../../shared/domain/vocabulary';
import { roleLabel } from '../Legend';
import { CellEditor } from './CellEditor';

export interface RoleCellProps {
  /** "<activity> — <party>", the start of the accessible name. */
  readonly name: string;
  readonly cell: Cell | undefined;
  readonly vocabulary: Vocabulary;
  /** data-pos: where keyboard focus finds this cell. */
  readonly position: string;
  readonly active: boolean;
  readonly selected: boolean;
  readonly flagged: boolean;
  readonly editing: boolean;
  onMouseDown(event: MouseEvent): void;
  onMouseEnter(): void;
  onDoubleClick(): void;
  onCommit(roles: string[]): void;
  onCancel(): void;
  onInvalid(text: string): void;
}

export function RoleCell(props: RoleCellProps) {
  const { t, i18n } = useTranslation();
  const { cell, vocabulary } = props;
  const roles = cell?.roles ?? [];
  const color = roles.length ? findRole(vocabulary, roles[0]!)?.color : undefined;
  const names = roles.map((code) => {
    const role = findRole(vocabulary, code);
    return role ? roleLabel(role, i18n.language) : code;
  });
  const note = cell?.note ? `; ${t('ui.hasNote', { note: cell.note })}` : '';
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
      data-pos={props.position}
      aria-label={`${props.name}: ${names.length ? names.join(', ') : t('ui.noRoles')}${note}`}
      className={classes.join(' ')}
      style={color ? { ['--role-color' as string]: color } : undefined}
      title={cell?.note ?? undefined}
      onMouseDown={props.onMouseDown}
      onMouseEnter={props.onMouseEnter}
      onDoubleClick={props.onDoubleClick}
    >
      {props.editing ? (
        <CellEditor
          label={t('ui.cellEditor', { cell: props.name })}
          initial={roleText(roles)}
          vocabulary={vocabulary}
          onCommit={props.onCommit}
          onCancel={props.onCancel}
          onInvalid={props.onInvalid}
        />
      ) : (
        roleText(roles)
      )}
    </div>
  );
}
