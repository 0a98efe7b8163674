/**
 * Where a row goes among its siblings: the order key that places it at a 0-based index. Only the neighbours' keys are
 * read (at most two rows, through the parent's position index), and only the placed row is written.
 */
import type { Database } from 'better-sqlite3';
import { keyBetween, keysBetween } from './order-keys';
import { prepared } from './statements';

/** Tables whose rows are placed by index, with the column that names the parent and the one that names the row. */
const ORDERED = {
  phases: { parent: 'matrix_id', id: 'id' },
  activities: { parent: 'phase_id', id: 'id' },
  matrix_parties: { parent: 'matrix_id', id: 'party_id' },
} as const;
export type Placed = keyof typeof ORDERED;

/**
 * The keys either side of `index` among the rows under `parentId`, not counting `rowId` (how a move sees the list);
 * `index` undefined or past the end means after the last row.
 */
function neighbours(
  db: Database,
  table: Placed,
  parentId: string,
  index: number | undefined,
  rowId: string,
): [string | null, string | null] {
  const { parent, id } = ORDERED[table];
  const siblings = `FROM ${table} WHERE ${parent} = ? AND ${id} <> ?`;
  const last = () => (prepared(db, `SELECT MAX(position) AS p ${siblings}`).get(parentId, rowId) as { p: string | null }).p;
  if (index === undefined) return [last(), null];
  const around = (
    prepared(db, `SELECT position ${siblings} ORDER BY position LIMIT 2 OFFSET ?`).all(
      parentId,
      rowId,
      Math.max(index - 1, 0),
    ) as Array<{ position: string }>
  ).map((r) => r.position);
  if (index === 0) return [null, around[0] ?? null];
  if (around.length === 0) return [last(), null];
  return [around[0]!, around[1] ?? null];
}

/** The key that puts a new row at `index` (or at the end) among the rows under `parentId`. */
export function keyAt(db: Database, table: Placed, parentId: string, index?: number): string {
  return keyBetween(...neighbours(db, table, parentId, index, ''));
}

/** Keys that put `count` new rows, in order, at `index` (or at the end) among the rows under `parentId`. */
export function keysAt(db: Database, table: Placed, parentId: string, count: number, index?: number): string[] {
  return keysBetween(...neighbours(db, table, parentId, index, ''), count);
}

/**
 * The key for moving `rowId` (now at key `current`) to `index` under `parentId`, or null when it already sits there: a
 * move that changes nothing writes nothing and adds no undo step.
 */
export function moveKey(
  db: Database,
  table: Placed,
  parentId: string,
  index: number,
  rowId: string,
  current: string | null,
): string | null {
  const [before, after] = neighbours(db, table, parentId, index, rowId);
  if (current !== null && (before === null || before < current) && (after === null || current < after)) return null;
  return keyBetween(before, after);
}
