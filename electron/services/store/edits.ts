/**
 * Edits a person makes to a workbook. Each function is one undo step: it validates its arguments against the current
 * document, then writes through the history writer. Plain functions taking the database first.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { EngagebookError } from '../../../shared/domain/errors';
import { findRole, normalizeRoleCodes } from '../../../shared/domain/vocabulary';
import { readCell, readVocabulary, resolveActivity, resolveMatrix, resolveMatrixParty, resolvePhase } from './lookups';
import { prepared } from './statements';
import { edit, type EditResult, type Writer } from './history';

export const newId = (): string => randomUUID();

export interface CellRef {
  readonly matrix: string;
  readonly activity: string;
  readonly party: string;
}

export interface SetCellInput extends CellRef {
  readonly roles: readonly string[];
  /** undefined keeps the note; null or '' removes it. */
  readonly note?: string | null;
}

/** Sets the roles (and optionally the note) of one cell. Unknown codes and forbidden combinations are refused. */
export function setCell(db: Database, input: SetCellInput): EditResult<{ roles: string[]; note: string | null }> {
  const matrix = resolveMatrix(db, input.matrix);
  const activity = resolveActivity(db, matrix, input.activity);
  const party = resolveMatrixParty(db, matrix, input.party);
  const vocabulary = readVocabulary(db, matrix.vocabularyId);

  const unknown = input.roles.filter((code) => !findRole(vocabulary, code));
  if (unknown.length > 0) {
    throw new EngagebookError(
      'invalid-argument',
      `"${unknown.join(', ')}" is not a role in ${vocabulary.name} (roles: ${vocabulary.roles.map((r) => `${r.code} = ${r.label}`).join(', ')})`,
    );
  }
  const roles = normalizeRoleCodes(vocabulary, input.roles);
  if (roles.length > 1 && !vocabulary.combinable) {
    throw new EngagebookError('invalid-argument', `${vocabulary.name} allows one role per cell; got ${roles.join(', ')}`);
  }
  const existing = readCell(db, activity.id, party.id);
  const note = input.note === undefined ? (existing?.note ?? null) : input.note || null;
  const label = `Set ${activity.title} — ${party.name} to ${roles.join('/') || 'nothing'}`;
  return edit(db, label, (w) => {
    writeCell(w, activity.id, party.id, roles, note);
    return { roles, note };
  });
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
  return edit(db, 'Edit engagement details', (w) => w.update('workbook', { singleton: 1 }, row));
}

/** Ids of the rows under a parent, in order: what a structure edit renumbers. */
function siblingIds(db: Database, table: 'phases' | 'activities', parentId: string): string[] {
  const parent = table === 'phases' ? 'matrix_id' : 'phase_id';
  return (
    prepared(db, `SELECT id FROM ${table} WHERE ${parent} = ? ORDER BY position`).all(parentId) as Array<{ id: string }>
  ).map((r) => r.id);
}

export function addPhase(db: Database, input: { matrix: string; title: string; position?: number }): EditResult<string> {
  const matrix = resolveMatrix(db, input.matrix);
  const title = requireTitle(input.title);
  const siblings = siblingIds(db, 'phases', matrix.id);
  const position = clampPosition(input.position, siblings.length);
  const id = newId();
  return edit(db, `Add phase ${title}`, (w) => {
    siblings.slice(position).forEach((sibling, i) => w.update('phases', { id: sibling }, { position: position + i + 1 }));
    w.insert('phases', { id, matrix_id: matrix.id, position, title });
    return id;
  });
}

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
    siblings.slice(position).forEach((sibling, i) => w.update('activities', { id: sibling }, { position: position + i + 1 }));
    w.insert('activities', { id, phase_id: phase.id, position, title, description: null });
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
  const cells = prepared(db, 'SELECT party_id FROM cells WHERE activity_id = ?').all(activity.id) as Array<{ party_id: string }>;
  const siblings = siblingIds(db, 'activities', activity.phaseId).filter((id) => id !== activity.id);
  return edit(db, `Delete activity ${activity.title}`, (w) => {
    for (const cell of cells) w.remove('cells', { activity_id: activity.id, party_id: cell.party_id });
    w.remove('activities', { id: activity.id });
    siblings.forEach((sibling, position) => w.update('activities', { id: sibling }, { position }));
  });
}

/** Moves an activity to `position` within its phase (0-based, clamped). */
export function moveActivity(db: Database, input: { matrix: string; activity: string; position: number }): EditResult<void> {
  const activity = resolveActivity(db, resolveMatrix(db, input.matrix), input.activity);
  const others = siblingIds(db, 'activities', activity.phaseId).filter((id) => id !== activity.id);
  const position = clampPosition(input.position, others.length);
  others.splice(position, 0, activity.id);
  return edit(db, `Move ${activity.title}`, (w) => {
    others.forEach((sibling, i) => w.update('activities', { id: sibling }, { position: i }));
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
