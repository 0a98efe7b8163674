/**
 * Structure edits: adding, renaming, moving and deleting the phases, activities and parties of a matrix. Each is one
 * undo step. Deletes remove the rows beneath (an activity's cells, a phase's activities) through the history writer,
 * so undo brings everything back.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { PARTY_KINDS, type PartyKind } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { resolveActivity, resolveMatrix, resolveMatrixParty, resolvePhase } from './lookups';
import { prepared } from './statements';
import { edit, type EditResult, type Writer } from './history';

export const newId = (): string => randomUUID();

type Ordered = 'phases' | 'activities' | 'matrix_parties';

/** Ids of the rows under a parent, in order: what a structure edit renumbers. */
function siblingIds(db: Database, table: Ordered, parentId: string): string[] {
  const sql = {
    phases: 'SELECT id FROM phases WHERE matrix_id = ? ORDER BY position',
    activities: 'SELECT id FROM activities WHERE phase_id = ? ORDER BY position',
    matrix_parties: 'SELECT party_id AS id FROM matrix_parties WHERE matrix_id = ? ORDER BY position',
  }[table];
  return (prepared(db, sql).all(parentId) as Array<{ id: string }>).map((r) => r.id);
}

/** Writes positions 0..n-1 in the given order; the writer skips rows whose position is already right. */
function renumber(w: Writer, table: Ordered, ids: readonly string[], parentId: string): void {
  ids.forEach((id, position) =>
    table === 'matrix_parties'
      ? w.update('matrix_parties', { matrix_id: parentId, party_id: id }, { position })
      : w.update(table, { id }, { position }),
  );
}

/** `others` (the siblings without `id`) with `id` placed at `position`: the order after an insert or a move. */
function inserted(others: readonly string[], position: number, id: string): string[] {
  return [...others.slice(0, position), id, ...others.slice(position)];
}

// Phases

export function addPhase(db: Database, input: { matrix: string; title: string; position?: number }): EditResult<string> {
  const matrix = resolveMatrix(db, input.matrix);
  const title = requireTitle(input.title);
  const siblings = siblingIds(db, 'phases', matrix.id);
  const position = clampPosition(input.position, siblings.length);
  const id = newId();
  return edit(db, `Add phase ${title}`, (w) => {
    w.insert('phases', { id, matrix_id: matrix.id, position, title });
    renumber(w, 'phases', inserted(siblings, position, id), matrix.id);
    return id;
  });
}

export function renamePhase(db: Database, input: { matrix: string; phase: string; title: string }): EditResult<void> {
  const phase = resolvePhase(db, resolveMatrix(db, input.matrix), input.phase);
  const title = requireTitle(input.title);
  return edit(db, `Rename phase ${phase.title} to ${title}`, (w) => w.update('phases', { id: phase.id }, { title }));
}

export function movePhase(db: Database, input: { matrix: string; phase: string; position: number }): EditResult<void> {
  const matrix = resolveMatrix(db, input.matrix);
  const phase = resolvePhase(db, matrix, input.phase);
  const others = siblingIds(db, 'phases', matrix.id).filter((id) => id !== phase.id);
  const order = inserted(others, clampPosition(input.position, others.length), phase.id);
  return edit(db, `Move phase ${phase.title}`, (w) => renumber(w, 'phases', order, matrix.id));
}

/** Deletes a phase with its activities and their cells; undo restores all of them. */
export function deletePhase(db: Database, input: { matrix: string; phase: string }): EditResult<void> {
  const matrix = resolveMatrix(db, input.matrix);
  const phase = resolvePhase(db, matrix, input.phase);
  const activities = siblingIds(db, 'activities', phase.id);
  const rest = siblingIds(db, 'phases', matrix.id).filter((id) => id !== phase.id);
  return edit(db, `Delete phase ${phase.title}`, (w) => {
    for (const activityId of activities) removeActivityRows(db, w, activityId);
    w.remove('phases', { id: phase.id });
    renumber(w, 'phases', rest, matrix.id);
  });
}

// Activities

