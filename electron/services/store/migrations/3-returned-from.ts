import type { Database } from 'better-sqlite3';

/**
 * Schema version 3: a revision recorded by importing a returned export remembers which file it came from — the
 * fingerprint of the client's version of the content (`returned_from`; null for every other revision). Importing the
 * same file again then finds it and changes nothing, instead of offering again what the person rejected the first time.
 */
export function updateToSchemaVersion3(db: Database): void {
  db.exec('ALTER TABLE revisions ADD COLUMN returned_from TEXT');
}
