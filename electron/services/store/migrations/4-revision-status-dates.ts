import type { Database } from 'better-sqlite3';

/**
 * Schema version 4: every status change of a revision is dated (`revision_status_changes`: one row per status a
 * revision reached, since statuses only move forward), and a revision made after signing names the signed revision it
 * supersedes (`revisions.supersedes`; null otherwise). Revisions already in the file get one row, their present status
 * dated when the revision was made: the only date the file knew.
 */
export function updateToSchemaVersion4(db: Database): void {
  db.exec(`
    CREATE TABLE revision_status_changes (
      revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
      status TEXT NOT NULL,
      changed_at TEXT NOT NULL,
      PRIMARY KEY (revision_id, status)
    ) STRICT;
    INSERT INTO revision_status_changes (revision_id, status, changed_at) SELECT id, status, created_at FROM revisions;
    ALTER TABLE revisions ADD COLUMN supersedes TEXT;
  `);
}
