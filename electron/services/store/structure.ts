/**
 * Structure edits: adding, renaming, moving and deleting the phases, activities and parties of a matrix. Each is one
 * undo step whose reads happen inside its transaction. Placing a row writes that row only (order keys, see
 * placement.ts). Deletes remove the rows beneath (an activity's cells, a phase's activities) through the history
 * writer, so undo brings everything back.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { PARTY_KINDS, type PartyKind } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { stepLabel } from '../../../shared/i18n/step-labels';
import { resolveActivity, resolveMatrix, resolveMatrixParty, resolvePhase } from './lookups';
import { matrixCells, writeCells, type CellInput, type CheckedCell } from './edits';
import { keyAt, keysAt, moveKey } from './placement';
import { keyBetween } from './order-keys';
import { prepared } from './statements';
import { edit, step, type EditResult, type Writer } from './history';

export const newId = (): string => randomUUID();

// Phases

export function addPhase(db: Database, input: { matrix: string; title: string; position?: number }): EditResult<string> {
  const title = requireTitle(input.title);
  const index = checkedIndex(input.position);
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const id = newId();
    w.insert('phases', { id, matrix_id: matrix.id, position: keyAt(db, 'phases', matrix.id, index), title });
    return step(stepLabel('step.addPhase', { title }), id);
  });
}

export function renamePhase(db: Database, input: { matrix: string; phase: string; title: string }): EditResult<void> {
  const title = requireTitle(input.title);
  return edit(db, (w) => {
    const phase = resolvePhase(db, resolveMatrix(db, input.matrix), input.phase);
    w.update('phases', { id: phase.id }, { title });
    return step(stepLabel('step.renamePhase', { from: phase.title, to: title }));
  });
}

export function movePhase(db: Database, input: { matrix: string; phase: string; position: number }): EditResult<void> {
  const index = checkedIndex(input.position) ?? 0;
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const phase = resolvePhase(db, matrix, input.phase);
    const key = moveKey(db, 'phases', matrix.id, index, phase.id, currentKey(w, 'phases', { id: phase.id }));
    if (key !== null) w.update('phases', { id: phase.id }, { position: key });
    return step(stepLabel('step.movePhase', { title: phase.title }));
  });
}

/** Deletes a phase with its activities and their cells; undo restores all of them. */
export function deletePhase(db: Database, input: { matrix: string; phase: string }): EditResult<void> {
  return edit(db, (w) => {
    const phase = resolvePhase(db, resolveMatrix(db, input.matrix), input.phase);
    const activities = prepared(db, 'SELECT id FROM activities WHERE phase_id = ? ORDER BY position').all(phase.id) as Array<{
      id: string;
    }>;
    for (const activity of activities) removeActivityRows(db, w, activity.id);
    w.remove('phases', { id: phase.id });
    return step(stepLabel('step.deletePhase', { title: phase.title }));
  });
}

// Activities

export function addActivity(
  db: Database,
  input: { matrix: string; phase: string; title: string; position?: number },
): EditResult<string> {
  const title = requireTitle(input.title);
  const index = checkedIndex(input.position);
  return edit(db, (w) => {
    const phase = resolvePhase(db, resolveMatrix(db, input.matrix), input.phase);
    const id = newId();
    w.insert('activities', {
      id,
      phase_id: phase.id,
      position: keyAt(db, 'activities', phase.id, index),
      title,
      description: null,
    });
    return step(stepLabel('step.addActivity', { title }), id);
  });
}

export interface AddActivitiesInput {
  readonly matrix: string;
  /** The phase they go into (an id or a title)… */
  readonly phase?: string;
  /** …or the title of a new phase for them, after the matrix's last (a paste into a matrix that has none). */
  readonly newPhase?: string;
  /** Where the first goes in its phase (0-based), the others after it; the end when not given. */
  readonly position?: number;
  readonly rows: ReadonlyArray<{
    readonly title: string;
    readonly cells: ReadonlyArray<{ readonly party: string; readonly roles: readonly string[] }>;
  }>;
  /** Cells of existing activities set in the same step: the pasted rows whose titles the matrix already has. */
  readonly cells?: readonly CellInput[];
}

