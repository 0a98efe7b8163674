/**
 * Numbered schema migrations. Each `updateToSchemaVersionN` runs in one transaction together with the bump of
 * `PRAGMA user_version`, so a crash leaves the file at N-1 or N, never in between. Never edit a released migration:
 * add the next one.
 */
import type { Database } from 'better-sqlite3';
import { updateToSchemaVersion1 } from './1-initial';
import { updateToSchemaVersion2 } from './2-order-keys';
import { updateToSchemaVersion3 } from './3-returned-from';
import { updateToSchemaVersion4 } from './4-revision-status-dates';

export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [
  updateToSchemaVersion1,
  updateToSchemaVersion2,
  updateToSchemaVersion3,
  updateToSchemaVersion4,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Foreign keys are off while migrations run (SQLite ignores that pragma inside a transaction, and rebuilding a table
 * that others refer to needs it off), and each step checks them before it commits: a step that would leave a dangling
 * reference fails and leaves the file as it was.
 */
export function migrate(db: Database, migrations: ReadonlyArray<(db: Database) => void> = MIGRATIONS): void {
  if (schemaVersion(db) >= migrations.length) return;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (let version = schemaVersion(db); version < migrations.length; version++) {
      const update = migrations[version];
      if (!update) throw new Error(`no migration to schema version ${version + 1}`);
      db.transaction(() => {
        update(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`schema version ${version + 1} would break ${broken.length} references`);
        db.pragma(`user_version = ${version + 1}`);
      }).immediate();
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
