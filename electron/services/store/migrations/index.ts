/**
 * Numbered schema migrations. Each `updateToSchemaVersionN` runs in one transaction together with the bump of
 * `PRAGMA user_version`, so a crash leaves the file at N-1 or N, never in between. Never edit a released migration:
 * add the next one.
 */
import type { Database } from 'better-sqlite3';
import { updateToSchemaVersion1 } from './1-initial';

export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [updateToSchemaVersion1];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, migrations: ReadonlyArray<(db: Database) => void> = MIGRATIONS): void {
  for (let version = schemaVersion(db); version < migrations.length; version++) {
    const update = migrations[version];
    if (!update) throw new Error(`no migration to schema version ${version + 1}`);
    db.transaction(() => {
      update(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
