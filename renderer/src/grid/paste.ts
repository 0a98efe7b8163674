/**
 * Pasting into the grid. A block of roles pastes by position (planPaste), as Excel would. A block whose first column
 * holds titles (a table from Excel) pastes as rows by title (planRowsPaste): rows of existing activities update them,
 * and rows with new titles are offered in one question — add them all, or only update the existing ones — and added
 * with the rest of the paste as one undo step (activities.add). React-free, like commands.ts, which calls it.
 */
import type { TFunction } from 'i18next';
import { planPaste } from '../../../shared/clipboard/plan';
import { planRowsPaste, type RowsPastePlan } from '../../../shared/clipboard/rows';
import type { CellEdit, CellRange, MatrixView } from '../../../shared/clipboard/view';
import type { Party } from '../../../shared/domain/document';
import type { DocumentStore } from '../store/document-store';
import type { RunEdit } from '../Workbook';
import type { Position, VisualRow } from './model';
import type { ChoiceRequest } from './Prompt';

/** Where a paste lands, beyond the cells it covers. */
export interface PasteTarget {
  /** The active cell is on the title column (an activity's title or a phase band), or the matrix has no rows. */
  readonly onTitles: boolean;
  /** The phase new activities go into, at `position`; null: a new phase, the matrix has none. */
  readonly phaseId: string | null;
  readonly position?: number;
}

export interface PasteRequest {
  readonly view: MatrixView;
  /** The selection in clipboard coordinates; null when it covers no cell (a phase band, a matrix without rows). */
  readonly range: CellRange | null;
  readonly data: { text?: string; html?: string };
  readonly target: PasteTarget;
  /** The matrix's parties, whose names a header row may give. */
  readonly parties: readonly Party[];
  /** Shows a question (whether to add the new activities); the request's `choose` gets the answer. */
  ask(request: ChoiceRequest): void;
}

/** What a paste did, for the grid to show: the cells it covered, or the first activity it added. */
export type Pasted = { readonly range: CellRange } | { readonly activityId: string } | null;

export interface PasteContext {
  readonly store: DocumentStore;
  readonly matrixId: string;
  readonly run: RunEdit;
  readonly t: TFunction;
  notify(text: string): void;
  /** Sets cells as one undo step (cells.set) and shows `message` once saved. */
  setCells(edits: readonly CellEdit[], message: string): Promise<unknown>;
}

/**
 * Where the active cell puts a paste: on the title column it reads rows by title; new activities go after the active
 * row in its phase (first in the phase on its band), as "Add activity" does, or into a new phase in an empty matrix.
 */
export function pasteTarget(rows: readonly VisualRow[], active: Position): PasteTarget {
  const row = rows[active.row];
  if (!row) return { onTitles: true, phaseId: null };
  return { onTitles: active.column === 0, phaseId: row.phase.id, position: row.kind === 'phase' ? 0 : row.position + 1 };
}

const examples = (texts: readonly string[]) => {
  const distinct = [...new Set(texts)];
  return (
    distinct
      .slice(0, 3)
      .map((text) => `"${text}"`)
      .join(', ') + (distinct.length > 3 ? ', …' : '')
  );
};

export async function paste(ctx: PasteContext, request: PasteRequest): Promise<Pasted> {
  const { t, notify } = ctx;
  let grid: string[][];
  try {
    // Loaded when something is pasted: the HTML and CSV parsers are not needed before.
    const { parseClipboard } = await import('../../../shared/clipboard/parse');
    grid = parseClipboard(request.data);
  } catch (error) {
    // Too large to paste: say so rather than fail silently.
    notify((error as Error).message);
    return null;
  }
  const rows = planRowsPaste(request.view, grid, { onTitles: request.target.onTitles, parties: request.parties });
  if (rows) return pasteRows(ctx, request, rows);
  const { range } = request;
  if (!range) return null;
  const single = range.top === range.bottom && range.left === range.right;
  const plan = planPaste(request.view, single ? { row: range.top, column: range.left } : range, grid);
  const notes = [t('ui.pasted', { count: plan.edits.length })];
  if (plan.problems.length > 0)
    notes.push(t('ui.pasteProblems', { count: plan.problems.length, examples: examples(plan.problems.map((p) => p.text)) }));
  if (plan.clipped > 0) notes.push(t('ui.pasteClipped', { count: plan.clipped }));
  await setCells(ctx, plan.edits, notes);
  return plan.range && { range: plan.range };
}

function setCells(ctx: PasteContext, edits: readonly CellEdit[], notes: readonly string[]): Promise<unknown> {
  if (edits.length > 0) return ctx.setCells(edits, notes.join(' · '));
  ctx.notify(notes.join(' · '));
  return Promise.resolve();
}

/** Rows by title: existing activities' cells at once; new titles after one question, with those cells, in one step. */
async function pasteRows(ctx: PasteContext, request: PasteRequest, plan: RowsPastePlan): Promise<Pasted> {
  const { t, store, matrixId } = ctx;
  const notes: string[] = [];
  if (plan.problems.length > 0)
    notes.push(t('ui.pasteProblems', { count: plan.problems.length, examples: examples(plan.problems.map((p) => p.text)) }));
  if (plan.untitled > 0) notes.push(t('ui.pasteRows.untitled', { count: plan.untitled }));
  if (plan.ignoredColumns.length > 0) notes.push(t('ui.pasteRows.ignoredColumns', { names: examples(plan.ignoredColumns) }));
  if (plan.clipped > 0) notes.push(t('ui.pasteClipped', { count: plan.clipped }));
  const pasted = t('ui.pasted', { count: plan.edits.length });
  const count = plan.newActivities.length;
  if (count === 0) {
    await setCells(ctx, plan.edits, [pasted, ...notes]);
    return null;
  }

  const updates = plan.edits.length;
  const choice = await new Promise<string | null>((choose) =>
    request.ask({
      question: t('ui.pasteRows.question', { count }),
      details: [
        t('ui.pasteRows.titles', { titles: examples(plan.newActivities.map((a) => a.title)) }),
        ...(updates > 0 ? [t('ui.pasteRows.updates', { count: updates })] : []),
      ],
      choices: [
        { value: 'add', label: t('ui.pasteRows.add', { count }) },
        ...(updates > 0 ? [{ value: 'update', label: t('ui.pasteRows.onlyExisting') }] : []),
      ],
      choose,
    }),
  );
  if (choice === null) {
    ctx.notify(t('ui.pasteRows.cancelled'));
    return null;
  }
  if (choice === 'update') {
    await setCells(ctx, plan.edits, [pasted, t('ui.pasteRows.skipped', { count }), ...notes]);
    return null;
  }

  const { phaseId, position } = request.target;
  const added = await ctx.run(
    () =>
      store.edit('activities.add', {
        docId: store.docId,
        matrixId,
        ...(phaseId ? { phaseId, ...(position !== undefined && { position }) } : { newPhase: t('ui.pasteRows.phase') }),
        rows: plan.newActivities.map((a) => ({ title: a.title, cells: a.cells.map((c) => ({ ...c })) })),
        ...(updates > 0 && { cells: plan.edits.map((e) => ({ ...e })) }),
      }),
    () => [t('ui.pasteRows.added', { count }), ...(updates > 0 ? [pasted] : []), ...notes].join(' · '),
  );
  return added ? { activityId: added.ids[0]! } : null;
}
