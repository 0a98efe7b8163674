// A new workbook is written by its own fast path (store/content.ts writeNewContent: cells straight from the content
// through the cells codec's encoder, no journal while the file is built). It must store exactly what the general path
// stores, read back as the content it was given, and be a complete WAL-mode workbook with nothing left beside it.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { CODECS, cellEncoder } from '../electron/services/store/codecs';
import { contentRecords, recordRows } from '../electron/services/store/content';
import { TABLES } from '../electron/services/store/tables';
import type { Content } from '../shared/domain/document';
import { tempDir, template } from './helpers';

const NOTES = [
  'Zürich — 東京 😀 "quoted" \\ back\\slash',
  'tab\there\nnew line\r\nand \u2028 separator',
  '  leading and trailing spaces  ',
  '',
];

/** The managed-services template with cells of every kind: no roles, one, several in both orders, notes. */
function variedContent(): Content {
  const content = template('managed-services');
  const [o, c, a] = content.vocabularies[0]!.roles.map((r) => r.code) as [string, string, string];
  const lists = [[], [o], [o, c], [c, o], [o, c, a], [a], [c]];
  let n = 0;
  for (const matrix of content.matrices)
    for (const phase of matrix.phases)
      for (const activity of phase.activities)
        for (const cell of activity.cells) {
          cell.roles = lists[n % lists.length]!;
          cell.note = n % 3 === 0 ? NOTES[n % NOTES.length]! : null;
          n++;
        }
  // Columns (and so each activity's cells) in an order other than their ids', which the writer sorts by for SQLite.
  const first = content.matrices[0]!;
  first.partyIds.reverse();
  for (const phase of first.phases) for (const activity of phase.activities) activity.cells.reverse();
  return content;
}

const cellCount = (content: Content) =>
  content.matrices.reduce(
    (s, m) => s + m.phases.reduce((t, p) => t + p.activities.reduce((u, a) => u + a.cells.length, 0), 0),
    0,
  );

/** A value as `type:bytes in hex`, the type as SQLite's typeof names it. */
const rendered = (type: string, bytes: Buffer | null) => `${type}:${bytes ? bytes.toString('hex') : ''}`;

/** Every row of every document table, each value as its stored type and bytes, sorted. */
function storedRows(db: Database.Database): Record<string, string[]> {
  const tables: Record<string, string[]> = {};
  for (const [name, spec] of Object.entries(TABLES)) {
    const columns = spec.columns.map((c) => `typeof(${c}), CAST(${c} AS BLOB)`).join(', ');
    const rows = db.prepare(`SELECT ${columns} FROM ${name}`).raw().all() as Array<Array<string | Buffer | null>>;
    tables[name] = rows
      .map((row) => spec.columns.map((_, i) => rendered(row[2 * i] as string, row[2 * i + 1] as Buffer | null)).join('|'))
      .sort();
  }
  return tables;
}

/** What the general path (contentRecords, then each table's codec, as writeContent uses them) says those rows are. */
function expectedRows(content: Content): Record<string, string[]> {
  const value = (v: string | number | null) =>
    v === null ? rendered('null', null) : rendered(typeof v === 'number' ? 'integer' : 'text', Buffer.from(String(v), 'utf8'));
  const tables: Record<string, string[]> = {};
  for (const [name, rows] of recordRows(contentRecords(content))) {
    tables[name] = rows.map((row) => TABLES[name].columns.map((c) => value(row[c] ?? null)).join('|')).sort();
  }
  return tables;
}

describe('writing a new workbook', () => {
  it('reads back exactly the content it was given', () => {
    const content = variedContent();
    const before = structuredClone(content);
    const file = join(tempDir(), 'varied.engagement');
    createWorkbook(file, content);
    expect(content).toEqual(before);
    expect(withWorkbook(file, readDocument, { readonly: true })).toEqual({ ...content, revisions: [] });
  });

  it('stores every row byte for byte as the codecs encode the content’s records', () => {
    const content = variedContent();
    const file = join(tempDir(), 'bytes.engagement');
    createWorkbook(file, content);
    const db = new Database(file, { readonly: true });
    try {
      const stored = storedRows(db);
      expect(stored.cells).toHaveLength(cellCount(content));
      // Enough cells for full statements of 64 rows and a last, shorter one.
      expect(cellCount(content) % 64).not.toBe(0);
      expect(cellCount(content)).toBeGreaterThan(2 * 64);
      expect(stored).toEqual(expectedRows(content));
      // And the roles are the JSON text of the list, independently of the codec.
      const roles = db.prepare('SELECT roles FROM cells').pluck().all() as string[];
      const lists = content.matrices.flatMap((m) => m.phases.flatMap((p) => p.activities.flatMap((a) => a.cells)));
      expect(roles.sort()).toEqual(lists.map((c) => JSON.stringify(c.roles)).sort());
    } finally {
      db.close();
    }
  });

  it('is a complete, consistent WAL-mode workbook with nothing left beside it', () => {
    const dir = tempDir();
    const file = join(dir, 'complete.engagement');
    createWorkbook(file, variedContent());
    expect(readdirSync(dir)).toEqual(['complete.engagement']);
    const header = readFileSync(file).subarray(0, 100);
    // File format write and read versions: 2 is WAL, as every workbook is opened.
    expect([header[18], header[19]]).toEqual([2, 2]);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('leaves nothing behind when a row is refused halfway', () => {
    const content = variedContent();
    const activities = content.matrices[1]!.phases[0]!.activities;
    activities[activities.length - 1]!.cells.push({ partyId: 'no-such-party', roles: [], note: null });
    const dir = tempDir();
    const file = join(dir, 'refused.engagement');
    expect(() => createWorkbook(file, content)).toThrow(/FOREIGN KEY/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the cells codec’s encoder', () => {
  it('gives the codec’s own text for every list, whatever lists came before it', () => {
    const encode = cellEncoder();
    const lists = [['A'], ['A', 'R'], ['R', 'A'], [], ['A'], ['A', 'R', 'C'], ['A\u0000R'], ['"', '\\'], ['A', 'R']];
    for (const [i, roles] of lists.entries()) {
      const cell = { partyId: `p${i}`, roles, note: i % 2 ? `note ${i}` : null };
      const row = CODECS.cells.encode({ ...cell, activityId: 'a' });
      expect(encode('a', cell)).toEqual(TABLES.cells.columns.map((c) => row[c]));
      expect(encode('a', cell)[2]).toBe(JSON.stringify(roles));
    }
  });
});
