import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngagebookError } from '../shared/domain/errors';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, createWorkbook, openWorkbook, withWorkbook } from '../electron/services/store';
import { MIGRATIONS, migrate, schemaVersion } from '../electron/services/store/migrations';
import { sha256File, tempDir, template } from './helpers';

function refusal(file: string): EngagebookError {
  try {
    openWorkbook(file).close();
  } catch (error) {
    if (error instanceof EngagebookError) return error;
    throw error;
  }
  throw new Error(`${file} was opened`);
}

describe('migrations', () => {
  it('bring an empty database to the latest version and stamp the application id', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    migrate(db); // idempotent at the latest version
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('run each step in one transaction: a failing step leaves the previous version intact', () => {
    const db = new Database(':memory:');
    const failing = (d: Database.Database) => {
      d.exec('CREATE TABLE half_done (x)');
      throw new Error('disk full');
    };
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('upgrade an older file on open', () => {
    const dir = tempDir();
    const file = join(dir, 'old.engagement');
    createWorkbook(file, template('raci'));
    const db = new Database(file);
    db.pragma('user_version = 0'); // pretend it predates the schema; version 1 must then be reapplied…
    db.exec('DROP TABLE history_changes; DROP TABLE history_steps'); // …which its absent history tables allow
    db.exec(`DROP TABLE revision_status_changes; DROP TABLE revisions; DROP TABLE signatories; DROP TABLE cells; DROP TABLE activities; DROP TABLE phases;
      DROP TABLE matrix_parties; DROP TABLE matrices; DROP TABLE roles; DROP TABLE vocabularies; DROP TABLE parties; DROP TABLE workbook`);
    db.close();
    withWorkbook(file, (w) => expect(schemaVersion(w.db)).toBe(LATEST_SCHEMA_VERSION));
  });
});

describe('refusals leave the file byte-for-byte untouched', () => {
  const cases: Array<[string, (file: string) => void, EngagebookError['code'], RegExp]> = [
    ['random bytes', (f) => writeFileSync(f, randomBytes(4096)), 'not-sqlite', /not a SQLite database/],
    ['an empty file', (f) => writeFileSync(f, ''), 'not-sqlite', /only 0 bytes/],
    ['a text file', (f) => writeFileSync(f, 'title,client\nACME,ACME\n'.repeat(20)), 'not-sqlite', /not a SQLite database/],
    [
      'a foreign SQLite database',
      (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices VALUES (1, 9.5)');
        db.close();
      },
      'foreign-database',
      /SQLite database but not an Engagebook workbook/,
    ],
    [
      'a SQLite database of another application',
      (f) => {
        const db = new Database(f);
        db.pragma('application_id = 1234');
        db.exec('CREATE TABLE t (x)');
        db.close();
      },
      'foreign-database',
      /another application \(application id 1234\)/,
    ],
    [
      'a workbook from a newer version',
      (f) => {
        createWorkbook(f, template('raci'));
        const db = new Database(f);
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
        db.pragma('journal_mode = DELETE');
        db.close();
      },
      'newer-version',
      /newer version of Engagebook/,
    ],
  ];

  for (const [what, make, code, message] of cases) {
    it(`refuses ${what}`, () => {
      const file = join(tempDir(), 'input.engagement');
      make(file);
      const before = sha256File(file);
      const error = refusal(file);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).toContain(file);
      expect(sha256File(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
    });
  }

  it('reports a missing file by name', () => {
    const file = join(tempDir(), 'missing.engagement');
    expect(refusal(file).message).toBe(`${file}: no such file`);
  });
});
