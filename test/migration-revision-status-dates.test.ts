// Migration 4 (revision status dates, supersedes): a version-3 file keeps its revisions, each with its status dated.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  createRevision,
  createWorkbook,
  readRevisionHistory,
  setRevisionStatus,
  withWorkbook,
} from '../electron/services/store';
import { MIGRATIONS, migrate, schemaVersion } from '../electron/services/store/migrations';
import { tempDir, template } from './helpers';

describe('migration 4: revision status changes are dated', () => {
  it('dates the present status of a version-3 file’s revisions when they were made; later changes are dated as they happen', () => {
    const file = join(tempDir(), 'v3.engagement');
    createWorkbook(file, template('managed-services'));
    const v1 = withWorkbook(file, (w) => createRevision(w.db, 'v1', 'sent'));
    const db = new Database(file);
    db.exec('DROP TABLE revision_status_changes; ALTER TABLE revisions DROP COLUMN supersedes');
    db.pragma('user_version = 3');
    db.close();

    withWorkbook(file, (w) => {
      expect(schemaVersion(w.db)).toBe(LATEST_SCHEMA_VERSION);
      expect(readRevisionHistory(w.db)).toMatchObject([
        { label: 'v1', status: 'sent', supersedes: null, statusChanges: [{ status: 'sent', at: v1.createdAt }] },
      ]);
      setRevisionStatus(w.db, 'v1', 'signed', new Date('2026-12-01T10:00:00Z'));
      expect(readRevisionHistory(w.db)[0]?.statusChanges).toEqual([
        { status: 'sent', at: v1.createdAt },
        { status: 'signed', at: '2026-12-01T10:00:00.000Z' },
      ]);
    });
  });

  it('is step 4 of the migrations, on top of version 3', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    migrate(db);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare("SELECT name FROM pragma_table_info('revisions') WHERE name = 'supersedes'").get()).toEqual({
      name: 'supersedes',
    });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'revision_status_changes'").get()).toBeDefined();
    db.close();
  });
});