export function addActivity(
  db: Database,
  input: { matrix: string; phase: string; title: string; position?: number },
): EditResult<string> {
  const phase = resolvePhase(db, resolveMatrix(db, input.matrix), input.phase);
  const title = requireTitle(input.title);
  const siblings = siblingIds(db, 'activities', phase.id);
  const position = clampPosition(input.position, siblings.length);
  const id = newId();
  return edit(db, `Add activity ${title}`, (w) => {
    w.insert('activities', { id, phase_id: phase.id, position, title, description: null });
    renumber(w, 'activities', inserted(siblings, position, id), phase.id);
    return id;
  });
}

export function renameActivity(db: Database, input: { matrix: string; activity: string; title: string }): EditResult<void> {
  const activity = resolveActivity(db, resolveMatrix(db, input.matrix), input.activity);
  const title = requireTitle(input.title);
  return edit(db, `Rename ${activity.title} to ${title}`, (w) => w.update('activities', { id: activity.id }, { title }));
}

/** Deletes an activity and its cells; undo restores both. */
export function deleteActivity(db: Database, input: { matrix: string; activity: string }): EditResult<void> {
  const activity = resolveActivity(db, resolveMatrix(db, input.matrix), input.activity);
  const siblings = siblingIds(db, 'activities', activity.phaseId).filter((id) => id !== activity.id);
  return edit(db, `Delete activity ${activity.title}`, (w) => {
    removeActivityRows(db, w, activity.id);
    renumber(w, 'activities', siblings, activity.phaseId);
  });
}

function removeActivityRows(db: Database, w: Writer, activityId: string): void {
  const cells = prepared(db, 'SELECT party_id FROM cells WHERE activity_id = ?').all(activityId) as Array<{ party_id: string }>;
  for (const cell of cells) w.remove('cells', { activity_id: activityId, party_id: cell.party_id });
  w.remove('activities', { id: activityId });
}

/**
 * Moves an activity to `position` (0-based, clamped) within its phase, or within another phase of the same matrix
 * when `phase` is given: dragging a row across a phase band.
 */
export function moveActivity(
  db: Database,
  input: { matrix: string; activity: string; position: number; phase?: string },
): EditResult<void> {
  const matrix = resolveMatrix(db, input.matrix);
  const activity = resolveActivity(db, matrix, input.activity);
  const target = input.phase === undefined ? activity.phaseId : resolvePhase(db, matrix, input.phase).id;
  const others = siblingIds(db, 'activities', target).filter((id) => id !== activity.id);
  const order = inserted(others, clampPosition(input.position, others.length), activity.id);
  const left =
    target === activity.phaseId ? [] : siblingIds(db, 'activities', activity.phaseId).filter((id) => id !== activity.id);
  return edit(db, `Move ${activity.title}`, (w) => {
    if (target !== activity.phaseId) {
      w.update('activities', { id: activity.id }, { phase_id: target });
      renumber(w, 'activities', left, activity.phaseId);
    }
    renumber(w, 'activities', order, target);
  });
}

// Parties. A party belongs to the workbook (sign-off refers to it); a matrix shows a chosen, ordered set of parties.

export interface AddPartyInput {
  readonly matrix: string;
  readonly name: string;
  readonly group?: string | null;
  readonly kind?: PartyKind;
  readonly position?: number;
}

