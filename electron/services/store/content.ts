/**
 * Between the canonical document and the tables: read the whole content, or write a whole content into empty tables.
 * Reads validate with the shared zod schema, so a tampered file is reported, not trusted.
 */
import type { Database } from 'better-sqlite3';
import {
  ContentSchema,
  FORMAT,
  RevisionSchema,
  type Content,
  type Revision,
  type RevisionSummary,
} from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Writer } from './history';
import { TABLES, type Row, type TableName } from './tables';
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

/** The revisions without their frozen content: what a list of revisions needs, at the cost of one small query. */
export function readRevisionSummaries(db: Database): RevisionSummary[] {
  return all(db, 'SELECT id, label, status, fingerprint, created_at FROM revisions ORDER BY position').map((r) => ({
    id: String(r.id),
    label: String(r.label),
    status: r.status as RevisionSummary['status'],
    fingerprint: String(r.fingerprint),
    createdAt: String(r.created_at),
  }));
}

/** The rows that represent `content`, per table, in the order parents before children. */
export function contentRows(content: Content): Array<[TableName, Row[]]> {
  const rows: Record<TableName, Row[]> = {
    workbook: [
      {
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
      },
    ],
    parties: content.parties.map((p, position) => ({ id: p.id, position, name: p.name, grp: p.group, kind: p.kind })),
    vocabularies: content.vocabularies.map((v, position) => ({
      id: v.id,
      position,
      name: v.name,
      combinable: v.combinable ? 1 : 0,
    })),
    roles: content.vocabularies.flatMap((v) =>
      v.roles.map((r, position) => ({
        vocabulary_id: v.id,
        code: r.code,
        position,
        label: r.label,
        labels: JSON.stringify(r.labels),
        color: r.color,
        kind: r.kind,
      })),
    ),
    matrices: content.matrices.map((m, position) => ({ id: m.id, position, title: m.title, vocabulary_id: m.vocabularyId })),
    matrix_parties: content.matrices.flatMap((m) =>
      m.partyIds.map((partyId, position) => ({ matrix_id: m.id, party_id: partyId, position })),
    ),
    phases: content.matrices.flatMap((m) =>
      m.phases.map((p, position) => ({ id: p.id, matrix_id: m.id, position, title: p.title })),
    ),
    activities: content.matrices.flatMap((m) =>
      m.phases.flatMap((p) =>
        p.activities.map((a, position) => ({ id: a.id, phase_id: p.id, position, title: a.title, description: a.description })),
      ),
    ),
    cells: content.matrices.flatMap((m) =>
      m.phases.flatMap((p) =>
        p.activities.flatMap((a) =>
          a.cells.map((c) => ({ activity_id: a.id, party_id: c.partyId, roles: JSON.stringify(c.roles), note: c.note })),
        ),
      ),
    ),
    signatories: content.signatories.map((s, position) => ({
      id: s.id,
      position,
      party_id: s.partyId,
      name: s.name,
      title: s.title,
      date: s.date,
    })),
  };
  return TABLE_ORDER.map((table) => [table, rows[table]]);
}

/** Parents before children: the order to insert in (and the reverse, to delete in). */
const TABLE_ORDER: readonly TableName[] = [
  'workbook',
  'parties',
  'vocabularies',
  'roles',
  'matrices',
  'matrix_parties',
  'phases',
  'activities',
  'cells',
  'signatories',
];

/** Fills empty document tables with `content`. */
export function writeContent(w: Writer, content: Content): void {
  for (const [table, rows] of contentRows(content)) for (const row of rows) w.insert(table, row);
}

/**
 * Turns the stored content into `desired` with the fewest row writes: rows that differ are updated, missing ones
 * inserted, surplus ones deleted (children first). As one edit, that is one small undo step, whatever changed.
 */
export function syncContent(db: Database, w: Writer, desired: Content): void {
  const keyOf = (table: TableName, row: Row) => TABLES[table].key.map((k) => String(row[k])).join('\u0000');
  const wanted = contentRows(desired);
  const existing = new Map(
    TABLE_ORDER.map((table) => {
      const rows = prepared(db, `SELECT ${TABLES[table].columns.join(', ')} FROM ${table}`).all() as Row[];
      return [table, new Map(rows.map((row) => [keyOf(table, row), row]))] as const;
    }),
  );
  for (const [table, rows] of [...wanted].reverse()) {
    const keep = new Set(rows.map((row) => keyOf(table, row)));
    for (const [key, row] of existing.get(table) ?? []) if (!keep.has(key)) w.remove(table, row);
  }
  for (const [table, rows] of wanted) {
    const current = existing.get(table) ?? new Map<string, Row>();
    for (const row of rows) {
      if (current.has(keyOf(table, row))) w.update(table, row, row);
      else w.insert(table, row);
    }
  }
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