/**
 * Adds activities with their roles, and sets cells of existing ones, as one undo step: a table pasted from Excel
 * becomes rows of the matrix, and one undo takes it all back. Everything is checked (titles, parties, roles against
 * the vocabulary) before anything is written, so one bad cell refuses the whole edit and the document is unchanged.
 * Answers the new activities' ids, in order.
 */
export function addActivities(db: Database, input: AddActivitiesInput): EditResult<string[]> {
  if (input.rows.length === 0) throw new EngagebookError('invalid-argument', 'there are no activities to add');
  if ((input.phase === undefined) === (input.newPhase === undefined))
    throw new EngagebookError('invalid-argument', 'name either the phase for the new activities or a new phase, not both');
  const titles = input.rows.map((row) => requireTitle(row.title));
  const newPhase = input.newPhase === undefined ? undefined : requireTitle(input.newPhase);
  const index = checkedIndex(input.position);
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const cells = matrixCells(db, matrix);
    const existing = cells.check(input.cells ?? []);
    const ids = titles.map(() => newId());
    const created: CheckedCell[] = input.rows.flatMap((row, i) =>
      row.cells.map((cell) => ({
        activityId: ids[i]!,
        partyId: cells.partyId(cell.party),
        roles: cells.roles(cell.roles),
        note: null,
      })),
    );
    let phaseId: string;
    if (newPhase === undefined) phaseId = resolvePhase(db, matrix, input.phase!).id;
    else {
      phaseId = newId();
      w.insert('phases', { id: phaseId, matrix_id: matrix.id, position: keyAt(db, 'phases', matrix.id), title: newPhase });
    }
    const keys = keysAt(db, 'activities', phaseId, ids.length, index);
    ids.forEach((id, i) =>
      w.insert('activities', { id, phase_id: phaseId, position: keys[i]!, title: titles[i]!, description: null }),
    );
    writeCells(w, created);
    writeCells(w, existing);
    const label =
      existing.length > 0
        ? stepLabel('step.addActivitiesAndSet', { count: ids.length, cells: existing.length })
        : stepLabel('step.addActivities', { count: ids.length });
    return step(label, ids);
  });
}

export function renameActivity(db: Database, input: { matrix: string; activity: string; title: string }): EditResult<void> {
  const title = requireTitle(input.title);
  return edit(db, (w) => {
    const activity = resolveActivity(db, resolveMatrix(db, input.matrix), input.activity);
    w.update('activities', { id: activity.id }, { title });
    return step(stepLabel('step.renameActivity', { from: activity.title, to: title }));
  });
}

/** Deletes an activity and its cells; undo restores both. */
export function deleteActivity(db: Database, input: { matrix: string; activity: string }): EditResult<void> {
  return edit(db, (w) => {
    const activity = resolveActivity(db, resolveMatrix(db, input.matrix), input.activity);
    removeActivityRows(db, w, activity.id);
    return step(stepLabel('step.deleteActivity', { title: activity.title }));
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
  const index = checkedIndex(input.position) ?? 0;
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const activity = resolveActivity(db, matrix, input.activity);
    const target = input.phase === undefined ? activity.phaseId : resolvePhase(db, matrix, input.phase).id;
    const staying = target === activity.phaseId;
    const current = staying ? currentKey(w, 'activities', { id: activity.id }) : null;
    const key = moveKey(db, 'activities', target, index, activity.id, current);
    if (key !== null) w.update('activities', { id: activity.id }, { phase_id: target, position: key });
    return step(stepLabel('step.moveActivity', { title: activity.title }));
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
  const name = requireTitle(input.name);
  const kind = input.kind ?? 'other';
  if (!PARTY_KINDS.includes(kind)) throw new EngagebookError('invalid-argument', `unknown party kind "${String(kind)}"`);
  const index = checkedIndex(input.position);
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const existing = prepared(db, 'SELECT id FROM parties WHERE name = ?').get(name) as { id: string } | undefined;
    if (existing && w.get('matrix_parties', { matrix_id: matrix.id, party_id: existing.id }))
      throw new EngagebookError('already-exists', `"${matrix.title}" already has a party named "${name}"`);
    const id = existing?.id ?? newId();
    if (!existing) {
      const { last } = prepared(db, 'SELECT MAX(position) AS last FROM parties').get() as { last: string | null };
      w.insert('parties', { id, position: keyBetween(last, null), name, grp: input.group || null, kind });
    }
    w.insert('matrix_parties', { matrix_id: matrix.id, party_id: id, position: keyAt(db, 'matrix_parties', matrix.id, index) });
    return step(stepLabel('step.addParty', { name }), id);
  });
}

