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

/** Rows inserted per statement when filling a new workbook (see insertValues). */
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

/**
 * Inserts rows given as one list of values, row after row, each in the table's column order, several rows per
 * statement. For a brand-new workbook, whose rows need no history: a 20,000-activity sheet is some 240,000 rows, and
 * crossing into SQLite once per row was most of the time it took.
 */
export function insertValues(db: Database, t: TableSpec, values: readonly Value[]): void {
  const width = t.columns.length;
  if (values.length % width !== 0) throw new Error(`${values.length} values are not whole rows of ${t.name}`);
  const perStatement = BATCH * width;
  for (let start = 0; start < values.length; start += perStatement) {
    const end = Math.min(values.length, start + perStatement);
    prepared(db, insertManySql(t, (end - start) / width)).run(values.slice(start, end));
  }
}

/** Inserts many rows of one table (see insertValues). */
export function insertRows(db: Database, t: TableSpec, rows: readonly Row[]): void {
  const values: Value[] = [];
  for (const row of rows) for (const column of t.columns) values.push(row[column] ?? null);
  insertValues(db, t, values);
}

export function insertRow(db: Database, t: TableSpec, row: Row): void {
  insertRows(db, t, [row]);
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
