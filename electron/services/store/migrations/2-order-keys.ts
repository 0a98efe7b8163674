import type { Database } from 'better-sqlite3';
import { integerKey } from '../order-keys';

/**
 * Schema version 2: positions become order keys (text that sorts; see order-keys.ts), so inserting or moving a row
 * writes one row instead of renumbering its siblings. Also indexes cells by party, which removing a party column and
 * the rules' party look-ups need.
 *
 * SQLite cannot change a column's type in place: each ordered table is rebuilt (create, copy, drop, rename — the
 * procedure of SQLite's ALTER TABLE documentation; the runner turns foreign keys off around it and checks them before
 * committing). Old integer positions become keys with `integerKey`, which keeps their order, and the undo history's
 * row images are converted the same way, so undoing a step recorded before the upgrade restores the same order.
 */
export function updateToSchemaVersion2(db: Database): void {
  db.function('eb_order_key', { deterministic: true }, (position: unknown) => keyFor(position));
  db.function('eb_history_keys', { deterministic: true }, (image: unknown) => historyImage(image));
  for (const [table, columns, ddl] of ORDERED_TABLES) {
    db.exec(`CREATE TABLE new_${table} (${ddl}) STRICT`);
    const copied = columns.map((c) => (c === 'position' ? 'eb_order_key(position)' : c)).join(', ');
    db.exec(`INSERT INTO new_${table} (${columns.join(', ')}) SELECT ${copied} FROM ${table}`);
    db.exec(`DROP TABLE ${table}`);
    db.exec(`ALTER TABLE new_${table} RENAME TO ${table}`);
  }
  db.exec(`
    CREATE INDEX phases_by_matrix ON phases(matrix_id, position);
    CREATE INDEX activities_by_phase ON activities(phase_id, position);
    CREATE INDEX matrix_parties_by_matrix ON matrix_parties(matrix_id, position);
    CREATE INDEX cells_by_party ON cells(party_id);
  `);
  const tables = ORDERED_TABLES.map(([table]) => `'${table}'`).join(', ');
  db.exec(`UPDATE history_changes SET before = eb_history_keys(before), after = eb_history_keys(after) WHERE tbl IN (${tables})`);
}

/** Table, columns in order, and the version-2 definition (version 1's with `position TEXT`). */
const ORDERED_TABLES: ReadonlyArray<readonly [string, readonly string[], string]> = [
  [
    'parties',
    ['id', 'position', 'name', 'grp', 'kind'],
    'id TEXT PRIMARY KEY, position TEXT NOT NULL, name TEXT NOT NULL, grp TEXT, kind TEXT NOT NULL',
  ],
  [
    'vocabularies',
    ['id', 'position', 'name', 'combinable'],
    'id TEXT PRIMARY KEY, position TEXT NOT NULL, name TEXT NOT NULL, combinable INTEGER NOT NULL',
  ],
  [
    'roles',
    ['vocabulary_id', 'code', 'position', 'label', 'labels', 'color', 'kind'],
    `vocabulary_id TEXT NOT NULL REFERENCES vocabularies(id), code TEXT NOT NULL, position TEXT NOT NULL,
     label TEXT NOT NULL, labels TEXT NOT NULL, color TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (vocabulary_id, code)`,
  ],
  [
    'matrices',
    ['id', 'position', 'title', 'vocabulary_id'],
    'id TEXT PRIMARY KEY, position TEXT NOT NULL, title TEXT NOT NULL, vocabulary_id TEXT NOT NULL REFERENCES vocabularies(id)',
  ],
  [
    'matrix_parties',
    ['matrix_id', 'party_id', 'position'],
    `matrix_id TEXT NOT NULL REFERENCES matrices(id), party_id TEXT NOT NULL REFERENCES parties(id),
     position TEXT NOT NULL, PRIMARY KEY (matrix_id, party_id)`,
  ],
  [
    'phases',
    ['id', 'matrix_id', 'position', 'title'],
    'id TEXT PRIMARY KEY, matrix_id TEXT NOT NULL REFERENCES matrices(id), position TEXT NOT NULL, title TEXT NOT NULL',
  ],
  [
    'activities',
    ['id', 'phase_id', 'position', 'title', 'description'],
    `id TEXT PRIMARY KEY, phase_id TEXT NOT NULL REFERENCES phases(id), position TEXT NOT NULL, title TEXT NOT NULL,
     description TEXT`,
  ],
  [
    'signatories',
    ['id', 'position', 'party_id', 'name', 'title', 'date'],
    `id TEXT PRIMARY KEY, position TEXT NOT NULL, party_id TEXT NOT NULL REFERENCES parties(id), name TEXT NOT NULL,
     title TEXT NOT NULL, date TEXT`,
  ],
];

/** Version 1 only ever wrote whole numbers ≥ 0; anything else (a damaged row) keeps its text and sorts as text does. */
function keyFor(position: unknown): string {
  if (typeof position === 'number' && Number.isSafeInteger(position) && position >= 0) return integerKey(position);
  return String(position);
}

/** A history row image (JSON text or NULL) with its position converted; images that are not rows stay as they are. */
function historyImage(image: unknown): unknown {
  if (typeof image !== 'string') return image;
  let row: unknown;
  try {
    row = JSON.parse(image);
  } catch {
    return image; // replay refuses it, as it did before the upgrade
  }
  if (row === null || typeof row !== 'object' || !('position' in row)) return image;
  return JSON.stringify({ ...row, position: keyFor((row as { position: unknown }).position) });
}
