// Migration 3 (returned_from): a version-2 file keeps its revisions, which were not imported from any returned file.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  createRevision,
  createWorkbook,
  findReturnedImport,
  readRevisions,
  withWorkbook,
} from '../electron/services/store';
import { MIGRATIONS, migrate, schemaVersion } from '../electron/services/store/migrations';
import { fingerprint } from '../shared/domain/canonical';
import { tempDir, template } from './helpers';

describe('migration 3: revisions remember the returned file they were imported from', () => {
  it('adds the column to a version-2 file, empty for the revisions it has, and a new import fills it', () => {
    const file = join(tempDir(), 'v2.engagement');
    createWorkbook(file, template('managed-services'));
    withWorkbook(file, (w) => createRevision(w.db, 'v1', 'sent'));
    // Back to version 2: the column goes, as it was before this version.
    const db = new Database(file);
    // Version 4's additions go too: the file is as version 2 left it.
    db.exec('DROP TABLE revision_status_changes; ALTER TABLE revisions DROP COLUMN supersedes');
    db.exec('ALTER TABLE revisions DROP COLUMN returned_from');
    db.pragma('user_version = 2');
    db.close();
    const v2 = new Database(file);
    expect(schemaVersion(v2)).toBe(2);
    expect(() => v2.prepare('SELECT returned_from FROM revisions').all()).toThrow(/no such column/);
    v2.close();

    withWorkbook(file, (w) => {
      expect(schemaVersion(w.db)).toBe(LATEST_SCHEMA_VERSION);
      expect(w.db.prepare('SELECT label, returned_from FROM revisions').all()).toEqual([{ label: 'v1', returned_from: null }]);
      expect(readRevisions(w.db).map((r) => r.label)).toEqual(['v1']);
      const theirs = fingerprint(template('raci'));
      expect(findReturnedImport(w.db, theirs)).toBeNull();
      const recorded = createRevision(w.db, 'v1 returned', 'returned', { returnedFrom: theirs });
      expect(findReturnedImport(w.db, theirs)).toEqual({ id: recorded.id, label: 'v1 returned', createdAt: recorded.createdAt });
    });
  });

  it('is step 3 of the migrations, on top of version 2', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare("SELECT name FROM pragma_table_info('revisions') WHERE name = 'returned_from'").get()).toEqual({
      name: 'returned_from',
    });
    db.close();
  });
});
