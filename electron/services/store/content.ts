/**
 * Between the canonical document and the tables: read the whole content, or write a whole content into empty tables.
 * Reads validate with the shared zod schema, so a tampered file is reported, not trusted.
 */
import type { Database } from 'better-sqlite3';
import { ContentSchema, FORMAT, RevisionSchema, type Content, type Revision } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Writer } from './history';
import { prepared } from './statements';

type R = Record<string, unknown>;

const all = (db: Database, sql: string, ...params: unknown[]) => prepared(db, sql).all(...params) as R[];

export function readContent(db: Database, file?: string): Content {
  const wb = prepared(db, 'SELECT * FROM workbook WHERE singleton = 1').get() as R | undefined;
  if (!wb) throw new EngagebookError('invalid-document', 'the workbook has no engagement record', file);

  const rolesByVocabulary = groupBy(all(db, 'SELECT * FROM roles ORDER BY vocabulary_id, position'), 'vocabulary_id');
  const partiesByMatrix = groupBy(all(db, 'SELECT * FROM matrix_parties ORDER BY matrix_id, position'), 'matrix_id');
  const phasesByMatrix = groupBy(all(db, 'SELECT * FROM phases ORDER BY matrix_id, position'), 'matrix_id');
  const activitiesByPhase = groupBy(all(db, 'SELECT * FROM activities ORDER BY phase_id, position'), 'phase_id');
  // Cells are ordered by their matrix column below, in memory: a join to do it in SQL costs more than the whole read.
  const cellsByActivity = groupBy(all(db, 'SELECT * FROM cells'), 'activity_id');
  const cellsInColumnOrder = (activityId: string, partyIds: readonly unknown[]) => {
    const cells = cellsByActivity.get(activityId) ?? [];
    return cells
      .filter((c) => partyIds.includes(c.party_id))
      .sort((a, b) => partyIds.indexOf(a.party_id) - partyIds.indexOf(b.party_id));
  };

  const raw = {
    format: FORMAT,
    id: wb.id,
    title: wb.title,
    client: wb.client,
    preparedBy: wb.prepared_by,
    language: wb.language,
    dates: { proposal: wb.date_proposal, start: wb.date_start, end: wb.date_end },
    parties: all(db, 'SELECT * FROM parties ORDER BY position').map((p) => ({
      id: p.id,
      name: p.name,
      group: p.grp,
      kind: p.kind,
    })),
    vocabularies: all(db, 'SELECT * FROM vocabularies ORDER BY position').map((v) => ({
      id: v.id,
      name: v.name,
      combinable: v.combinable === 1,
      roles: (rolesByVocabulary.get(v.id as string) ?? []).map((r) => ({
        code: r.code,
        label: r.label,
        labels: parseJson(r.labels, file),
        color: r.color,
        kind: r.kind,
      })),
    })),
    matrices: all(db, 'SELECT * FROM matrices ORDER BY position').map((m) => {
      const partyIds = (partiesByMatrix.get(m.id as string) ?? []).map((mp) => mp.party_id);
      return {
        id: m.id,
        title: m.title,
        vocabularyId: m.vocabulary_id,
        partyIds,
        phases: (phasesByMatrix.get(m.id as string) ?? []).map((p) => ({
          id: p.id,
          title: p.title,
          activities: (activitiesByPhase.get(p.id as string) ?? []).map((a) => ({
            id: a.id,
            title: a.title,
            description: a.description,
            cells: cellsInColumnOrder(a.id as string, partyIds).map((c) => ({
              partyId: c.party_id,
              roles: parseJson(c.roles, file),
              note: c.note,
            })),
          })),
        })),
      };
    }),
    scope: wb.scope === null ? null : parseJson(wb.scope, file),
    signatories: all(db, 'SELECT * FROM signatories ORDER BY position').map((s) => ({
      id: s.id,
      partyId: s.party_id,
      name: s.name,
      title: s.title,
      date: s.date,
    })),
  };
  const parsed = ContentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new EngagebookError(
      'invalid-document',
      `the workbook content is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      file,
    );
  }
  return parsed.data;
}

export function readRevisions(db: Database, file?: string): Revision[] {
  return all(db, 'SELECT * FROM revisions ORDER BY position').map((r) => {
    const parsed = RevisionSchema.safeParse({
      id: r.id,
      label: r.label,
      status: r.status,
      fingerprint: r.fingerprint,
      createdAt: r.created_at,
      snapshot: parseJson(r.snapshot, file),
    });
    if (!parsed.success) throw new EngagebookError('invalid-document', `revision "${String(r.label)}" is damaged`, file);
    return parsed.data;
  });
}

/** Fills empty document tables with `content`. */
export function writeContent(w: Writer, content: Content): void {
  w.insert('workbook', {
    singleton: 1,
    id: content.id,
    title: content.title,
    client: content.client,
    prepared_by: content.preparedBy,
    language: content.language,
    date_proposal: content.dates.proposal,
    date_start: content.dates.start,
    date_end: content.dates.end,
    scope: content.scope === null ? null : JSON.stringify(content.scope),
  });
  content.parties.forEach((p, position) => w.insert('parties', { id: p.id, position, name: p.name, grp: p.group, kind: p.kind }));
  content.vocabularies.forEach((v, position) => {
    w.insert('vocabularies', { id: v.id, position, name: v.name, combinable: v.combinable ? 1 : 0 });
    v.roles.forEach((r, rolePosition) =>
      w.insert('roles', {
        vocabulary_id: v.id,
        code: r.code,
        position: rolePosition,
        label: r.label,
        labels: JSON.stringify(r.labels),
        color: r.color,
        kind: r.kind,
      }),
    );
  });
  content.matrices.forEach((m, position) => {
    w.insert('matrices', { id: m.id, position, title: m.title, vocabulary_id: m.vocabularyId });
    m.partyIds.forEach((partyId, column) => w.insert('matrix_parties', { matrix_id: m.id, party_id: partyId, position: column }));
    m.phases.forEach((phase, phasePosition) => {
      w.insert('phases', { id: phase.id, matrix_id: m.id, position: phasePosition, title: phase.title });
      phase.activities.forEach((a, activityPosition) => {
        w.insert('activities', {
          id: a.id,
          phase_id: phase.id,
          position: activityPosition,
          title: a.title,
          description: a.description,
        });
        for (const c of a.cells) {
          w.insert('cells', { activity_id: a.id, party_id: c.partyId, roles: JSON.stringify(c.roles), note: c.note });
        }
      });
    });
  });
  content.signatories.forEach((s, position) =>
    w.insert('signatories', { id: s.id, position, party_id: s.partyId, name: s.name, title: s.title, date: s.date }),
  );
}

export function writeRevision(db: Database, revision: Revision): void {
  const next = prepared(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS p FROM revisions').get() as { p: number };
  prepared(
    db,
    'INSERT INTO revisions (id, position, label, status, fingerprint, created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    revision.id,
    next.p,
    revision.label,
    revision.status,
    revision.fingerprint,
    revision.createdAt,
    JSON.stringify(revision.snapshot),
  );
}

function groupBy(rows: R[], key: string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = row[key] as string;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(row);
  }
  return groups;
}

function parseJson(value: unknown, file?: string): unknown {
  if (typeof value !== 'string')
    throw new EngagebookError('invalid-document', 'the workbook content is damaged (expected JSON text)', file);
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new EngagebookError('invalid-document', 'the workbook content is damaged (unreadable JSON)', file);
  }
}
