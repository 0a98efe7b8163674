/**
 * Every edit is one transaction and one undo step, and the steps live in the workbook file, so undo survives closing
 * the app. An edit records each row it changes (before and after images); undo replays a step backwards, redo forwards.
 * Recording at row level means any edit — one cell or a whole import — is undoable by the same code.
 */
import type { Database } from 'better-sqlite3';
import { deleteRow, insertRow, pickColumns, replaceRow, selectRow } from './rows';
import { prepared } from './statements';
import { TABLES, tableSpec, type Row, type TableName } from './tables';
import { writeTransaction } from './transaction';

/** How many undo steps a workbook keeps; older ones are dropped as new edits arrive. */
export const HISTORY_LIMIT = 500;

/** The only way edits write document rows: each write is applied and remembered for undo. */
export interface Writer {
  insert(table: TableName, row: Row): void;
  /** Changes the given columns of the row with this key; a no-op when nothing differs. */
  update(table: TableName, key: Row, patch: Row): void;
  remove(table: TableName, key: Row): void;
  get(table: TableName, key: Row): Row | undefined;
}

/** One row written by an edit or a replay: its table, its key, and what it holds now (null: deleted). */
export interface RowChange {
  readonly table: TableName;
  readonly key: Row;
  readonly after: Row | null;
}

interface Change {
  readonly table: TableName;
  readonly before: Row | null;
  readonly after: Row | null;
}

const keyOf = (table: TableName, row: Row): Row => Object.fromEntries(TABLES[table].key.map((k) => [k, row[k] ?? null]));

function makeWriter(db: Database, changes: Change[]): Writer {
  const record = (change: Change) => changes.push(change);
  return {
    get: (table, key) => selectRow(db, TABLES[table], key),
    insert(table, row) {
      const t = TABLES[table];
      const full = pickColumns(t, row);
      insertRow(db, t, full);
      record({ table, before: null, after: full });
    },
    update(table, key, patch) {
      const t = TABLES[table];
      const before = selectRow(db, t, key);
      if (!before) throw new Error(`no ${table} row ${JSON.stringify(key)} to update`);
      const after = { ...before, ...patch };
      for (const k of t.key) after[k] = before[k] ?? null; // keys never change through update
      if (t.columns.every((c) => before[c] === after[c])) return;
      replaceRow(db, t, after);
      record({ table, before, after });
    },
    remove(table, key) {
      const t = TABLES[table];
      const before = selectRow(db, t, key);
      if (!before) return;
      deleteRow(db, t, key);
      record({ table, before, after: null });
    },
  };
}

export interface EditResult<T> {
  readonly value: T;
  /** False when the edit changed nothing (then no undo step is stored). */
  readonly changed: boolean;
  /** The rows the edit wrote, in order: what the UI applies to its copy instead of reloading the document. */
  readonly changes: readonly RowChange[];
}

/** What an edit's body returns: the undo step's name (it may depend on what the edit read) and the edit's value. */
export interface Step<T> {
  readonly label: string;
  readonly value: T;
}

export const step = <T = void>(label: string, value?: T): Step<T> => ({ label, value: value as T });

const asRowChange = (c: Change): RowChange => ({ table: c.table, key: keyOf(c.table, (c.after ?? c.before)!), after: c.after });

/**
 * Runs `fn` as one edit: one IMMEDIATE transaction, one undo step named by what `fn` returns. `fn` does its reads
 * inside the transaction, after the write lock is taken, so a concurrent writer cannot change what it decided on. A
 * new edit drops the redo branch, as in every editor. An exception rolls everything back, history included.
 */
