/**
 * The RACI grid: parties as columns (with group headings), phases as collapsible band rows, activities as rows.
 * Rows are virtualised (@tanstack/react-virtual), so a 20,000-activity matrix scrolls like a 50-row one; columns come
 * from TanStack Table's column model, which also builds the group-heading row. ARIA grid roles name every cell
 * "<activity> — <party>" and read its roles as text; keys are in keyboard.ts, document edits in commands.ts.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/api/contract';
import type { MatrixView } from '../../../shared/clipboard';
import type { Content, Matrix, Party } from '../../../shared/domain/document';
import type { Vocabulary } from '../../../shared/domain/vocabulary';
import type { RunEdit } from '../Workbook';
import { gridCommands } from './commands';
import { handleGridKey, type KeyContext } from './keyboard';
import {
  activityOrder,
  clamp,
  fromViewRange,
  inRange,
  rangeOf,
  single,
  toViewRange,
  visualRows,
  type Position,
  type Selection,
  type VisualRow,
} from './model';
import { GridHeader, useHeaderGroups } from './GridHeader';
import { PHASE_DRAG_TYPE, PhaseBand } from './PhaseBand';
import { RoleCell } from './RoleCell';
import { Prompt, type PromptRequest } from './Prompt';

export interface JumpTarget {
  readonly activityId?: string | undefined;
  readonly partyId?: string | undefined;
  readonly phaseId?: string | undefined;
}

export interface GridProps {
  readonly docId: string;
  readonly doc: Content;
  readonly matrix: Matrix;
  readonly findings: readonly Finding[];
  readonly history: { undo: string | null; redo: string | null };
  readonly run: RunEdit;
  notify(text: string): void;
  /** Where a clicked finding points; a new object each click, so the same finding can be jumped to twice. */
  readonly jumpTo?: JumpTarget | null;
}

const ROW_HEIGHT = 30;
const ACTIVITY_DRAG_TYPE = 'application/x-engagebook-activity';