/** Renames a party or changes its group header; the party is the same in every matrix that shows it. */
export function updateParty(
  db: Database,
  input: { matrix: string; party: string; name?: string; group?: string | null },
): EditResult<void> {
  const name = input.name === undefined ? undefined : requireTitle(input.name);
  return edit(db, (w) => {
    const party = resolveMatrixParty(db, resolveMatrix(db, input.matrix), input.party);
    const patch: Record<string, string | null> = {};
    if (name !== undefined) {
      const clash = prepared(db, 'SELECT id FROM parties WHERE name = ? AND id <> ?').get(name, party.id);
      if (clash) throw new EngagebookError('already-exists', `another party is already named "${name}"`);
      patch.name = name;
    }
    if (input.group !== undefined) patch.grp = input.group?.trim() || null;
    w.update('parties', { id: party.id }, patch);
    return step(stepLabel('step.editParty', { name: party.name }));
  });
}

export function moveParty(db: Database, input: { matrix: string; party: string; position: number }): EditResult<void> {
  const index = checkedIndex(input.position) ?? 0;
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const party = resolveMatrixParty(db, matrix, input.party);
    const column = { matrix_id: matrix.id, party_id: party.id };
    const key = moveKey(db, 'matrix_parties', matrix.id, index, party.id, currentKey(w, 'matrix_parties', column));
    if (key !== null) w.update('matrix_parties', column, { position: key });
    return step(stepLabel('step.moveParty', { name: party.name }));
  });
}

/**
 * Removes a party's column from a matrix, with its cells there. The party itself goes too when nothing else refers to
 * it (no other matrix, no signatory, no cell elsewhere); undo restores the column, the cells and the party.
 */
export function removeParty(db: Database, input: { matrix: string; party: string }): EditResult<void> {
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    const party = resolveMatrixParty(db, matrix, input.party);
    const cells = prepared(
      db,
      'SELECT c.activity_id FROM cells c JOIN activities a ON a.id = c.activity_id JOIN phases p ON p.id = a.phase_id WHERE p.matrix_id = ? AND c.party_id = ?',
    ).all(matrix.id, party.id) as Array<{ activity_id: string }>;
    for (const cell of cells) w.remove('cells', { activity_id: cell.activity_id, party_id: party.id });
    w.remove('matrix_parties', { matrix_id: matrix.id, party_id: party.id });
    const stillUsed = prepared(
      db,
      'SELECT EXISTS (SELECT 1 FROM matrix_parties WHERE party_id = @party) OR EXISTS (SELECT 1 FROM signatories WHERE party_id = @party) OR EXISTS (SELECT 1 FROM cells WHERE party_id = @party) AS used',
    ).get({ party: party.id }) as { used: number };
    if (!stillUsed.used) w.remove('parties', { id: party.id });
    return step(stepLabel('step.removeParty', { name: party.name }));
  });
}

function currentKey(w: Writer, table: 'phases' | 'activities' | 'matrix_parties', key: Record<string, string>): string | null {
  const position = w.get(table, key)?.position;
  return typeof position === 'string' ? position : null;
}

function requireTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new EngagebookError('invalid-argument', 'a title cannot be empty');
  if (trimmed.length > 2000) throw new EngagebookError('invalid-argument', 'a title can be at most 2,000 characters');
  return trimmed;
}

/** A 0-based place among siblings; past the end means at the end. */
function checkedIndex(position: number | undefined): number | undefined {
  if (position === undefined) return undefined;
  if (!Number.isInteger(position))
    throw new EngagebookError('invalid-argument', `position must be a whole number, got ${position}`);
  return Math.max(0, position);
}
