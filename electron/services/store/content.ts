/**
 * Between the canonical document and the tables: read the whole content (through the codecs into the shared document
 * model, which assembles the nested form), or write a whole content. Reads validate with the shared zod schema, so a
 * tampered file is reported, not trusted.
 */
import type { Database } from 'better-sqlite3';
import {
  ContentSchema,
  RevisionSchema,
  type Cell,
  type Content,
  type Revision,
  type RevisionSummary,
} from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { GroupedCell } from '../../../shared/api/snapshot';
import type { CellRecord, DocumentRecords, RecordTable, RecordTypes } from '../../../shared/domain/records';
import { DocumentModel } from '../../../shared/model/document-model';
import { CODECS, parseJson } from './codecs';
import type { Writer } from './history';
import { firstKeys, keysKeepingOrder } from './order-keys';
import { TABLES, type Row, type TableName } from './tables';
import { prepared } from './statements';

type R = Record<string, unknown>;

const all = (db: Database, sql: string, ...params: unknown[]) => prepared(db, sql).all(...params) as R[];

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

function readTable<S extends TableName>(db: Database, table: S, file?: string) {
  const codec = CODECS[table];
  return (prepared(db, `SELECT ${TABLES[table].columns.join(', ')} FROM ${table}`).all() as Row[]).map((row) =>
    codec.decode(row, file),
  );
}

/** Every record of the document but the cells, unordered within a table (records carry their order keys). */
export function readRecordsButCells(db: Database, file?: string): Omit<DocumentRecords, 'cells'> {
  const [workbook] = readTable(db, 'workbook', file);
  if (!workbook) throw new EngagebookError('invalid-document', 'the workbook has no engagement record', file);
  return {
    workbook,
    parties: readTable(db, 'parties', file),
    vocabularies: readTable(db, 'vocabularies', file),
    roles: readTable(db, 'roles', file),
    matrices: readTable(db, 'matrices', file),
    matrixParties: readTable(db, 'matrix_parties', file),
    phases: readTable(db, 'phases', file),
    activities: readTable(db, 'activities', file),
    signatories: readTable(db, 'signatories', file),
  };
}

/**
 * The cells, grouped by activity: [party id, role codes, note]. SQLite builds one JSON text per activity (its own
 * JSON functions, in C), which is about twice as fast as reading 240,000 rows into objects one by one; the cells'
 * codec is this query's column list, and what it reads is checked where the records are assembled, like any row.
 */
export function readGroupedCells(db: Database, file?: string): Map<string, GroupedCell[]> {
  const rows = prepared(
    db,
    'SELECT activity_id, json_group_array(json_array(party_id, json(roles), note)) FROM cells GROUP BY activity_id',
  )
    .raw(true)
    .all() as Array<[string, string]>;
  return new Map(rows.map(([activityId, cells]) => [activityId, parseJson(cells, file) as GroupedCell[]]));
}

/** Every record of the document, unordered within a table (records carry their order keys). */
export function readRecords(db: Database, file?: string): DocumentRecords {
  const cells: CellRecord[] = [];
  for (const [activityId, grouped] of readGroupedCells(db, file))
    for (const [partyId, roles, note] of grouped) cells.push({ activityId, partyId, roles: roles as string[], note });
  return { ...readRecordsButCells(db, file), cells };
}

