/**
 * Edits a person makes to a workbook. Each function is one undo step: it validates its arguments against the current
 * document, then writes through the history writer. Plain functions taking the database first. Structure edits
 * (phases, activities, parties) live in structure.ts.
 */
import type { Database } from 'better-sqlite3';
import { EngagebookError } from '../../../shared/domain/errors';
import { findRole, normalizeRoleCodes, type Vocabulary } from '../../../shared/domain/vocabulary';
import { readCell, readVocabulary, resolveActivity, resolveMatrix, resolveMatrixParty } from './lookups';
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
      input.roles === undefined ? (existing?.roles ?? []) : checkedRoles(readVocabulary(db, matrix.vocabularyId), input.roles);
    const note = input.note === undefined ? (existing?.note ?? null) : input.note || null;
    writeCell(w, activity.id, party.id, roles, note);
    const label =
      input.roles === undefined
        ? `Edit the note of ${activity.title} — ${party.name}`
        : `Set ${activity.title} — ${party.name} to ${roles.join('/') || 'nothing'}`;
    return step(label, { roles, note });
  });
}

export interface SetCellsInput {
  readonly matrix: string;
  /** What the step is called in the undo menu, e.g. "Paste 12 cells". */
  readonly label: string;
  readonly cells: ReadonlyArray<{ activity: string; party: string; roles: readonly string[]; note?: string | null }>;
}

/**
 * Sets many cells as one undo step: a paste, a fill or clearing a range. Every cell is checked before anything is
 * written, so one bad code refuses the whole batch and the document is unchanged.
 */
export function setCells(db: Database, input: SetCellsInput): EditResult<number> {
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const vocabulary = readVocabulary(db, matrix.vocabularyId);
    const parties = new Map<string, string>();
    const planned = input.cells.map((cell) => {
      const activity = resolveActivity(db, matrix, cell.activity);
      const partyId = parties.get(cell.party) ?? resolveMatrixParty(db, matrix, cell.party).id;
      parties.set(cell.party, partyId);
      const roles = checkedRoles(vocabulary, cell.roles);
      const note = cell.note === undefined ? (readCell(db, activity.id, partyId)?.note ?? null) : cell.note || null;
      return { activityId: activity.id, partyId, roles, note };
    });
    for (const cell of planned) writeCell(w, cell.activityId, cell.partyId, cell.roles, cell.note);
    return step(input.label, planned.length);
  });
}

function checkedRoles(vocabulary: Vocabulary, codes: readonly string[]): string[] {
  const unknown = codes.filter((code) => !findRole(vocabulary, code));
  if (unknown.length > 0) {
    throw new EngagebookError(
      'invalid-argument',
      `"${unknown.join(', ')}" is not a role in ${vocabulary.name} (roles: ${vocabulary.roles.map((r) => `${r.code} = ${r.label}`).join(', ')})`,
    );
  }
  const roles = normalizeRoleCodes(vocabulary, codes);
  if (roles.length > 1 && !vocabulary.combinable) {
    throw new EngagebookError('invalid-argument', `${vocabulary.name} allows one role per cell; got ${roles.join(', ')}`);
  }
  return roles;
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
  return edit(db, (w) => step('Edit engagement details', w.update('workbook', { singleton: 1 }, row)));
}
