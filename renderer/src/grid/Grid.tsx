/**
 * The RACI grid: parties as columns (with group headings), phases as collapsible band rows, activities as rows.
 * Rows are virtualised (@tanstack/react-virtual), so a 20,000-activity matrix scrolls like a 50-row one; columns come
 * from TanStack Table's column model, which also builds the group-heading row. ARIA grid roles name every cell
 * "<activity> — <party>" and read its roles as text; keys are in keyboard.ts, document edits in commands.ts. Rows and
 * cells are memoised and get one stable set of event handlers (row-events.ts), so an edit re-renders the row it
 * changed and scrolling renders only the rows that come into view.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/api/contract';
import type { MatrixView } from '../../../shared/clipboard/view';
import type { Matrix, Party } from '../../../shared/domain/document';
import { isLanguage } from '../../../shared/domain/languages';
import { roleLetters } from '../../../shared/domain/role-letters';
import type { Vocabulary } from '../../../shared/domain/vocabulary';
import type { DocumentStore } from '../store/document-store';
import type { RunEdit } from '../Workbook';
import { ActivityRow } from './ActivityRow';
import { gridCommands } from './commands';
import { handleGridKey, type KeyContext } from './keyboard';
import {
  activityDrop,
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
import { GridHeader, headerRowCount } from './GridHeader';
import { PHASE_DRAG_TYPE, PhaseBand } from './PhaseBand';
import { useCellTexts } from './cell-texts';
import { useStableEvents } from './row-events';
import { EmptyMatrix } from './EmptyMatrix';
import { pasteTarget } from './paste';
import { Prompt, type DialogRequest } from './Prompt';
import { useGridLayout } from './use-grid-layout';
import { useFind } from './use-find';
import { GridToolbar } from './GridToolbar';
import { flaggedIn } from './flagged';
import { ROW_HEIGHT } from './view-settings';

export interface JumpTarget {
  readonly activityId?: string | undefined;
  readonly partyId?: string | undefined;
  readonly phaseId?: string | undefined;
  /** Select without moving the keyboard focus (find steps here while the focus stays in the find bar). */
  readonly keepFocus?: boolean;
}

export interface GridProps {
  readonly store: DocumentStore;
  /** The workbook's parties; the matrix shows those in its partyIds, in that order. */
  readonly parties: readonly Party[];
  readonly vocabulary: Vocabulary;
  readonly matrix: Matrix;
  /** Null while the rules have not run yet. */
  readonly findings: readonly Finding[] | null;
  readonly run: RunEdit;
  notify(text: string): void;
  /** Where a clicked finding points; a new object each click, so the same finding can be jumped to twice. */
  readonly jumpTo?: JumpTarget | null;
  /** The workbook's lasting id, under which its column widths and wrapping are remembered. */
  readonly workbookId: string;
}

const ACTIVITY_DRAG_TYPE = 'application/x-engagebook-activity';

