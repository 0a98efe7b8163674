// A new workbook is filled with its secondary indexes dropped and built again afterwards (store/workbook.ts): the file
// must end up with exactly the schema a migrated database has, every index back, and the indexes must answer.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../electron/services/store';
import { migrate } from '../electron/services/store/migrations/index';
import { tempDir, template } from './helpers';

const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

describe('a new workbook', () => {
  it('has the migrated schema with every index, and the indexes are consistent with the rows', () => {
    const empty = new Database(':memory:');
    migrate(empty);
    const expected = schemaOf(empty);
    empty.close();
    expect(expected.some((row) => (row as { type: string }).type === 'index')).toBe(true);

    const file = join(tempDir(), 'new.engagement');
    createWorkbook(file, template('managed-services'));
    const db = new Database(file, { readonly: true });
    try {
      expect(schemaOf(db)).toEqual(expected);
      expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      // The party index finds the same cells as a scan of the table.
      const party = db.prepare('SELECT party_id FROM cells LIMIT 1').get() as { party_id: string };
      const byIndex = db
        .prepare('SELECT COUNT(*) AS n FROM cells INDEXED BY cells_by_party WHERE party_id = ?')
        .get(party.party_id);
      const byScan = db.prepare('SELECT COUNT(*) AS n FROM cells NOT INDEXED WHERE party_id = ?').get(party.party_id);
      expect(byIndex).toEqual(byScan);
    } finally {
      db.close();
    }
  });
});