export function Grid({ docId, doc, matrix, findings, run, notify, jumpTo }: GridProps) {
  const { t } = useTranslation();
  const vocabulary = doc.vocabularies.find((v) => v.id === matrix.vocabularyId) as Vocabulary;
  const parties = matrix.partyIds.map((id) => doc.parties.find((p) => p.id === id)!);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visualRows(matrix, collapsed), [matrix, collapsed]);
  const [selection, setSelection] = useState<Selection>(single({ row: 1, column: 1 }));
  const [prompt, setPrompt] = useState<PromptRequest | null>(null);
  const [editing, setEditing] = useState<Position | null>(null);
  const [following, setFollowing] = useState<JumpTarget | null>(null);
  const dragging = useRef(false);
  /** Where keyboard focus should go once React has rendered it (virtualised rows may not exist yet). */
  const wantFocus = useRef<Position | null>(null);
  const lastKey = useRef<KeyContext['lastKey']>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const commands = useMemo(() => gridCommands(docId, matrix, run, t, notify), [docId, matrix, run, t, notify]);
  // What copy, paste and fill work on; only rebuilt when the rows change, not on every selection move.
  const view: MatrixView = useMemo(
    () => ({ matrix, vocabulary, activityIds: activityOrder(rows), partyIds: matrix.partyIds }),
    [matrix, vocabulary, rows],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // Keep the selection on the grid when rows come and go (collapse, delete, a reload after another window's edit).
  const active = clamp(rows, parties.length, selection.focus);
  const range = rangeOf({ anchor: clamp(rows, parties.length, selection.anchor), focus: active });

  const select = (next: Selection, focus = true) => {
    wantFocus.current = focus ? next.focus : null;
    setSelection(next);
    virtualizer.scrollToIndex(next.focus.row, { align: 'auto' });
  };

  /** A click (or a drag passing over) at `position`: a new selection, or with Shift the range from the anchor. */
  const pointAt = (position: Position, extend: boolean) =>
    select(extend ? { anchor: selection.anchor, focus: position } : single(position));

  // Finding clicks and "follow this row after the edit" (a moved or added activity) both land here.
  useEffect(() => setFollowing(jumpTo ?? null), [jumpTo]);
  useEffect(() => {
    if (!following) return;
    const row = rows.findIndex((r) =>
      following.activityId
        ? r.kind === 'activity' && r.activity.id === following.activityId
        : r.kind === 'phase' && r.phase.id === following.phaseId,
    );
    if (row < 0) {
      const phase = matrix.phases.find((p) => p.activities.some((a) => a.id === following.activityId));
      if (phase && collapsed.has(phase.id)) setCollapsed(new Set([...collapsed].filter((id) => id !== phase.id)));
      return;
    }
    const column = following.activityId ? Math.max(1, matrix.partyIds.indexOf(following.partyId ?? '') + 1) : 0;
    setFollowing(null);
    select(single({ row, column: following.partyId || following.phaseId ? column : Math.max(active.column, 1) }));
  }, [following, rows]);

  useEffect(() => {
    const target = wantFocus.current;
    // An open cell editor or dialog owns the focus; taking it back would close the editor.
    if (!target || editing || prompt) return;
    const frame = requestAnimationFrame(() => {
      const position = clamp(rows, parties.length, target);
      const element = scroller.current?.querySelector<HTMLElement>(`[data-pos="${position.row}:${position.column}"]`);
      if (!element || wantFocus.current !== target) return;
      element.focus();
      wantFocus.current = null;
    });
    return () => cancelAnimationFrame(frame);
  });

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  const flagged = useMemo(() => {
    const mine = findings.filter((f) => f.location.matrixId === matrix.id);
    return {
      rows: new Set(mine.map((f) => f.location.activityId)),
      cells: new Set(mine.filter((f) => f.location.partyId).map((f) => `${f.location.activityId}:${f.location.partyId}`)),
      parties: new Set(mine.filter((f) => !f.location.activityId).map((f) => f.location.partyId)),
    };
  }, [findings, matrix.id]);

  const headerGroups = useHeaderGroups(parties);

  const cellName = (activityTitle: string, party: Party) => t('ui.cellName', { activity: activityTitle, party: party.name });
  const rolesAt = (p: Position): string[] => {
    const row = rows[p.row];
    const party = parties[p.column - 1];
    if (row?.kind !== 'activity' || !party) return [];
    return row.activity.cells.find((c) => c.partyId === party.id)?.roles ?? [];
  };
  const noteAt = (p: Position): string => {
    const row = rows[p.row];
    const party = parties[p.column - 1];
    return (row?.kind === 'activity' && party && row.activity.cells.find((c) => c.partyId === party.id)?.note) || '';
  };
  const viewRange = () => toViewRange(rows, range);

  const keyContext: KeyContext = {
    matrix,
    vocabulary,
    rows,
    partyIds: matrix.partyIds,
    selection: { anchor: clamp(rows, parties.length, selection.anchor), focus: active },
    commands,
    select,
    rolesAt,
    editCell(p) {
      wantFocus.current = null;
      setEditing(p);
    },
    editNote(p) {
      const row = rows[p.row];
      const party = parties[p.column - 1];
      if (row?.kind !== 'activity' || !party) return;
      setPrompt({
        label: t('ui.noteFor', { cell: cellName(row.activity.title, party) }),
        initial: noteAt(p),
        multiline: true,
        allowEmpty: true,
        submit: (note) => commands.setNote(row.activity.id, party.id, rolesAt(p), note),
      });
    },
    rename(p) {
      const row = rows[p.row];
      if (!row) return;
      if (row.kind === 'phase')
        setPrompt({
          label: t('ui.renamePhase', { title: row.phase.title }),
          initial: row.phase.title,
          submit: (title) => commands.renamePhase(row.phase.id, title),
        });
      else
        setPrompt({
          label: t('ui.renameActivity', { title: row.activity.title }),
          initial: row.activity.title,
          submit: (title) => commands.renameActivity(row.activity.id, title),
        });
    },
    addActivityAfter(p) {
      const row = rows[p.row] ?? rows[rows.length - 1];
      if (!row) return;
      const position = row.kind === 'phase' ? 0 : row.position + 1;
      setPrompt({
        label: t('ui.newActivityTitle'),
        submit: (title) =>
          void commands.addActivity(row.phase.id, title, position).then((id) => id && setFollowing({ activityId: id })),
      });
    },
    toggle(phaseId, collapse) {
      const next = new Set(collapsed);
      if (collapse ?? !next.has(phaseId)) next.add(phaseId);
      else next.delete(phaseId);
      setCollapsed(next);
    },
    clearSelection() {
      // Only cells that hold roles: clearing empty cells would add an undo step that changes nothing.
      const edits = [];
      for (let r = range.top; r <= range.bottom; r++)
        for (let column = Math.max(1, range.left); column <= range.right; column++) {
          const row = rows[r];
          if (row?.kind === 'activity' && rolesAt({ row: r, column }).length > 0)
            edits.push({ activityId: row.activity.id, partyId: matrix.partyIds[column - 1]!, roles: [] });
        }
      commands.clear(edits);
    },
    fillDown() {
      const r = viewRange();
      if (r) commands.fill(view, r, 'down');
    },
    fillFromActive() {
      const r = viewRange();
      if (r) commands.fill(view, r);
    },
    deleteRow(p) {
      const row = rows[p.row];
      if (row?.kind === 'activity') commands.deleteActivity(row.activity.id, row.activity.title);
      else if (row?.kind === 'phase') commands.deletePhase(row.phase.id, row.phase.title);
    },
    follow: (target) => setFollowing(target),
    get lastKey() {
      return lastKey.current;
    },
    set lastKey(value) {
      lastKey.current = value;
    },
  };

  const onCopy = (event: ClipboardEvent, cut = false) => {
    const r = viewRange();
    if (!r || editing || prompt) return;
    event.preventDefault();
    const copied = commands.copy(view, r);
    event.clipboardData.setData('text/plain', copied.text);
    event.clipboardData.setData('text/html', copied.html);
    if (cut) keyContext.clearSelection();
  };
  const onPaste = (event: ClipboardEvent) => {
    const r = viewRange();
    if (!r || editing || prompt) return;
    event.preventDefault();
    const data = { text: event.clipboardData.getData('text/plain'), html: event.clipboardData.getData('text/html') };
    void commands.paste(view, r, data).then((covered) => {
      const next = covered && fromViewRange(rows, covered);
      if (next) select(next);
    });
  };

  const dropOnRow = (event: DragEvent, target: VisualRow) => {
    const phase = event.dataTransfer.getData(PHASE_DRAG_TYPE);
    if (phase) {
      // A phase dropped on a band takes that phase's place.
      event.preventDefault();
      if (target.kind === 'phase' && target.phase.id !== phase)
        void commands.movePhase(phase, target.index).then(() => setFollowing({ phaseId: phase }));
      return;
    }
    const id = event.dataTransfer.getData(ACTIVITY_DRAG_TYPE);
    if (!id) return;
    event.preventDefault();
    const source = rows.find((r) => r.kind === 'activity' && r.activity.id === id);
    if (!source || source.kind !== 'activity') return;
    let position = 0;
    if (target.kind === 'activity') {
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      position = target.position + (event.clientY > box.top + box.height / 2 ? 1 : 0);
      if (source.phase.id === target.phase.id && source.position < position) position--;
    }
    const phaseId = target.phase.id === source.phase.id ? undefined : target.phase.id;
    void commands.moveActivity(id, position, phaseId).then(() => setFollowing({ activityId: id }));
  };

  const columnTemplate = `var(--head-width) repeat(${parties.length}, var(--cell-width)) var(--add-width)`;
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="grid-pane">
      <div className="grid-toolbar" role="toolbar" aria-label={matrix.title}>
        <button type="button" onClick={() => keyContext.addActivityAfter(active)}>
          {t('ui.addActivity')}
        </button>
        <button
          type="button"
          onClick={() =>
            setPrompt({
              label: t('ui.newPhaseTitle'),
              submit: (title) => void commands.addPhase(title).then((id) => id && setFollowing({ phaseId: id })),
            })
          }
        >
          {t('ui.addPhase')}
        </button>
        <button
          type="button"
          onClick={() => setPrompt({ label: t('ui.newPartyName'), submit: (name) => commands.addParty(name) })}
        >
          {t('ui.addParty')}
        </button>
        <button type="button" onClick={() => keyContext.deleteRow(active)}>
          {t('ui.deleteRow')}
        </button>
        <span className="selection-size" aria-live="polite">
          {range.bottom > range.top || range.right > range.left
            ? t('ui.selection', { rows: range.bottom - range.top + 1, columns: range.right - range.left + 1 })
            : ''}
        </span>
      </div>
      <div
        role="grid"
        ref={scroller}
        aria-label={matrix.title}
        aria-rowcount={rows.length + headerGroups.length}
        aria-colcount={parties.length + 1}
        aria-multiselectable
        className="grid"
        style={{ ['--columns' as string]: columnTemplate }}
        onKeyDown={(event) => {
          if (editing || prompt || (event.target as HTMLElement).closest('.header-menu, .header-menu-button')) return;
          handleGridKey(event, keyContext);
        }}
        onCopy={(e) => onCopy(e)}
        onCut={(e) => onCopy(e, true)}
        onPaste={onPaste}
      >
        <GridHeader
          parties={parties}
          flaggedParties={flagged.parties}
          headerGroups={headerGroups}
          commands={commands}
          ask={setPrompt}
        />
        <div role="rowgroup" className="grid-body">
          <div role="presentation" style={{ height: before }} />
          {items.map((item) => {
            const row = rows[item.index]!;
            const r = item.index;
            const rowIndex = r + headerGroups.length + 1;
            const dropProps = {
              onDragOver: (e: DragEvent) =>
                (e.dataTransfer.types.includes(ACTIVITY_DRAG_TYPE) || e.dataTransfer.types.includes(PHASE_DRAG_TYPE)) &&
                e.preventDefault(),
              onDrop: (e: DragEvent) => dropOnRow(e, row),
            };
            const headerSelected = inRange(range, r, 0);
            if (row.kind === 'phase')
              return (
                <PhaseBand
                  key={`p:${row.phase.id}`}
                  phase={row.phase}
                  collapsed={row.collapsed}
                  rowIndex={rowIndex}
                  position={`${r}:0`}
                  active={active.row === r}
                  selected={headerSelected}
                  select={() => select(single({ row: r, column: 0 }))}
                  toggle={() => keyContext.toggle(row.phase.id)}
                  {...dropProps}
                />
              );
            const { activity } = row;
            return (
              <div
                role="row"
                key={activity.id}
                aria-rowindex={rowIndex}
                className={`grid-row${flagged.rows.has(activity.id) ? ' flagged' : ''}`}
                data-activity={activity.id}
                {...dropProps}
              >
                <div
                  role="rowheader"
                  className={`activity${active.row === r && active.column === 0 ? ' active' : ''}`}
                  aria-selected={headerSelected}
                  tabIndex={active.row === r && active.column === 0 ? 0 : -1}
                  data-pos={`${r}:0`}
                  title={activity.title}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(ACTIVITY_DRAG_TYPE, activity.id);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onMouseDown={(e) => pointAt({ row: r, column: 0 }, e.shiftKey)}
                  onDoubleClick={() => keyContext.rename({ row: r, column: 0 })}
                >
                  <span className="drag-handle" aria-hidden="true">
                    ⠿
                  </span>
                  {activity.title}
                </div>
                {parties.map((party, c) => {
                  const column = c + 1;
                  const name = cellName(activity.title, party);
                  return (
                    <RoleCell
                      key={party.id}
                      name={name}
                      cell={activity.cells.find((x) => x.partyId === party.id)}
                      vocabulary={vocabulary}
                      position={`${r}:${column}`}
                      active={active.row === r && active.column === column}
                      selected={inRange(range, r, column)}
                      flagged={flagged.cells.has(`${activity.id}:${party.id}`)}
                      editing={editing?.row === r && editing.column === column}
                      onMouseDown={(e) => {
                        if (e.button !== 0) return;
                        dragging.current = true;
                        pointAt({ row: r, column }, e.shiftKey);
                      }}
                      onMouseEnter={() => dragging.current && pointAt({ row: r, column }, true)}
                      onDoubleClick={() => keyContext.editCell({ row: r, column })}
                      onCommit={(next) => {
                        setEditing(null);
                        commands.setRoles(activity.id, party.id, next);
                        select(single(clamp(rows, parties.length, { row: r + 1, column })));
                      }}
                      onCancel={() => {
                        setEditing(null);
                        select(single({ row: r, column }));
                      }}
                      onInvalid={(text) => notify(t('ui.unknownRoles', { text, vocabulary: vocabulary.name }))}
                    />
                  );
                })}
                <div role="presentation" className="add-column" />
              </div>
            );
          })}
          <div role="presentation" style={{ height: after }} />
        </div>
      </div>
      {prompt && (
        <Prompt
          request={prompt}
          onClose={() => {
            setPrompt(null);
            select(selection);
          }}
        />
      )}
    </div>
  );
}