/** Adds a party column to a matrix: an existing party of the workbook with that name, else a new one. */
export function addParty(db: Database, input: AddPartyInput): EditResult<string> {
  const matrix = resolveMatrix(db, input.matrix);
  const name = requireTitle(input.name);
  const kind = input.kind ?? 'other';
  if (!PARTY_KINDS.includes(kind)) throw new EngagebookError('invalid-argument', `unknown party kind "${String(kind)}"`);
  const columns = siblingIds(db, 'matrix_parties', matrix.id);
  const existing = prepared(db, 'SELECT id FROM parties WHERE name = ?').get(name) as { id: string } | undefined;
  if (existing && columns.includes(existing.id))
    throw new EngagebookError('already-exists', `"${matrix.title}" already has a party named "${name}"`);
  const position = clampPosition(input.position, columns.length);
  const id = existing?.id ?? newId();
  const { next } = prepared(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM parties').get() as { next: number };
  return edit(db, `Add party ${name}`, (w) => {
    if (!existing) w.insert('parties', { id, position: next, name, grp: input.group || null, kind });
    w.insert('matrix_parties', { matrix_id: matrix.id, party_id: id, position });
    renumber(w, 'matrix_parties', inserted(columns, position, id), matrix.id);
    return id;
  });
}

/** Renames a party or changes its group header; the party is the same in every matrix that shows it. */
export function updateParty(
  db: Database,
  input: { matrix: string; party: string; name?: string; group?: string | null },
): EditResult<void> {
  const party = resolveMatrixParty(db, resolveMatrix(db, input.matrix), input.party);
  const patch: Record<string, string | null> = {};
  if (input.name !== undefined) {
    const name = requireTitle(input.name);
    const clash = prepared(db, 'SELECT id FROM parties WHERE name = ? AND id <> ?').get(name, party.id);
    if (clash) throw new EngagebookError('already-exists', `another party is already named "${name}"`);
    patch.name = name;
  }
  if (input.group !== undefined) patch.grp = input.group?.trim() || null;
  return edit(db, `Edit party ${party.name}`, (w) => w.update('parties', { id: party.id }, patch));
}

export function moveParty(db: Database, input: { matrix: string; party: string; position: number }): EditResult<void> {
  const matrix = resolveMatrix(db, input.matrix);
  const party = resolveMatrixParty(db, matrix, input.party);
  const others = siblingIds(db, 'matrix_parties', matrix.id).filter((id) => id !== party.id);
  const order = inserted(others, clampPosition(input.position, others.length), party.id);
  return edit(db, `Move party ${party.name}`, (w) => renumber(w, 'matrix_parties', order, matrix.id));
}

/**
 * Removes a party's column from a matrix, with its cells there. The party itself goes too when nothing else refers to
 * it (no other matrix, no signatory); undo restores the column, the cells and the party.
 */
export function removeParty(db: Database, input: { matrix: string; party: string }): EditResult<void> {
  const matrix = resolveMatrix(db, input.matrix);
  const party = resolveMatrixParty(db, matrix, input.party);
  const cells = prepared(
    db,
    'SELECT c.activity_id FROM cells c JOIN activities a ON a.id = c.activity_id JOIN phases p ON p.id = a.phase_id WHERE p.matrix_id = ? AND c.party_id = ?',
  ).all(matrix.id, party.id) as Array<{ activity_id: string }>;
  const rest = siblingIds(db, 'matrix_parties', matrix.id).filter((id) => id !== party.id);
  const { uses } = prepared(
    db,
    'SELECT (SELECT COUNT(*) FROM matrix_parties WHERE party_id = @party AND matrix_id <> @matrix) + (SELECT COUNT(*) FROM signatories WHERE party_id = @party) + (SELECT COUNT(*) FROM cells WHERE party_id = @party) AS uses',
  ).get({ party: party.id, matrix: matrix.id }) as { uses: number };
  const stillUsed = uses - cells.length > 0;
  return edit(db, `Remove party ${party.name}`, (w) => {
    for (const cell of cells) w.remove('cells', { activity_id: cell.activity_id, party_id: party.id });
    w.remove('matrix_parties', { matrix_id: matrix.id, party_id: party.id });
    renumber(w, 'matrix_parties', rest, matrix.id);
    if (!stillUsed) w.remove('parties', { id: party.id });
  });
}

function requireTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new EngagebookError('invalid-argument', 'a title cannot be empty');
  if (trimmed.length > 2000) throw new EngagebookError('invalid-argument', 'a title can be at most 2,000 characters');
  return trimmed;
}

function clampPosition(position: number | undefined, length: number): number {
  if (position === undefined) return length;
  if (!Number.isInteger(position))
    throw new EngagebookError('invalid-argument', `position must be a whole number, got ${position}`);
  return Math.max(0, Math.min(length, position));
}