export const Grid = memo(function Grid({
  store,
  parties: allParties,
  vocabulary,
  matrix,
  findings,
  run,
  notify,
  jumpTo,
  workbookId,
}: GridProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const letters = useMemo(() => roleLetters(vocabulary, language), [vocabulary, language]);
  const parties = useMemo(() => {
    const byId = new Map(allParties.map((p) => [p.id, p]));
    return matrix.partyIds.map((id) => byId.get(id)!);
  }, [allParties, matrix.partyIds]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visualRows(matrix, collapsed), [matrix, collapsed]);
  const [selection, setSelection] = useState<Selection>(single({ row: 1, column: 1 }));
  const [prompt, setPrompt] = useState<DialogRequest | null>(null);
  const [editing, setEditing] = useState<Position | null>(null);
  const [following, setFollowing] = useState<JumpTarget | null>(null);
  const dragging = useRef(false);
  /** Where keyboard focus should go once React has rendered it (virtualised rows may not exist yet). */
  const wantFocus = useRef<Position | null>(null);
  const lastKey = useRef<KeyContext['lastKey']>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const commands = useMemo(() => gridCommands(store, matrix.id, run, t, notify), [store, matrix.id, run, t, notify]);
  // What copy, paste and fill work on: built when one of them runs, not on every edit.
  const viewOf = (): MatrixView => ({ matrix, vocabulary, activityIds: activityOrder(rows), partyIds: matrix.partyIds });
  const texts = useCellTexts();

  const layout = useGridLayout(workbookId, parties, scroller);
  const { rowHeight } = layout;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    // Fixed heights (see view-settings.ts): phase bands stay one line, activity rows are taller when titles wrap.
    estimateSize: (index) => (rows[index]?.kind === 'activity' ? rowHeight : ROW_HEIGHT),
    overscan: 12,
  });
  useEffect(() => virtualizer.measure(), [rowHeight]);

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
    select(
      single({ row, column: following.partyId || following.phaseId ? column : Math.max(active.column, 1) }),
      !following.keepFocus,
    );
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

  const flagged = useMemo(() => flaggedIn(findings, matrix.id), [findings, matrix.id]);

  const headerRows = headerRowCount(parties);
  const find = useFind({
    matrix,
    parties,
    flagged: flagged.rows,
    goTo: (activityId) => setFollowing({ activityId, keepFocus: true }),
    closed: () => select(selection),
  });

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
    letters,
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
        label: t('ui.noteFor', { cell: texts.cellName(row.activity.title, party.name) }),
        initial: noteAt(p),
        multiline: true,
        allowEmpty: true,
        submit: (note) => commands.setNote(row.activity.id, party.id, note),
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
      if (r) commands.fill(viewOf(), r, 'down');
    },
    fillFromActive() {
      const r = viewRange();
      if (r) commands.fill(viewOf(), r);
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
    const copied = commands.copy(viewOf(), r);
    event.clipboardData.setData('text/plain', copied.text);
    event.clipboardData.setData('text/html', copied.html);
    if (cut) keyContext.clearSelection();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (editing || prompt) return;
    event.preventDefault();
    const data = { text: event.clipboardData.getData('text/plain'), html: event.clipboardData.getData('text/html') };
    const target = pasteTarget(rows, active);
    void commands.paste({ view: viewOf(), range: viewRange(), data, target, parties, ask: setPrompt }).then((done) => {
      if (done && 'activityId' in done) setFollowing({ activityId: done.activityId });
      const next = done && 'range' in done && fromViewRange(rows, done.range);
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
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const place = activityDrop(rows, id, target, event.clientY > box.top + box.height / 2);
    if (place) void commands.moveActivity(id, place.position, place.phaseId).then(() => setFollowing({ activityId: id }));
  };

  // The handlers every row and cell share: one object for the grid's life, reading the latest state through a ref.
  const events = useStableEvents({
    cellMouseDown(e, row, column) {
      if (e.button !== 0) return;
      dragging.current = true;
      pointAt({ row, column }, e.shiftKey);
    },
    cellMouseEnter: (row, column) => dragging.current && pointAt({ row, column }, true),
    cellDoubleClick: (row, column) => keyContext.editCell({ row, column }),
    commit(row, column, activityId, partyId, roles) {
      setEditing(null);
      commands.setRoles(activityId, partyId, roles);
      select(single(clamp(rows, parties.length, { row: row + 1, column })));
    },
    cancel(row, column) {
      setEditing(null);
      select(single({ row, column }));
    },
    invalid: (text) => notify(t('ui.unknownRoles', { text, vocabulary: vocabulary.name })),
    headerMouseDown: (e, row) => pointAt({ row, column: 0 }, e.shiftKey),
    headerDoubleClick: (row) => keyContext.rename({ row, column: 0 }),
    dragActivity(e, activityId) {
      e.dataTransfer.setData(ACTIVITY_DRAG_TYPE, activityId);
      e.dataTransfer.effectAllowed = 'move';
    },
    dragOver: (e) =>
      (e.dataTransfer.types.includes(ACTIVITY_DRAG_TYPE) || e.dataTransfer.types.includes(PHASE_DRAG_TYPE)) && e.preventDefault(),
    drop: (e, row) => rows[row] && dropOnRow(e, rows[row]),
    bandMouseDown: (row) => select(single({ row, column: 0 })),
    toggle: (phaseId) => keyContext.toggle(phaseId),
  });

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="grid-pane">
      <GridToolbar
        label={matrix.title}
        layout={layout}
        selected={
          range.bottom > range.top || range.right > range.left
            ? { rows: range.bottom - range.top + 1, columns: range.right - range.left + 1 }
            : null
        }
        addActivity={() => keyContext.addActivityAfter(active)}
        addPhase={() =>
          setPrompt({
            label: t('ui.newPhaseTitle'),
            submit: (title) => void commands.addPhase(title).then((id) => id && setFollowing({ phaseId: id })),
          })
        }
        addParty={() => setPrompt({ label: t('ui.newPartyName'), submit: (name) => commands.addParty(name) })}
        deleteRow={() => keyContext.deleteRow(active)}
      />
      {find.bar}
      <div
        role="grid"
        ref={scroller}
        aria-label={matrix.title}
        aria-rowcount={Math.max(rows.length, 1) + headerRows}
        aria-colcount={parties.length + 1}
        aria-multiselectable
        className={layout.settings.wrapTitles ? 'grid wrap-titles' : 'grid'}
        style={{ ['--columns' as string]: layout.template, ['--row-height' as string]: `${rowHeight}px` }}
        onKeyDown={(event) => {
          if (editing || prompt || (event.target as HTMLElement).closest('.header-menu, .header-menu-button')) return;
          handleGridKey(event, keyContext);
        }}
        onCopy={(e) => onCopy(e)}
        onCut={(e) => onCopy(e, true)}
        onPaste={onPaste}
      >
        <GridHeader parties={parties} flaggedParties={flagged.parties} commands={commands} layout={layout} ask={setPrompt} />
        <div role="rowgroup" className="grid-body">
          <div role="presentation" style={{ height: before }} />
          {rows.length === 0 && <EmptyMatrix rowIndex={headerRows + 1} columns={parties.length + 1} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            const r = item.index;
            const rowIndex = r + headerRows + 1;
            const covered = r >= range.top && r <= range.bottom;
            if (row.kind === 'phase')
              return (
                <PhaseBand
                  key={`p:${row.phase.id}`}
                  phase={row.phase}
                  collapsed={row.collapsed}
                  row={r}
                  rowIndex={rowIndex}
                  active={active.row === r}
                  selected={inRange(range, r, 0)}
                  events={events}
                />
              );
            const { activity } = row;
            return (
              <ActivityRow
                key={activity.id}
                activity={activity}
                row={r}
                rowIndex={rowIndex}
                parties={parties}
                vocabulary={vocabulary}
                letters={letters}
                texts={texts}
                activeColumn={active.row === r ? active.column : -1}
                selectedFrom={covered ? range.left : -1}
                selectedTo={covered ? range.right : -2}
                editingColumn={editing?.row === r ? editing.column : -1}
                flagged={flagged.rows.has(activity.id)}
                found={find.found.has(activity.id)}
                flaggedParties={flagged.cells.get(activity.id)}
                events={events}
              />
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
});
