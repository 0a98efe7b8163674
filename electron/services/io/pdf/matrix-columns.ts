/**
 * How a matrix's columns share a landscape page: each party column is as wide as its header needs (the longest word
 * of a party name, within bounds), the activity column takes 190 pt and a notes column 170 pt where there is room, and
 * what is left goes to the parties. With many parties the notes move under the activity instead of a column of their
 * own, and at the very end the party columns narrow (a name then wraps inside a word; nothing is cut).
 */
import type { Matrix } from '../../../../shared/domain/document';
import type { ExportContext } from '../../export/context';
import { CONTENT_WIDTH } from './page';

/** Header and body sizes of the grid, in points. */
export const GRID_FONT = { body: 8, small: 7, header: 7 } as const;

const TARGET = { activity: 190, notes: 170 } as const;
const MINIMUM = { activity: 120, compactActivity: 140, notes: 110, party: 30, narrowParty: 20 } as const;
const MAXIMUM_PARTY = 60;
/** Left and right padding of a cell plus its rule (page.ts GRID). */
const CELL_EXTRA = 6.5;
/** Bold Roboto is at most about 0.6 em wide per character for the words of a name. */
const WIDE_EM = 0.6;

export interface MatrixColumns {
  readonly activity: number;
  readonly party: number;
  /** null: no notes, or notes printed under the activity. */
  readonly notes: number | null;
  /** Whether the matrix has notes and they go under the activity. */
  readonly notesInline: boolean;
}

export function matrixColumns(ctx: ExportContext, matrix: Matrix): MatrixColumns {
  const hasNotes = matrix.phases.some((p) => p.activities.some((a) => a.cells.some((c) => c.note)));
  const n = Math.max(1, matrix.partyIds.length);
  const usable = (columns: number) => CONTENT_WIDTH.landscape - columns * CELL_EXTRA - 0.5;
  const longestWord = Math.max(
    3,
    ...matrix.partyIds.flatMap((id) => (ctx.party(id)?.name ?? id).split(/\s+/).map((word) => word.length)),
  );
  const party = Math.min(MAXIMUM_PARTY, Math.max(MINIMUM.party, longestWord * GRID_FONT.header * WIDE_EM + 2));

  if (hasNotes) {
    const left = usable(n + 2) - n * party;
    if (left >= TARGET.activity + TARGET.notes) {
      return {
        activity: TARGET.activity,
        notes: TARGET.notes,
        party: party + (left - TARGET.activity - TARGET.notes) / n,
        notesInline: false,
      };
    }
    if (left >= MINIMUM.compactActivity + MINIMUM.notes) {
      const notes = Math.max(MINIMUM.notes, left * 0.45);
      return { activity: left - notes, notes, party, notesInline: false };
    }
  }
  const left = usable(n + 1) - n * party;
  if (left >= TARGET.activity)
    return { activity: TARGET.activity, notes: null, party: party + (left - TARGET.activity) / n, notesInline: hasNotes };
  if (left >= MINIMUM.activity) return { activity: left, notes: null, party, notesInline: hasNotes };
  return {
    activity: MINIMUM.activity,
    notes: null,
    party: Math.max(MINIMUM.narrowParty, (usable(n + 1) - MINIMUM.activity) / n),
    notesInline: hasNotes,
  };
}
