/**
 * The RACI grid: parties as columns, phases as band rows, activities as rows. Keyboard first: arrows, Tab, Home/End
 * move; typing a role letter sets it (a second letter right after combines, where the vocabulary allows); Delete
 * clears; Ctrl/Cmd+Z and Shift+Z undo and redo the document's own history. ARIA grid roles name every cell
 * "<activity> — <party>" and read its roles as text.
 */
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, EngagementDocument, Matrix } from '../../shared/domain/document';
import { findRole, type Vocabulary } from '../../shared/domain/vocabulary';
import type { ResultOf } from '../../shared/api/contract';

type Finding = ResultOf<'document.validate'>[number];

export interface GridProps {
  readonly doc: EngagementDocument;
  readonly matrix: Matrix;
  readonly findings: readonly Finding[];
  setRoles(activityId: string, partyId: string, roles: string[]): void;
  undo(): void;
  redo(): void;
  /** Where a clicked finding points; a new object each click, so the same finding can be jumped to twice. */
  readonly jumpTo?: { activityId?: string; partyId?: string } | null;
}

interface Row {
  readonly activity: Activity;
  readonly phaseTitle: string;
  readonly firstOfPhase: boolean;
}

const COMBINE_MS = 900;

export function Grid({ doc, matrix, findings, setRoles, undo, redo, jumpTo }: GridProps) {
  const { t, i18n } = useTranslation();
  const vocabulary = doc.vocabularies.find((v) => v.id === matrix.vocabularyId) as Vocabulary;
  const parties = matrix.partyIds.map((id) => doc.parties.find((p) => p.id === id)!);
  const rows: Row[] = useMemo(
    () =>
      matrix.phases.flatMap((phase) =>
        phase.activities.map((activity, i) => ({ activity, phaseTitle: phase.title, firstOfPhase: i === 0 })),
      ),
    [matrix],
  );
  const [active, setActive] = useState({ row: 0, column: 0 });
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!jumpTo) return;
    const row = rows.findIndex((r) => r.activity.id === jumpTo.activityId);
    const column = Math.max(0, matrix.partyIds.indexOf(jumpTo.partyId ?? ''));
    if (row < 0) return;
    setActive({ row, column });
    // Focus after React has rendered the new active cell.
    requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')?.focus());
  }, [jumpTo, rows, matrix.partyIds]);
  const lastKey = useRef<{ at: number; cell: string; roles: string[] } | null>(null);
  const flagged = new Set(findings.filter((f) => f.location.matrixId === matrix.id).map((f) => f.location.activityId));

  const column = createColumnHelper<Row>();
  const columns = useMemo(
    () => [
      column.accessor((r) => r.activity.title, { id: 'activity', header: () => t('ui.activity') }),
      ...parties.map((party) =>
        column.accessor((r) => r.activity.cells.find((c) => c.partyId === party.id)?.roles ?? [], {
          id: party.id,
          header: () => party.name,
        }),
      ),
    ],
    [matrix.partyIds.join(), i18n.language],
  );
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });

  const label = (code: string) => {
    const role = findRole(vocabulary, code);
    return role ? role.labels[i18n.language as 'en'] || role.label : code;
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = rows[active.row];
    const party = parties[active.column];
    if (!row || !party) return;
    const move = (r: number, c: number) => {
      event.preventDefault();
      setActive({ row: Math.max(0, Math.min(rows.length - 1, r)), column: Math.max(0, Math.min(parties.length - 1, c)) });
    };
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'z') return (event.preventDefault(), event.shiftKey ? redo() : undo());
    if (mod && event.key.toLowerCase() === 'y') return (event.preventDefault(), redo());
    switch (event.key) {
      case 'ArrowUp':
        return move(active.row - 1, active.column);
      case 'ArrowDown':
        return move(active.row + 1, active.column);
      case 'ArrowLeft':
        return move(active.row, active.column - 1);
      case 'ArrowRight':
        return move(active.row, active.column + 1);
      case 'Home':
        return move(active.row, 0);
      case 'End':
        return move(active.row, parties.length - 1);
      case 'Tab': {
        const next = active.column + (event.shiftKey ? -1 : 1);
        if (next < 0 || next >= parties.length)
          return move(active.row + (event.shiftKey ? -1 : 1), event.shiftKey ? parties.length - 1 : 0);
        return move(active.row, next);
      }
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        return setRoles(row.activity.id, party.id, []);
    }
    if (mod || event.altKey || event.key.length !== 1) return;
    const role = findRole(vocabulary, event.key);
    if (!role) return;
    event.preventDefault();
    const cell = `${row.activity.id}:${party.id}`;
    const now = Date.now();
    const previous = lastKey.current;
    const roles =
      vocabulary.combinable &&
      previous &&
      previous.cell === cell &&
      now - previous.at < COMBINE_MS &&
      !previous.roles.includes(role.code)
        ? [...previous.roles, role.code]
        : [role.code];
    lastKey.current = { at: now, cell, roles };
    setRoles(row.activity.id, party.id, roles);
  }

  return (
    <div
      role="grid"
      ref={gridRef}
      aria-label={matrix.title}
      aria-rowcount={rows.length + 1}
      className="grid"
      onKeyDown={onKeyDown}
    >
      <div role="row" className="grid-row header">
        {table.getHeaderGroups()[0]!.headers.map((header) => (
          <div role="columnheader" key={header.id} className={header.id === 'activity' ? 'activity-header' : 'party-header'}>
            {flexRender(header.column.columnDef.header, header.getContext())}
          </div>
        ))}
      </div>
      {table.getRowModel().rows.map((tableRow, r) => {
        const { activity, phaseTitle, firstOfPhase } = tableRow.original;
        return (
          <div role="presentation" key={activity.id}>
            {firstOfPhase && (
              <div role="row" className="grid-row phase">
                <div role="rowheader" aria-level={1} className="phase-title">
                  {phaseTitle}
                </div>
              </div>
            )}
            <div role="row" className={`grid-row${flagged.has(activity.id) ? ' flagged' : ''}`} data-activity={activity.id}>
              <div role="rowheader" className="activity">
                {activity.title}
              </div>
              {parties.map((party, c) => {
                const roles = activity.cells.find((cell) => cell.partyId === party.id)?.roles ?? [];
                const isActive = active.row === r && active.column === c;
                return (
                  <div
                    role="gridcell"
                    key={party.id}
                    tabIndex={isActive ? 0 : -1}
                    aria-selected={isActive}
                    aria-label={`${t('ui.cellName', { activity: activity.title, party: party.name })}: ${roles.length ? roles.map(label).join(', ') : t('ui.noRoles')}`}
                    className={`cell${isActive ? ' active' : ''}`}
                    style={{
                      background: roles.length
                        ? `${vocabulary.roles.find((x) => x.code === roles[0])?.color ?? '#ccc'}33`
                        : undefined,
                    }}
                    ref={(el) => {
                      if (isActive && el && document.activeElement?.closest('[role=grid]')) el.focus();
                    }}
                    onClick={() => setActive({ row: r, column: c })}
                  >
                    {roles.join('/')}
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
