/**
 * The grid's keyboard, as one function over a small context so Grid.tsx stays about rendering. Spreadsheet keys
 * (arrows, Tab, Home/End, Page keys, Shift to extend, Enter to edit, Delete to clear, Ctrl+D to fill down), RACI keys
 * (a role letter sets the role; a second letter right after combines, where the vocabulary allows it) and structure
 * keys (Alt+↑/↓ moves a row, Alt+Shift+←/→ a party column, Ctrl+Shift++ adds a row, F2 opens the note or renames).
 */
import type { KeyboardEvent } from 'react';
import type { RoleLetters } from '../../../shared/domain/role-letters';
import { findRole, type Vocabulary } from '../../../shared/domain/vocabulary';
import { historyKey } from '../history';
import type { GridCommands } from './commands';
import { clamp, nudgeActivity, rangeOf, single, type Position, type Selection, type VisualRow } from './model';
import type { Matrix } from '../../../shared/domain/document';

/** How long after one role letter a second one combines with it instead of replacing it. */
export const COMBINE_MS = 900;
const PAGE_ROWS = 15;

export interface KeyContext {
  readonly matrix: Matrix;
  readonly vocabulary: Vocabulary;
  /** The UI language's role letters: a typed "B" is Swedish Bidragsgivare, stored as "C". */
  readonly letters: RoleLetters;
  readonly rows: readonly VisualRow[];
  readonly partyIds: readonly string[];
  readonly selection: Selection;
  readonly commands: GridCommands;
  select(selection: Selection): void;
  rolesAt(position: Position): string[];
  /** Enter on a cell: type roles as text. */
  editCell(position: Position): void;
  /** F2 on a cell: its note; F2 or Enter on a row header: rename. */
  editNote(position: Position): void;
  rename(position: Position): void;
  addActivityAfter(position: Position): void;
  toggle(phaseId: string, collapsed?: boolean): void;
  clearSelection(): void;
  fillDown(): void;
  fillFromActive(): void;
  deleteRow(position: Position): void;
  follow(target: { activityId?: string; phaseId?: string }): void;
  /** The last role letter typed, for combinations. */
  lastKey: { at: number; cell: string; roles: string[] } | null;
}

export function handleGridKey(event: KeyboardEvent, ctx: KeyContext): void {
  const { selection, rows } = ctx;
  const active = selection.focus;
  const row = rows[active.row];
  if (!row) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  const done = () => event.preventDefault();
  const go = (to: Position, extend = event.shiftKey) => {
    done();
    const focus = clamp(rows, ctx.partyIds.length, to);
    ctx.select(extend ? { anchor: selection.anchor, focus } : single(focus));
  };

  const step = historyKey(event.nativeEvent);
  if (step) return (done(), ctx.commands[step]());
  if (mod && key.toLowerCase() === 'd') return (done(), ctx.fillDown());
  if (mod && key === 'Enter') return (done(), ctx.fillFromActive());
  if (mod && event.shiftKey && (key === '+' || key === '=')) return (done(), ctx.addActivityAfter(active));
  if (mod && key.toLowerCase() === 'a') {
    done();
    return ctx.select({ anchor: { row: 0, column: 1 }, focus: { row: rows.length - 1, column: ctx.partyIds.length } });
  }
  if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) return (done(), nudge(ctx, row, key === 'ArrowUp' ? -1 : 1));
  if (event.altKey && event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight') && active.column > 0) {
    // Alt+Shift+←/→ moves the active party column; the selection goes with it.
    done();
    const position = active.column - 1 + (key === 'ArrowLeft' ? -1 : 1);
    if (position < 0 || position >= ctx.partyIds.length) return;
    void ctx.commands.moveParty(ctx.partyIds[active.column - 1]!, position);
    return ctx.select(single({ row: active.row, column: position + 1 }));
  }

  switch (key) {
    case 'ArrowUp':
      return go({ row: active.row - 1, column: active.column });
    case 'ArrowDown':
      return go({ row: active.row + 1, column: active.column });
    case 'ArrowLeft':
      if (row.kind === 'phase' && !row.collapsed) return (done(), ctx.toggle(row.phase.id, true));
      return go({ row: active.row, column: active.column - 1 });
    case 'ArrowRight':
      if (row.kind === 'phase' && row.collapsed) return (done(), ctx.toggle(row.phase.id, false));
      return go({ row: active.row, column: active.column + 1 });
    case 'Home':
      return go({ row: mod ? 0 : active.row, column: mod ? 1 : 0 });
    case 'End':
      return go({ row: mod ? rows.length - 1 : active.row, column: ctx.partyIds.length });
    case 'PageUp':
      return go({ row: active.row - PAGE_ROWS, column: active.column });
    case 'PageDown':
      return go({ row: active.row + PAGE_ROWS, column: active.column });
    case 'Tab': {
      const next = active.column + (event.shiftKey ? -1 : 1);
      if (next < 1 || next > ctx.partyIds.length)
        return go({ row: active.row + (event.shiftKey ? -1 : 1), column: event.shiftKey ? ctx.partyIds.length : 1 }, false);
      return go({ row: active.row, column: next }, false);
    }
    case 'Enter':
      done();
      if (row.kind === 'phase') return ctx.toggle(row.phase.id);
      return active.column === 0 ? ctx.rename(active) : ctx.editCell(active);
    case ' ':
      if (row.kind === 'phase') return (done(), ctx.toggle(row.phase.id));
      break;
    case 'F2':
      done();
      return active.column === 0 ? ctx.rename(active) : ctx.editNote(active);
    case 'Delete':
    case 'Backspace':
      done();
      // On a row header, Delete removes the row (undo brings it back); on cells it clears the selection.
      if (active.column === 0 && rangeOf(selection).right === 0) return ctx.deleteRow(active);
      return ctx.clearSelection();
  }
  if (mod || event.altKey || key.length !== 1 || row.kind !== 'activity' || active.column === 0) return;
  const code = ctx.letters.codeOf(key);
  const role = code === undefined ? undefined : findRole(ctx.vocabulary, code);
  if (!role) return;
  done();
  const partyId = ctx.partyIds[active.column - 1]!;
  const cell = `${row.activity.id}:${partyId}`;
  const now = Date.now();
  const previous = ctx.lastKey;
  const roles =
    ctx.vocabulary.combinable &&
    previous &&
    previous.cell === cell &&
    now - previous.at < COMBINE_MS &&
    !previous.roles.includes(role.code)
      ? [...previous.roles, role.code]
      : [role.code];
  ctx.lastKey = { at: now, cell, roles };
  ctx.commands.setRoles(row.activity.id, partyId, roles);
}

function nudge(ctx: KeyContext, row: VisualRow, direction: -1 | 1): void {
  if (row.kind === 'phase') {
    const position = row.index + direction;
    if (position < 0 || position >= ctx.matrix.phases.length) return;
    void ctx.commands.movePhase(row.phase.id, position).then(() => ctx.follow({ phaseId: row.phase.id }));
    return;
  }
  const target = nudgeActivity(ctx.matrix, row.activity.id, direction);
  if (!target) return;
  const phaseId = target.phaseId === row.phase.id ? undefined : target.phaseId;
  // Follow the row once the document has reloaded with it in its new place.
  void ctx.commands
    .moveActivity(row.activity.id, target.position, phaseId)
    .then(() => ctx.follow({ activityId: row.activity.id }));
}
