/**
 * A party's column header: its name, a drag handle for reordering, and a menu (rename, group heading, move, remove).
 * The menu is a disclosure of plain buttons, so it works with the keyboard and screen readers without a library.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/document';
import { ColumnResizer } from './ColumnResizer';

export interface PartyHeaderProps {
  readonly party: Party;
  readonly index: number;
  readonly count: number;
  readonly flagged: boolean;
  readonly width: number;
  resize(width: number, done: boolean): void;
  rename(): void;
  editGroup(): void;
  move(position: number): void;
  remove(): void;
  onDropParty(partyId: string, index: number): void;
}

export const PARTY_DRAG_TYPE = 'application/x-engagebook-party';

export function PartyHeader(props: PartyHeaderProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { party, index, count } = props;
  const act = (fn: () => void) => () => {
    setOpen(false);
    fn();
  };
  return (
    <div
      role="columnheader"
      aria-colindex={index + 2}
      className={`party-header${props.flagged ? ' flagged' : ''}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(PARTY_DRAG_TYPE, party.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(PARTY_DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(PARTY_DRAG_TYPE);
        if (id && id !== party.id) {
          e.preventDefault();
          props.onDropParty(id, index);
        }
      }}
    >
      <span className="party-name" title={party.name}>
        {party.name}
      </span>
      <button
        type="button"
        className="header-menu-button"
        aria-label={t('ui.partyMenu', { name: party.name })}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      <ColumnResizer name={party.name} width={props.width} resize={props.resize} />
      {open && (
        <div
          className="header-menu"
          role="group"
          aria-label={t('ui.partyMenu', { name: party.name })}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <button type="button" onClick={act(props.rename)}>
            {t('ui.rename')}
          </button>
          <button type="button" onClick={act(props.editGroup)}>
            {t('ui.editGroup')}
          </button>
          <button type="button" disabled={index === 0} onClick={act(() => props.move(index - 1))}>
            {t('ui.moveLeft')}
          </button>
          <button type="button" disabled={index === count - 1} onClick={act(() => props.move(index + 1))}>
            {t('ui.moveRight')}
          </button>
          <button type="button" onClick={act(props.remove)}>
            {t('ui.removeParty')}
          </button>
        </div>
      )}
    </div>
  );
}
