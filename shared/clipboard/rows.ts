/**
 * Pasting rows by title: a block whose first column holds activity titles (a table from Excel, a list from a web page)
 * is matched to the matrix by title, not by position. A row whose title the matrix has updates that activity's cells;
 * the others are offered as new activities, in paste order, so the UI can add them all as one undo step instead of
 * asking once per row. Titles compare as a person reads them (Unicode composition, case and spacing aside) and are
 * kept as pasted, trimmed of surrounding whitespace only.
 *
 *   const plan = planRowsPaste(view, grid, { onTitles, parties });  // null: not rows by title; paste by position
 */
import type { Activity } from '../domain/document';
import { looseText } from '../domain/references';
import type { Vocabulary } from '../domain/vocabulary';
import { unescapeFormula } from './formula';
import { readCell, sameRoles, type PasteProblemReason } from './roles';
import type { CellEdit, MatrixView } from './view';

export interface RowsPasteOptions {
  /**
   * The paste landed on the title column (an activity's title or a phase band): the first column is read as titles
   * unless all of it reads as roles. Elsewhere it is when most of it is not role text and the other columns mostly are.
   */
  readonly onTitles: boolean;
  /** The names of the matrix's party columns, to recognise a header row naming them. */
  readonly parties: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

export interface NewActivity {
  /** As pasted, trimmed of surrounding whitespace only. */
  readonly title: string;
  /** The roles the row gives the parties, for the cells that get any, in the matrix's column order. */
  readonly cells: Array<{ readonly partyId: string; readonly roles: string[] }>;
}

/** A pasted cell left out because it is not roles of the vocabulary. */
export interface RowPasteProblem {
  readonly title: string;
  /** The activity it would have changed; null in a new activity's row. */
  readonly activityId: string | null;
  readonly partyId: string;
  /** The pasted text, as it was on the clipboard. */
  readonly text: string;
  readonly reason: PasteProblemReason;
  readonly unknown: readonly string[];
}

export interface RowsPastePlan {
  /** Cells of existing activities (matched by title) whose roles change; an empty pasted cell clears its cell. */
  readonly edits: CellEdit[];
  /** Rows whose title is no activity of the matrix, in paste order; a title pasted twice is one activity. */
  readonly newActivities: NewActivity[];
  readonly problems: RowPasteProblem[];
  /** Whether the first row named the parties and was skipped (its columns then say which party each column is). */
  readonly header: boolean;
  /** Header texts of columns that name no party of the matrix: their cells were left out. */
  readonly ignoredColumns: string[];
  /** Pasted cells beyond the last party column (no header row), left out. */
  readonly clipped: number;
  /** Rows with roles but no title, left out. */
  readonly untitled: number;
}

/** A cell's text as typed: our copy's formula apostrophe taken off, surrounding whitespace trimmed. */
const plain = (text: string | undefined): string => unescapeFormula((text ?? '').trim()).trim();

const isRoles = (text: string, vocabulary: Vocabulary): boolean => readCell(text, vocabulary).reason === null;

// Short upper-case tokens ("R", "A/R", "RS") read as role codes of another vocabulary, not as titles.
const CODE_LIKE = /^[A-Z]{1,3}(?:[\s/,;+&|]+[A-Z]{1,3})*$/;

/**
 * The party each column of a header row names (null for a column naming none), or null when the row is not a header:
 * it names no party, or a column naming none holds roles (a data row whose title happens to be a party's name).
 */
function headerColumns(
  row: readonly string[],
  partyByName: Map<string, string>,
  vocabulary: Vocabulary,
): (string | null)[] | null {
  const used = new Set<string>();
  const columns = row.map((text) => {
    const id = partyByName.get(looseText(plain(text)));
    if (!id || used.has(id)) return null;
    used.add(id);
    return id;
  });
  if (used.size === 0) return null;
  const rolesElsewhere = row.some(
    (text, j) => j > 0 && columns[j] === null && plain(text) !== '' && isRoles(plain(text), vocabulary),
  );
  return rolesElsewhere ? null : columns;
}

/** Whether the block's first column holds titles (see RowsPasteOptions.onTitles). */
function firstColumnIsTitles(
  body: readonly (readonly string[])[],
  vocabulary: Vocabulary,
  titles: ReadonlyMap<string, Activity>,
  onTitles: boolean,
): boolean {
  let firsts = 0;
  let titled = 0;
  let roleCells = 0;
  let otherCells = 0;
  for (const row of body) {
    const first = plain(row[0]);
    if (first) {
      firsts++;
      if (titles.has(looseText(first)) || (!isRoles(first, vocabulary) && (onTitles || !CODE_LIKE.test(first)))) titled++;
    }
    for (let j = 1; j < row.length; j++) {
      const text = plain(row[j]);
      if (!text) continue;
      if (isRoles(text, vocabulary)) roleCells++;
      else otherCells++;
    }
  }
  if (titled === 0) return false;
  return onTitles || (titled * 2 > firsts && roleCells > otherCells);
}

/** The matrix's activities by title as a person compares them; the first of a title wins. */
function activitiesByTitle(view: MatrixView): Map<string, Activity> {
  const titles = new Map<string, Activity>();
  for (const phase of view.matrix.phases)
    for (const activity of phase.activities) {
      const key = looseText(activity.title);
      if (!titles.has(key)) titles.set(key, activity);
    }
  return titles;
}

/**
 * The plan for pasting `grid` (from parseClipboard) as rows by title, or null when its first column does not hold
 * titles (then it pastes by position: planPaste). A first row naming the parties is a header: it is skipped and its
 * columns say which party each column is (columns naming none are left out). Without one, the block lines up with the
 * title column: its second column is the first party shown, and so on. Cells are read as planPaste reads them.
 */
export function planRowsPaste(
  view: MatrixView,
  grid: readonly (readonly string[])[],
  options: RowsPasteOptions,
): RowsPastePlan | null {
  const { vocabulary } = view;
  const width = grid.reduce((max, r) => Math.max(max, r.length), 0);
  if (grid.length === 0 || width === 0) return null;
  const partyByName = new Map<string, string>();
  for (const party of options.parties)
    if (view.partyIds.includes(party.id) && !partyByName.has(looseText(party.name)))
      partyByName.set(looseText(party.name), party.id);
  const header = headerColumns(grid[0]!, partyByName, vocabulary);
  // A header naming a party over the first column: the block has no title column.
  if (header && header[0] !== null) return null;
  const body = header ? grid.slice(1) : grid;
  const titles = activitiesByTitle(view);
  if (!header && !firstColumnIsTitles(body, vocabulary, titles, options.onTitles)) return null;
  const columns = header ?? Array.from({ length: width }, (_, j) => (j === 0 ? null : (view.partyIds[j - 1] ?? null)));

  const edits = new Map<string, CellEdit>();
  const fresh = new Map<string, { title: string; roles: Map<string, string[]> }>();
  const problems: RowPasteProblem[] = [];
  let clipped = 0;
  let untitled = 0;
  for (const row of body) {
    const title = plain(row[0]);
    if (!title) {
      if (row.some((text, j) => j > 0 && plain(text))) untitled++;
      continue;
    }
    const key = looseText(title);
    const existing = titles.get(key);
    const created = existing ? null : (fresh.get(key) ?? { title, roles: new Map<string, string[]>() });
    if (created) fresh.set(key, created);
    for (let j = 1; j < width; j++) {
      const partyId = columns[j];
      const text = row[j] ?? '';
      if (!partyId) {
        if (!header && plain(text)) clipped++;
        continue;
      }
      const read = readCell(text, vocabulary);
      if (read.reason) {
        const { reason, unknown } = read;
        problems.push({ title, activityId: existing?.id ?? null, partyId, text, reason, unknown });
        continue;
      }
      if (created) {
        created.roles.set(partyId, read.roles);
        continue;
      }
      // A title pasted twice: its later row wins, as when the same cell is pasted twice.
      const cell = `${existing!.id}\u0000${partyId}`;
      const current = existing!.cells.find((c) => c.partyId === partyId)?.roles ?? [];
      if (sameRoles(current, read.roles)) edits.delete(cell);
      else edits.set(cell, { activityId: existing!.id, partyId, roles: read.roles });
    }
  }
  const newActivities = [...fresh.values()].map(({ title, roles }) => ({
    title,
    cells: view.partyIds.flatMap((partyId) => {
      const set = roles.get(partyId);
      return set && set.length > 0 ? [{ partyId, roles: set }] : [];
    }),
  }));
  const ignoredColumns = header
    ? grid[0]!.flatMap((text, j) => (j > 0 && header[j] === null && plain(text) ? [plain(text)] : []))
    : [];
  return { edits: [...edits.values()], newActivities, problems, header: header !== null, ignoredColumns, clipped, untitled };
}