export function readContent(db: Database, file?: string): Content {
  const cells = new Map<string, Map<string, Cell>>();
  for (const [activityId, grouped] of readGroupedCells(db, file))
    cells.set(
      activityId,
      new Map(grouped.map(([partyId, roles, note]) => [partyId, { partyId, roles: roles as string[], note }])),
    );
  const raw = DocumentModel.fromGrouped(readRecordsButCells(db, file), cells).content();
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

/** Order keys for one parent's children given in order: `keys(n)` of them. */
type KeyMaker = (ids: readonly string[]) => readonly string[];

/** The records that represent `content`, with order keys from `keysFor` (first keys "a0", "a1", … by default). */
export function contentRecords(content: Content, keysFor?: (table: RecordTable, parent: string) => KeyMaker): DocumentRecords {
  return { ...recordsButCells(content, keysFor ?? firstKeysFor()), cells: cellRecords(content) };
}

/**
 * Order keys "a0", "a1", … for every parent's children: made once for the longest list asked for and shared by the
 * shorter ones (20,000 activities in a few hundred phases made the same keys again per phase).
 */
export function firstKeysFor(): (table: RecordTable, parent: string) => KeyMaker {
  let made: readonly string[] = [];
  const keys: KeyMaker = (ids) => {
    if (ids.length > made.length) made = firstKeys(ids.length);
    return made;
  };
  return () => keys;
}

export function recordsButCells(
  content: Content,
  keysFor: (table: RecordTable, parent: string) => KeyMaker,
): Omit<DocumentRecords, 'cells'> {
  /** `make(item, its order key)` for each of one parent's children, in order. */
  const keyed = <T, R>(
    table: RecordTable,
    parent: string,
    items: readonly T[],
    id: (item: T) => string,
    make: (item: T, position: string) => R,
  ) => {
    const keys = keysFor(table, parent)(items.map(id));
    return items.map((item, i) => make(item, keys[i]!));
  };
  const byId = (x: { id: string }) => x.id;
  return {
    workbook: {
      id: content.id,
      title: content.title,
      client: content.client,
      preparedBy: content.preparedBy,
      language: content.language,
      dates: content.dates,
      scope: content.scope,
    },
    parties: keyed('parties', '', content.parties, byId, (p, position) => ({ ...p, position })),
    vocabularies: keyed('vocabularies', '', content.vocabularies, byId, ({ roles: _roles, ...v }, position) => ({
      ...v,
      position,
    })),
    roles: content.vocabularies.flatMap((v) =>
      keyed(
        'roles',
        v.id,
        v.roles,
        (r) => r.code,
        (r, position) => ({ ...r, vocabularyId: v.id, position }),
      ),
    ),
    matrices: keyed('matrices', '', content.matrices, byId, (m, position) => ({
      id: m.id,
      title: m.title,
      vocabularyId: m.vocabularyId,
      position,
    })),
    matrixParties: content.matrices.flatMap((m) =>
      keyed(
        'matrixParties',
        m.id,
        m.partyIds,
        (id) => id,
        (partyId, position) => ({ matrixId: m.id, partyId, position }),
      ),
    ),
    phases: content.matrices.flatMap((m) =>
      keyed('phases', m.id, m.phases, byId, (p, position) => ({ id: p.id, matrixId: m.id, title: p.title, position })),
    ),
    activities: content.matrices.flatMap((m) =>
      m.phases.flatMap((p) =>
        keyed('activities', p.id, p.activities, byId, (a, position) => ({
          id: a.id,
          phaseId: p.id,
          title: a.title,
          description: a.description,
          position,
        })),
      ),
    ),
    signatories: keyed('signatories', '', content.signatories, byId, (s, position) => ({ ...s, position })),
  };
}

function cellRecords(content: Content): CellRecord[] {
  return content.matrices.flatMap((m) =>
    m.phases.flatMap((p) => p.activities.flatMap((a) => a.cells.map((c) => ({ ...c, activityId: a.id })))),
  );
}

/** The rows of `records`, per table, parents before children (without the cells if `records` has none). */
export function recordRows(
  records: Omit<DocumentRecords, 'cells'> & Partial<Pick<DocumentRecords, 'cells'>>,
): Array<[TableName, Row[]]> {
  const lists: { [S in TableName]: ReadonlyArray<RecordTypes[RecordTable]> } = {
    workbook: [records.workbook],
    parties: records.parties,
    vocabularies: records.vocabularies,
    roles: records.roles,
    matrices: records.matrices,
    matrix_parties: records.matrixParties,
    phases: records.phases,
    activities: records.activities,
    cells: records.cells ?? [],
    signatories: records.signatories,
  };
  return TABLE_ORDER.map((table) => {
    const encode = CODECS[table].encode as (record: RecordTypes[RecordTable]) => Row;
    return [table, lists[table].map(encode)];
  });
}

/** Fills empty document tables with `content`. */
export function writeContent(w: Writer, content: Content): void {
  for (const [table, rows] of recordRows(contentRecords(content))) for (const row of rows) w.insert(table, row);
}

/**
 * Turns the stored content into `desired` with the fewest row writes: rows that differ are updated, missing ones
 * inserted, surplus ones deleted (children first), and rows keep their order keys wherever their order still holds.
 * As one edit, that is one small undo step, whatever changed.
 */
export function syncContent(db: Database, w: Writer, desired: Content): void {
  const keyOf = (table: TableName, row: Row) => TABLES[table].key.map((k) => String(row[k])).join('\u0000');
  const existing = new Map(
    TABLE_ORDER.map((table) => {
      const rows = prepared(db, `SELECT ${TABLES[table].columns.join(', ')} FROM ${table}`).all() as Row[];
      return [table, new Map(rows.map((row) => [keyOf(table, row), row]))] as const;
    }),
  );
  // A stored row's order key: roles and columns are keyed by parent and child, the others by their own id (keyOf).
  const tableOf = new Map(TABLE_ORDER.map((table) => [CODECS[table].record as RecordTable, table]));
  const storedKey = (table: RecordTable, parent: string, id: string) => {
    const sqlTable = tableOf.get(table)!;
    const position = existing.get(sqlTable)?.get(TABLES[sqlTable].key.length > 1 ? `${parent}\u0000${id}` : id)?.position;
    return typeof position === 'string' ? position : undefined;
  };
  const wanted = recordRows(
    contentRecords(desired, (table, parent) => (ids) => keysKeepingOrder(ids.map((id) => storedKey(table, parent, id)))),
  );
  for (const [table, rows] of [...wanted].reverse()) {
    const keep = new Set(rows.map((row) => keyOf(table, row)));
    for (const [key, row] of existing.get(table) ?? []) if (!keep.has(key)) w.remove(table, row);
  }
  for (const [table, rows] of wanted) {
    const present = existing.get(table) ?? new Map<string, Row>();
    for (const row of rows) {
      if (present.has(keyOf(table, row))) w.update(table, row, row);
      else w.insert(table, row);
    }
  }
}

/** `returnedFrom`: for a revision recorded by importing a returned export, the fingerprint of the client's version. */
export function writeRevision(
  db: Database,
  revision: Revision,
  links: { readonly returnedFrom?: string | null; readonly supersedes?: string | null } = {},
): void {
  const next = prepared(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS p FROM revisions').get() as { p: number };
  prepared(
    db,
    'INSERT INTO revisions (id, position, label, status, fingerprint, created_at, snapshot, returned_from, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    revision.id,
    next.p,
    revision.label,
    revision.status,
    revision.fingerprint,
    revision.createdAt,
    JSON.stringify(revision.snapshot),
    links.returnedFrom ?? null,
    links.supersedes ?? null,
  );
  // The status it is made with is its first dated status.
  prepared(db, 'INSERT INTO revision_status_changes (revision_id, status, changed_at) VALUES (?, ?, ?)').run(
    revision.id,
    revision.status,
    revision.createdAt,
  );
}