export function edit<T>(db: Database, fn: (w: Writer) => Step<T>): EditResult<T> {
  return writeTransaction(db, (): EditResult<T> => {
    const changes: Change[] = [];
    const { label, value } = fn(makeWriter(db, changes));
    if (changes.length === 0) return { value, changed: false, changes: [] };
    dropRedoBranch(db);
    const { lastInsertRowid } = prepared(db, 'INSERT INTO history_steps (label, created_at) VALUES (?, ?)').run(
      label,
      new Date().toISOString(),
    );
    const insertChange = prepared(db, 'INSERT INTO history_changes (step_seq, idx, tbl, before, after) VALUES (?, ?, ?, ?, ?)');
    changes.forEach((c, idx) =>
      insertChange.run(lastInsertRowid, idx, c.table, c.before && JSON.stringify(c.before), c.after && JSON.stringify(c.after)),
    );
    pruneHistory(db);
    return { value, changed: true, changes: changes.map(asRowChange) };
  });
}

function dropRedoBranch(db: Database): void {
  prepared(db, 'DELETE FROM history_changes WHERE step_seq IN (SELECT seq FROM history_steps WHERE undone = 1)').run();
  prepared(db, 'DELETE FROM history_steps WHERE undone = 1').run();
}

function pruneHistory(db: Database): void {
  const cutoff = `(SELECT seq FROM history_steps ORDER BY seq DESC LIMIT 1 OFFSET ${HISTORY_LIMIT - 1})`;
  prepared(db, `DELETE FROM history_changes WHERE step_seq < ${cutoff}`).run();
  prepared(db, `DELETE FROM history_steps WHERE seq < ${cutoff}`).run();
}

export interface HistoryState {
  readonly undo: string | null;
  readonly redo: string | null;
}

/** Labels of the step undo and redo would apply next, for menus and the status bar. */
export function historyState(db: Database): HistoryState {
  const undo = prepared(db, 'SELECT label FROM history_steps WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
    { label: string } | undefined;
  const redo = prepared(db, 'SELECT label FROM history_steps WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
    { label: string } | undefined;
  return { undo: undo?.label ?? null, redo: redo?.label ?? null };
}

interface StoredChange {
  tbl: string;
  before: string | null;
  after: string | null;
}

function apply(db: Database, stored: StoredChange, direction: 'undo' | 'redo'): RowChange {
  const t = tableSpec(stored.tbl);
  const parse = (json: string | null) => (json === null ? null : pickColumns(t, JSON.parse(json)));
  const before = parse(stored.before);
  const after = parse(stored.after);
  const [from, to] = direction === 'undo' ? [after, before] : [before, after];
  if (from && !to) deleteRow(db, t, from);
  else if (!from && to) insertRow(db, t, to);
  else if (to) replaceRow(db, t, to);
  const table = stored.tbl as TableName;
  return { table, key: keyOf(table, (to ?? from)!), after: to };
}

/** Which step each direction replays next, and in which order its changes run. */
const REPLAY = {
  undo: { pick: 'undone = 0 ORDER BY seq DESC', order: 'DESC', mark: 1 },
  redo: { pick: 'undone = 1 ORDER BY seq ASC', order: 'ASC', mark: 0 },
} as const;

/** What undo or redo did: the step's label (null when there was nothing to do) and the rows it wrote. */
export interface Replayed {
  readonly label: string | null;
  readonly changes: readonly RowChange[];
}

function replay(db: Database, direction: 'undo' | 'redo'): Replayed {
  const { pick, order, mark } = REPLAY[direction];
  return writeTransaction(db, () => {
    const found = prepared(db, `SELECT seq, label FROM history_steps WHERE ${pick} LIMIT 1`).get() as
      { seq: number; label: string } | undefined;
    if (!found) return { label: null, changes: [] };
    const stored = prepared(db, `SELECT tbl, before, after FROM history_changes WHERE step_seq = ? ORDER BY idx ${order}`).all(
      found.seq,
    ) as StoredChange[];
    const changes = stored.map((c) => apply(db, c, direction));
    prepared(db, 'UPDATE history_steps SET undone = ? WHERE seq = ?').run(mark, found.seq);
    return { label: found.label, changes };
  });
}

/** Undoes the latest step. */
export function undo(db: Database): Replayed {
  return replay(db, 'undo');
}

/** Redoes the earliest undone step. */
export function redo(db: Database): Replayed {
  return replay(db, 'redo');
}
