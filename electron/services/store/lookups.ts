/**
 * Resolving what a person typed (ids or titles) against the database without reading the whole document: an edit on a
 * 20,000-activity workbook must not pay for loading it. Matching rules are the shared ones (shared/domain/references).
 */
import type { Database } from 'better-sqlite3';
import { EngagebookError } from '../../../shared/domain/errors';
import { indexByIdOrTitle, pickByIdOrTitle } from '../../../shared/domain/references';
import { RoleSchema } from '../../../shared/domain/document';
import type { Vocabulary } from '../../../shared/domain/vocabulary';
import { prepared } from './statements';

interface Titled {
  id: string;
  title: string;
}

export function resolveMatrix(db: Database, ref: string): Titled & { vocabularyId: string } {
  const matrices = prepared(db, 'SELECT id, title, vocabulary_id AS vocabularyId FROM matrices ORDER BY position').all() as Array<
    Titled & { vocabularyId: string }
  >;
  return pickByIdOrTitle('matrix', ref, matrices, (m) => m.title);
}

export function resolvePhase(db: Database, matrix: Titled, ref: string): Titled {
  const phases = prepared(db, 'SELECT id, title FROM phases WHERE matrix_id = ? ORDER BY position').all(matrix.id) as Titled[];
  return pickByIdOrTitle('phase', ref, phases, (p) => p.title);
}

type ActivityRow = Titled & { phaseId: string };

export function resolveActivity(db: Database, matrix: Titled, ref: string): ActivityRow {
  return activityResolver(db, matrix)(ref);
}

/**
 * Resolving many activity references of one matrix (a paste, a fill): an id costs one indexed query, and the first
 * reference that is not an id reads the matrix's activities once into an index that every later title uses. A batch
 * therefore costs its size plus one pass over the matrix, never their product.
 */
export function activityResolver(db: Database, matrix: Titled): (ref: string) => ActivityRow {
  let byTitle: ((ref: string) => ActivityRow) | undefined;
  return (ref) => {
    const byId = prepared(
      db,
      'SELECT a.id, a.title, a.phase_id AS phaseId FROM activities a JOIN phases p ON p.id = a.phase_id WHERE p.matrix_id = ? AND a.id = ?',
    ).get(matrix.id, ref) as ActivityRow | undefined;
    if (byId) return byId;
    byTitle ??= indexByIdOrTitle('activity', matrixActivities(db, matrix), (a) => a.title);
    return byTitle(ref);
  };
}

function matrixActivities(db: Database, matrix: Titled): ActivityRow[] {
  return prepared(
    db,
    'SELECT a.id, a.title, a.phase_id AS phaseId FROM activities a JOIN phases p ON p.id = a.phase_id WHERE p.matrix_id = ? ORDER BY p.position, a.position',
  ).all(matrix.id) as ActivityRow[];
}

export function resolveMatrixParty(db: Database, matrix: Titled, ref: string): { id: string; name: string } {
  return matrixPartyResolver(db, matrix)(ref);
}

/** The party columns of a matrix read once, for a batch that names many (by id or name). */
export function matrixPartyResolver(db: Database, matrix: Titled): (ref: string) => { id: string; name: string } {
  const parties = prepared(
    db,
    'SELECT p.id, p.name FROM parties p JOIN matrix_parties mp ON mp.party_id = p.id WHERE mp.matrix_id = ? ORDER BY mp.position',
  ).all(matrix.id) as Array<{ id: string; name: string }>;
  return indexByIdOrTitle(`party of "${matrix.title}"`, parties, (p) => p.name);
}

export function readVocabulary(db: Database, id: string): Vocabulary {
  const row = prepared(db, 'SELECT id, name, combinable FROM vocabularies WHERE id = ?').get(id) as
    { id: string; name: string; combinable: number } | undefined;
  if (!row) throw new EngagebookError('invalid-document', `vocabulary "${id}" is missing`);
  const roles = (
    prepared(db, 'SELECT * FROM roles WHERE vocabulary_id = ? ORDER BY position').all(id) as Array<Record<string, unknown>>
  ).map((r) =>
    RoleSchema.parse({ code: r.code, label: r.label, labels: JSON.parse(String(r.labels)), color: r.color, kind: r.kind }),
  );
  return { id: row.id, name: row.name, combinable: row.combinable === 1, roles };
}

export function readCell(
  db: Database,
  activityId: string,
  partyId: string,
): { roles: string[]; note: string | null } | undefined {
  const row = prepared(db, 'SELECT roles, note FROM cells WHERE activity_id = ? AND party_id = ?').get(activityId, partyId) as
    { roles: string; note: string | null } | undefined;
  return row && { roles: JSON.parse(row.roles) as string[], note: row.note };
}
