/**
 * One codec per table: a stored row to the document's record (shared/domain/records.ts) and back. The reader
 * (content.ts), the writer (new workbooks, imports) and the history (the rows an edit wrote, sent to the UI) all
 * convert through these, so a column is named and parsed in one place.
 */
import type { Cell } from '../../../shared/domain/document';
import type { RecordChange, RecordTable, RecordTypes } from '../../../shared/domain/records';
import { EngagebookError } from '../../../shared/domain/errors';
import type { RowChange } from './history';
import { TABLES, type Row, type TableName } from './tables';

interface Codec<T extends RecordTable> {
  readonly record: T;
  decode(row: Row, file?: string): RecordTypes[T];
  encode(record: RecordTypes[T]): Row;
}

type Codecs = { [S in TableName]: Codec<RecordTableOf<S>> };
type RecordTableOf<S extends TableName> = S extends 'matrix_parties' ? 'matrixParties' : S & RecordTable;

const text = (v: unknown) => v as string;
const maybe = (v: unknown) => v as string | null;

export const CODECS: Codecs = {
  workbook: {
    record: 'workbook',
    decode: (r, file) => ({
      id: text(r.id),
      title: text(r.title),
      client: text(r.client),
      preparedBy: text(r.prepared_by),
      language: text(r.language) as RecordTypes['workbook']['language'],
      dates: { proposal: maybe(r.date_proposal), start: maybe(r.date_start), end: maybe(r.date_end) },
      scope: r.scope === null ? null : (parseJson(r.scope, file) as RecordTypes['workbook']['scope']),
    }),
    encode: (w) => ({
      singleton: 1,
      id: w.id,
      title: w.title,
      client: w.client,
      prepared_by: w.preparedBy,
      language: w.language,
      date_proposal: w.dates.proposal,
      date_start: w.dates.start,
      date_end: w.dates.end,
      scope: w.scope === null ? null : JSON.stringify(w.scope),
    }),
  },
  parties: {
    record: 'parties',
    decode: (r) => ({
      id: text(r.id),
      position: text(r.position),
      name: text(r.name),
      group: maybe(r.grp),
      kind: text(r.kind) as RecordTypes['parties']['kind'],
    }),
    encode: (p) => ({ id: p.id, position: p.position, name: p.name, grp: p.group, kind: p.kind }),
  },
  vocabularies: {
    record: 'vocabularies',
    decode: (r) => ({ id: text(r.id), position: text(r.position), name: text(r.name), combinable: r.combinable === 1 }),
    encode: (v) => ({ id: v.id, position: v.position, name: v.name, combinable: v.combinable ? 1 : 0 }),
  },
  roles: {
    record: 'roles',
    decode: (r, file) => ({
      vocabularyId: text(r.vocabulary_id),
      code: text(r.code),
      position: text(r.position),
      label: text(r.label),
      labels: parseJson(r.labels, file) as RecordTypes['roles']['labels'],
      color: text(r.color),
      kind: text(r.kind) as RecordTypes['roles']['kind'],
    }),
    encode: (r) => ({
      vocabulary_id: r.vocabularyId,
      code: r.code,
      position: r.position,
      label: r.label,
      labels: JSON.stringify(r.labels),
      color: r.color,
      kind: r.kind,
    }),
  },
  matrices: {
    record: 'matrices',
    decode: (r) => ({ id: text(r.id), position: text(r.position), title: text(r.title), vocabularyId: text(r.vocabulary_id) }),
    encode: (m) => ({ id: m.id, position: m.position, title: m.title, vocabulary_id: m.vocabularyId }),
  },
  matrix_parties: {
    record: 'matrixParties',
    decode: (r) => ({ matrixId: text(r.matrix_id), partyId: text(r.party_id), position: text(r.position) }),
    encode: (c) => ({ matrix_id: c.matrixId, party_id: c.partyId, position: c.position }),
  },
  phases: {
    record: 'phases',
    decode: (r) => ({ id: text(r.id), matrixId: text(r.matrix_id), position: text(r.position), title: text(r.title) }),
    encode: (p) => ({ id: p.id, matrix_id: p.matrixId, position: p.position, title: p.title }),
  },
  activities: {
    record: 'activities',
    decode: (r) => ({
      id: text(r.id),
      phaseId: text(r.phase_id),
      position: text(r.position),
      title: text(r.title),
      description: maybe(r.description),
    }),
    encode: (a) => ({ id: a.id, phase_id: a.phaseId, position: a.position, title: a.title, description: a.description }),
  },
  cells: {
    record: 'cells',
    decode: (r, file) => ({
      activityId: text(r.activity_id),
      partyId: text(r.party_id),
      roles: parseJson(r.roles, file) as string[],
      note: maybe(r.note),
    }),
    encode: (c) => {
      const [activity_id, party_id, roles, note] = cellColumns(c.activityId, c, rolesText);
      return { activity_id, party_id, roles, note };
    },
  },
  signatories: {
    record: 'signatories',
    decode: (r) => ({
      id: text(r.id),
      position: text(r.position),
      partyId: text(r.party_id),
      name: text(r.name),
      title: text(r.title),
      date: maybe(r.date),
    }),
    encode: (s) => ({ id: s.id, position: s.position, party_id: s.partyId, name: s.name, title: s.title, date: s.date }),
  },
};

/** A cell's stored role codes: JSON text of the list, e.g. `["A","R"]`. */
const rolesText = (roles: readonly string[]): string => JSON.stringify(roles);

/** A cells row's values in the table's column order (activity_id, party_id, roles, note). */
export type CellColumns = readonly [string, string, string, string | null];

/**
 * The cells codec's encoding, from an activity's id and one of its cells as the content holds them: the cells of a
 * new workbook go straight from the content to the rows (no record object per cell), and the codec's `encode` is
 * this same function, so both write the same text.
 */
function cellColumns(activityId: string, cell: Cell, roles: (roles: readonly string[]) => string): CellColumns {
  return [activityId, cell.partyId, roles(cell.roles), cell.note];
}

/**
 * `cellColumns` for the many cells of one write, with the roles' JSON text made once per distinct list of codes: a
 * 20,000-activity workbook has some 240,000 cells but a handful of distinct lists, and serialising each list again
 * was a tenth of the write. The memo is a tree of codes (no joined key two lists could share) and lives as long as
 * the encoder, one write.
 */
export function cellEncoder(): (activityId: string, cell: Cell) => CellColumns {
  interface Node {
    text?: string;
    readonly next: Map<string, Node>;
  }
  const root: Node = { next: new Map() };
  const memoised = (roles: readonly string[]): string => {
    let node = root;
    for (const code of roles) {
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    return (node.text ??= rolesText(roles));
  };
  return (activityId, cell) => cellColumns(activityId, cell, memoised);
}

export function parseJson(value: unknown, file?: string): unknown {
  if (typeof value !== 'string')
    throw new EngagebookError('invalid-document', 'the workbook content is damaged (expected JSON text)', file);
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new EngagebookError('invalid-document', 'the workbook content is damaged (unreadable JSON)', file);
  }
}

/** The rows an edit wrote, as the records the UI applies (shared/domain/records.ts). */
export function recordChanges(changes: readonly RowChange[], file?: string): RecordChange[] {
  return changes.map((c) => {
    const codec = CODECS[c.table] as unknown as Codec<RecordTable>;
    // The workbook's key (its singleton column) is not part of the document; every other key is, in table order.
    const key = c.table === 'workbook' ? [] : TABLES[c.table].key.map((k) => String(c.key[k]));
    return { table: codec.record, key, value: c.after && codec.decode(c.after, file) } as RecordChange;
  });
}
