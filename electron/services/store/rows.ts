/** Row-level reads and writes of the document tables, by spec; the only place that builds SQL from table names. */
import type { Database } from 'better-sqlite3';
import { prepared } from './statements';
import type { Row, TableSpec } from './tables';

const where = (t: TableSpec) => t.key.map((k) => `${k} = ?`).join(' AND ');
const keyValues = (t: TableSpec, row: Row) => t.key.map((k) => row[k] ?? null);

export function selectRow(db: Database, t: TableSpec, key: Row): Row | undefined {
  return prepared(db, `SELECT ${t.columns.join(', ')} FROM ${t.name} WHERE ${where(t)}`).get(...keyValues(t, key)) as
    Row | undefined;
}

/** A column's value as bound to a statement. */
export type Value = string | number | null;

/** Rows inserted per statement when filling a new workbook (see rowInserter). */
const BATCH = 64;
const batchSql = new WeakMap<TableSpec, Map<number, string>>();

function insertManySql(t: TableSpec, count: number): string {
  let byCount = batchSql.get(t);
  if (!byCount) batchSql.set(t, (byCount = new Map()));
  let sql = byCount.get(count);
  if (!sql) {
    const one = `(${t.columns.map(() => '?').join(', ')})`;
    sql = `INSERT INTO ${t.name} (${t.columns.join(', ')}) VALUES ${Array.from({ length: count }, () => one).join(', ')}`;
    byCount.set(count, sql);
  }
  return sql;
}

/** Rows of one table on their way into it (see rowInserter). */
export interface RowInserter {
  add(values: readonly Value[]): void;
  /** Inserts the rows still waiting; call once after the last `add`. */
  finish(): void;
}

/**
 * Inserts rows of one table, several per statement. For a brand-new workbook, whose rows need no history: a
 * 20,000-activity sheet is some 240,000 rows, and crossing into SQLite once per row was most of the time it took.
 * Rows are given one at a time, as their values in the table's column order, into one array reused for every
 * statement (SQLite copies what it binds), so the rows of a whole workbook are never held at once.
 */
export function rowInserter(db: Database, t: TableSpec): RowInserter {
  const width = t.columns.length;
  const pending = new Array<Value>(BATCH * width);
  let filled = 0;
  return {
    add(values) {
      if (values.length !== width) throw new Error(`a row of ${t.name} needs ${width} values, got ${values.length}`);
      for (let i = 0; i < width; i++) pending[filled++] = values[i]!;
      if (filled === pending.length) {
        prepared(db, insertManySql(t, BATCH)).run(pending);
        filled = 0;
      }
    },
    finish() {
      if (filled > 0) prepared(db, insertManySql(t, filled / width)).run(pending.slice(0, filled));
      filled = 0;
    },
  };
}

/** Inserts many rows of one table (see rowInserter). */
export function insertRows(db: Database, t: TableSpec, rows: readonly Row[]): void {
  const inserter = rowInserter(db, t);
  for (const row of rows) inserter.add(t.columns.map((c) => row[c] ?? null));
  inserter.finish();
}

export function insertRow(db: Database, t: TableSpec, row: Row): void {
  prepared(db, insertManySql(t, 1)).run(t.columns.map((c) => row[c] ?? null));
}

export function replaceRow(db: Database, t: TableSpec, row: Row): void {
  const columns = t.columns.filter((c) => !t.key.includes(c));
  prepared(db, `UPDATE ${t.name} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${where(t)}`).run(
    ...columns.map((c) => row[c] ?? null),
    ...keyValues(t, row),
  );
}

export function deleteRow(db: Database, t: TableSpec, key: Row): void {
  prepared(db, `DELETE FROM ${t.name} WHERE ${where(t)}`).run(...keyValues(t, key));
}

/** Keeps only the spec's columns, so a row read from JSON cannot smuggle anything else in. */
export function pickColumns(t: TableSpec, value: unknown): Row {
  if (value === null || typeof value !== 'object') throw new Error(`history row for ${t.name} is not an object`);
  const source = value as Record<string, unknown>;
  const row: Row = {};
  for (const c of t.columns) {
    const v = source[c];
    if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
      throw new Error(`history row for ${t.name}.${c} has an unexpected value`);
    }
    row[c] = v ?? null;
  }
  return row;
}
