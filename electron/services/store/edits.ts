/**
 * Edits a person makes to a workbook. Each function is one undo step: it validates its arguments against the current
 * document, then writes through the history writer. Plain functions taking the database first.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Content } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { findActivity, findMatrix, findPhase } from '../../../shared/domain/references';
import { findRole, normalizeRoleCodes } from '../../../shared/domain/vocabulary';
import { readContent } from './content';
import { readCell, readVocabulary, resolveActivity, resolveMatrix, resolveMatrixParty } from './lookups';
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

export function addPhase(db: Database, input: { matrix: string; title: string; position?: number }): EditResult<string> {
  const matrix = findMatrix(readContent(db), input.matrix);
  const title = requireTitle(input.title);
  const position = clampPosition(input.position, matrix.phases.length);
  const id = newId();
  return edit(db, `Add phase ${title}`, (w) => {
    matrix.phases.slice(position).forEach((p, i) => w.update('phases', { id: p.id }, { position: position + i + 1 }));
    w.insert('phases', { id, matrix_id: matrix.id, position, title });
    return id;
  });
}

export function addActivity(
  db: Database,
  input: { matrix: string; phase: string; title: string; position?: number },
): EditResult<string> {
  const content = readContent(db);
  const matrix = findMatrix(content, input.matrix);
  const phase = findPhase(matrix, input.phase);
  const title = requireTitle(input.title);
  const position = clampPosition(input.position, phase.activities.length);
  const id = newId();
  return edit(db, `Add activity ${title}`, (w) => {
    phase.activities.slice(position).forEach((a, i) => w.update('activities', { id: a.id }, { position: position + i + 1 }));
    w.insert('activities', { id, phase_id: phase.id, position, title, description: null });
    return id;
  });
}

export function renameActivity(db: Database, input: { matrix: string; activity: string; title: string }): EditResult<void> {
  const content = readContent(db);
  const { activity } = findActivity(findMatrix(content, input.matrix), input.activity);
  const title = requireTitle(input.title);
  return edit(db, `Rename ${activity.title} to ${title}`, (w) => w.update('activities', { id: activity.id }, { title }));
}

/** Deletes an activity and its cells; undo restores both. */
export function deleteActivity(db: Database, input: { matrix: string; activity: string }): EditResult<void> {
  const content = readContent(db);
  const { phase, activity } = findActivity(findMatrix(content, input.matrix), input.activity);
  return edit(db, `Delete activity ${activity.title}`, (w) => {
    for (const cell of activity.cells) w.remove('cells', { activity_id: activity.id, party_id: cell.partyId });
    w.remove('activities', { id: activity.id });
    phase.activities
      .filter((a) => a.id !== activity.id)
      .forEach((a, position) => w.update('activities', { id: a.id }, { position }));
  });
}

/** Moves an activity to `position` within its phase (0-based, clamped). */
export function moveActivity(db: Database, input: { matrix: string; activity: string; position: number }): EditResult<void> {
  const content = readContent(db);
  const { phase, activity } = findActivity(findMatrix(content, input.matrix), input.activity);
  const others = phase.activities.filter((a) => a.id !== activity.id);
  const position = clampPosition(input.position, others.length);
  others.splice(position, 0, activity);
  return edit(db, `Move ${activity.title}`, (w) => {
    others.forEach((a, i) => w.update('activities', { id: a.id }, { position: i }));
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

export type { Content };
