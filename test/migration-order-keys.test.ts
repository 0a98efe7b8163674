// Migration 2 (order keys): a version-1 file with integer positions and an undo history recorded before the upgrade
// opens with text keys in the same order, and undoing the old step still restores the old order.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, readContent, undo, withWorkbook } from '../electron/services/store';
import { MIGRATIONS, migrate, schemaVersion } from '../electron/services/store/migrations';
import { tempDir } from './helpers';

/** A version-1 workbook: one matrix, one phase with three activities (b moved to the top by the recorded step). */
function versionOneFile(): string {
  const file = join(tempDir(), 'v1.engagement');
  const db = new Database(file);
  migrate(db, MIGRATIONS.slice(0, 1));
  db.exec(`
    INSERT INTO workbook VALUES (1, 'wb', 'Old deal', 'Acme', 'Ann', 'en', NULL, NULL, NULL, NULL);
    INSERT INTO parties VALUES ('p1', 0, 'Customer', NULL, 'customer'), ('p2', 3, 'Provider', NULL, 'provider');
    INSERT INTO vocabularies VALUES ('raci', 0, 'RACI', 1);
    INSERT INTO roles VALUES ('raci', 'R', 0, 'Responsible', '{"en":"Responsible","sv":"","nl":"","fr":""}', '#2E86C1', 'responsible'),
                             ('raci', 'A', 1, 'Accountable', '{"en":"Accountable","sv":"","nl":"","fr":""}', '#C0392B', 'accountable');
    INSERT INTO matrices VALUES ('m', 0, 'Roles', 'raci');
    INSERT INTO matrix_parties VALUES ('m', 'p2', 0), ('m', 'p1', 1);
    INSERT INTO phases VALUES ('ph', 'm', 0, 'Build');
    INSERT INTO activities VALUES ('b', 'ph', 0, 'Second', NULL), ('a', 'ph', 1, 'First', NULL), ('c', 'ph', 2, 'Third', NULL);
    INSERT INTO cells VALUES ('a', 'p1', '["A"]', NULL);
    INSERT INTO history_steps (seq, label, created_at) VALUES (1, 'Move Second', '2026-01-01T00:00:00.000Z');
    INSERT INTO history_changes VALUES
      (1, 0, 'activities', '{"id":"b","phase_id":"ph","position":1,"title":"Second","description":null}',
                           '{"id":"b","phase_id":"ph","position":0,"title":"Second","description":null}'),
      (1, 1, 'activities', '{"id":"a","phase_id":"ph","position":0,"title":"First","description":null}',
                           '{"id":"a","phase_id":"ph","position":1,"title":"First","description":null}');
  `);
  expect(schemaVersion(db)).toBe(1);
  db.close();
  return file;
}

describe('migration 2: order keys', () => {
  it('turns integer positions into text keys that keep the order, in the rows and in the undo history', () => {
    const file = versionOneFile();
    withWorkbook(file, (w) => {
      expect(schemaVersion(w.db)).toBe(LATEST_SCHEMA_VERSION);
      const types = w.db
        .prepare('SELECT DISTINCT typeof(position) AS t FROM activities UNION SELECT typeof(position) FROM parties')
        .all();
      expect(types).toEqual([{ t: 'text' }]);
      const content = readContent(w.db);
      expect(content.matrices[0]!.phases[0]!.activities.map((a) => a.title)).toEqual(['Second', 'First', 'Third']);
      expect(content.matrices[0]!.partyIds).toEqual(['p2', 'p1']);
      expect(content.parties.map((p) => p.id)).toEqual(['p1', 'p2']); // 0 and 3 keep their order across the gap
      const history = w.db.prepare('SELECT before, after FROM history_changes ORDER BY idx').all() as Array<{ before: string }>;
      expect(JSON.parse(history[0]!.before).position).toBe('a1');
      // The step recorded before the upgrade undoes into the old order.
      expect(undo(w.db).label).toBe('Move Second');
      expect(readContent(w.db).matrices[0]!.phases[0]!.activities.map((a) => a.title)).toEqual(['First', 'Second', 'Third']);
      expect(w.db.pragma('foreign_key_check')).toEqual([]);
      expect(w.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(w.db.prepare("SELECT name FROM sqlite_master WHERE name = 'cells_by_party'").get()).toBeDefined();
    });
  });

  it('is all or nothing: a damaged reference stops it and the file stays at version 1', () => {
    const file = versionOneFile();
    const db = new Database(file);
    db.pragma('foreign_keys = OFF'); // a damaged file: another program wrote it without checks
    db.exec("INSERT INTO activities VALUES ('orphan', 'no-such-phase', 3, 'Orphan', NULL)");
    db.close();
    expect(() => withWorkbook(file, () => undefined)).toThrow(/would break 1 references/);
    const after = new Database(file);
    expect(schemaVersion(after)).toBe(1);
    expect(after.prepare('SELECT typeof(position) AS t FROM activities LIMIT 1').get()).toEqual({ t: 'integer' });
    after.close();
  });
});
