/**
 * Edits a person makes to a workbook. Each function is one undo step: it validates its arguments against the current
 * document, then writes through the history writer. Plain functions taking the database first. Structure edits
 * (phases, activities, parties) live in structure.ts.
 */
import type { Database } from 'better-sqlite3';
import { EngagebookError } from '../../../shared/domain/errors';
import { stepLabel } from '../../../shared/i18n/step-labels';
import type { Role, Vocabulary } from '../../../shared/domain/vocabulary';
import {
  activityResolver,
  matrixPartyResolver,
  readCell,
  readVocabulary,
  resolveActivity,
  resolveMatrix,
  resolveMatrixParty,
} from './lookups';
import { edit, step, type EditResult, type Writer } from './history';

export interface CellRef {
  readonly matrix: string;
  readonly activity: string;
  readonly party: string;
}

export interface SetCellInput extends CellRef {
  /** undefined keeps the roles (a note-only edit). */
  readonly roles?: readonly string[];
  /** undefined keeps the note; null or '' removes it. */
  readonly note?: string | null;
}

/**
 * Sets the roles and/or the note of one cell. Unknown codes and forbidden combinations are refused. What is kept (the
 * note of a roles edit, the roles of a note edit) is read inside the edit's transaction, so a concurrent writer's
 * change to the other half is never overwritten.
 */
export function setCell(db: Database, input: SetCellInput): EditResult<{ roles: string[]; note: string | null }> {
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const activity = resolveActivity(db, matrix, input.activity);
    const party = resolveMatrixParty(db, matrix, input.party);
    const existing = readCell(db, activity.id, party.id);
    const roles =
      input.roles === undefined ? (existing?.roles ?? []) : roleChecker(readVocabulary(db, matrix.vocabularyId))(input.roles);
    const note = input.note === undefined ? (existing?.note ?? null) : input.note || null;
    writeCell(w, activity.id, party.id, roles, note);
    const names = { activity: activity.title, party: party.name };
    const label =
      input.roles === undefined
        ? stepLabel('step.editNote', names)
        : roles.length === 0
          ? stepLabel('step.clearCell', names)
          : stepLabel('step.setCell', { ...names, roles: roles.join('/') });
    return step(label, { roles, note });
  });
}

/** One cell of a batch: an activity and a party (ids or titles), its roles, and its note (left out: kept). */
export interface CellInput {
  readonly activity: string;
  readonly party: string;
  readonly roles: readonly string[];
  readonly note?: string | null;
}

export interface SetCellsInput {
  readonly matrix: string;
  /** What the step is called in the undo menu: a stored label (shared/i18n/step-labels.ts), e.g. "Paste 12 cells". */
  readonly label: string;
  readonly cells: readonly CellInput[];
}

/**
 * Sets many cells as one undo step: a paste, a fill or clearing a range. Every cell is checked before anything is
 * written, so one bad code refuses the whole batch and the document is unchanged.
 */
export function setCells(db: Database, input: SetCellsInput): EditResult<number> {
  return edit(db, (w) => {
    const planned = matrixCells(db, resolveMatrix(db, input.matrix)).check(input.cells);
    writeCells(w, planned);
    return step(input.label, planned.length);
  });
}

/** A cell checked against its matrix, ready to write. */
export interface CheckedCell {
  readonly activityId: string;
  readonly partyId: string;
  readonly roles: string[];
  readonly note: string | null;
}

/**
 * Checking a batch of cells against one matrix, for edits that write many: the vocabulary, the party columns and (at
 * the first title) the activities are each read once into maps, so a batch costs its size plus one pass over the
 * matrix (../../docs/api.md, "What a call may cost"). Run it inside the edit, before writing anything, so a bad cell
 * refuses the whole batch.
 */
export function matrixCells(db: Database, matrix: { id: string; title: string; vocabularyId: string }) {
  const roles = roleChecker(readVocabulary(db, matrix.vocabularyId));
  const party = matrixPartyResolver(db, matrix);
  const activity = activityResolver(db, matrix);
  const partyId = (ref: string): string => party(ref).id;
  return {
    partyId,
    roles,
    /** Cells of existing activities; a cell without a note keeps the one it has. */
    check: (cells: readonly CellInput[]): CheckedCell[] =>
      cells.map((cell) => {
        const activityId = activity(cell.activity).id;
        const cellPartyId = partyId(cell.party);
        const note = cell.note === undefined ? (readCell(db, activityId, cellPartyId)?.note ?? null) : cell.note || null;
        return { activityId, partyId: cellPartyId, roles: roles(cell.roles), note };
      }),
  };
}

export function writeCells(w: Writer, cells: readonly CheckedCell[]): void {
  for (const cell of cells) writeCell(w, cell.activityId, cell.partyId, cell.roles, cell.note);
}

/**
 * Checks a cell's role codes against a vocabulary (case aside, as shared/domain/vocabulary's findRole) and puts them in
 * vocabulary order. The codes are put in a map once, so each cell costs its own codes, whatever the vocabulary's size.
 */
function roleChecker(vocabulary: Vocabulary): (codes: readonly string[]) => string[] {
  const byCode = new Map<string, { role: Role; position: number }>();
  vocabulary.roles.forEach((role, position) => {
    const key = role.code.toUpperCase();
    if (!byCode.has(key)) byCode.set(key, { role, position });
  });
  return (codes) => {
    const found = codes.map((code) => ({ code, entry: byCode.get(code.trim().toUpperCase()) }));
    const unknown = found.filter((f) => !f.entry).map((f) => f.code);
    if (unknown.length > 0) {
      throw new EngagebookError(
        'invalid-argument',
        `"${unknown.join(', ')}" is not a role in ${vocabulary.name} (roles: ${vocabulary.roles.map((r) => `${r.code} = ${r.label}`).join(', ')})`,
      );
    }
    const entries = [...new Map(found.map((f) => [f.entry!.role.code, f.entry!])).values()];
    const roles = entries.sort((a, b) => a.position - b.position).map((e) => e.role.code);
    if (roles.length > 1 && !vocabulary.combinable) {
      throw new EngagebookError('invalid-argument', `${vocabulary.name} allows one role per cell; got ${roles.join(', ')}`);
    }
    return roles;
  };
}

function writeCell(w: Writer, activityId: string, partyId: string, roles: readonly string[], note: string | null): void {
  const key = { activity_id: activityId, party_id: partyId };
  const empty = roles.length === 0 && note === null;
  const exists = w.get('cells', key) !== undefined;
  if (empty) w.remove('cells', key);
  else if (exists) w.update('cells', key, { roles: JSON.stringify(roles), note });
  else w.insert('cells', { ...key, roles: JSON.stringify(roles), note });
}

export interface EngagementPatch {
  readonly title?: string;
  readonly client?: string;
  readonly preparedBy?: string;
}

export function updateEngagement(db: Database, patch: EngagementPatch): EditResult<void> {
  const row: Record<string, string> = {};
  if (patch.title !== undefined) {
    if (!patch.title.trim()) throw new EngagebookError('invalid-argument', 'the title cannot be empty');
    row.title = patch.title.trim();
  }
  if (patch.client !== undefined) row.client = patch.client;
  if (patch.preparedBy !== undefined) row.prepared_by = patch.preparedBy;
  return edit(db, (w) => step(stepLabel('step.editEngagementDetails'), w.update('workbook', { singleton: 1 }, row)));
}
