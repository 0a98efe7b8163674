import type { Database } from 'better-sqlite3';
import { APPLICATION_ID } from '../file-format';

/**
 * Schema version 1. Rows carry an explicit `position` so order is data, not insertion order. Foreign keys have no
 * ON DELETE CASCADE on purpose: every delete goes through the history writer, which must see (and be able to restore)
 * each row it removes.
 */
export function updateToSchemaVersion1(db: Database): void {
  db.exec(`
    CREATE TABLE workbook (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      title TEXT NOT NULL,
      client TEXT NOT NULL,
      prepared_by TEXT NOT NULL,
      language TEXT NOT NULL,
      date_proposal TEXT,
      date_start TEXT,
      date_end TEXT,
      scope TEXT
    ) STRICT;
    CREATE TABLE parties (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      grp TEXT,
      kind TEXT NOT NULL
    ) STRICT;
    CREATE TABLE vocabularies (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      combinable INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE roles (
      vocabulary_id TEXT NOT NULL REFERENCES vocabularies(id),
      code TEXT NOT NULL,
      position INTEGER NOT NULL,
      label TEXT NOT NULL,
      labels TEXT NOT NULL,
      color TEXT NOT NULL,
      kind TEXT NOT NULL,
      PRIMARY KEY (vocabulary_id, code)
    ) STRICT;
    CREATE TABLE matrices (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      vocabulary_id TEXT NOT NULL REFERENCES vocabularies(id)
    ) STRICT;
    CREATE TABLE matrix_parties (
      matrix_id TEXT NOT NULL REFERENCES matrices(id),
      party_id TEXT NOT NULL REFERENCES parties(id),
      position INTEGER NOT NULL,
      PRIMARY KEY (matrix_id, party_id)
    ) STRICT;
    CREATE TABLE phases (
      id TEXT PRIMARY KEY,
      matrix_id TEXT NOT NULL REFERENCES matrices(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL
    ) STRICT;
    CREATE INDEX phases_by_matrix ON phases(matrix_id, position);
    CREATE TABLE activities (
      id TEXT PRIMARY KEY,
      phase_id TEXT NOT NULL REFERENCES phases(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      description TEXT
    ) STRICT;
    CREATE INDEX activities_by_phase ON activities(phase_id, position);
    CREATE TABLE cells (
      activity_id TEXT NOT NULL REFERENCES activities(id),
      party_id TEXT NOT NULL REFERENCES parties(id),
      roles TEXT NOT NULL,
      note TEXT,
      PRIMARY KEY (activity_id, party_id)
    ) STRICT;
    CREATE TABLE signatories (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      party_id TEXT NOT NULL REFERENCES parties(id),
      name TEXT NOT NULL,
      title TEXT NOT NULL,
      date TEXT
    ) STRICT;
    CREATE TABLE revisions (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      label TEXT NOT NULL,
      status TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      created_at TEXT NOT NULL,
      snapshot TEXT NOT NULL
    ) STRICT;
    CREATE TABLE history_steps (
      seq INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      created_at TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE history_changes (
      step_seq INTEGER NOT NULL REFERENCES history_steps(seq),
      idx INTEGER NOT NULL,
      tbl TEXT NOT NULL,
      before TEXT,
      after TEXT,
      PRIMARY KEY (step_seq, idx)
    ) STRICT;
  `);
  db.pragma(`application_id = ${APPLICATION_ID}`);
}
