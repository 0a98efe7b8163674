/**
 * Filling a brand-new workbook: the rows writeContent (content.ts) would write, without history, many to a statement
 * and in primary-key order. Only for a file nobody else has open yet (workbook.ts createWorkbook).
 */
import type { Database } from 'better-sqlite3';
import type { Activity, Cell, Content } from '../../../shared/domain/document';
import { cellEncoder } from './codecs';
import { firstKeysFor, recordRows, recordsButCells } from './content';
import { insertRows, rowInserter } from './rows';
import { TABLES, type Row, type TableSpec } from './tables';

/**
 * Writes `content` into the empty document tables of a new workbook.
 *
 * The cells (some 240,000 for 20,000 activities) go from the content straight to the statements' values through the
 * cells codec's encoder, instead of a record and a row object each. Rows go in in the order of their primary key
 * (activities by id, each activity's cells by party): every key then lands at the right-hand end of its index, where
 * SQLite appends, instead of splitting pages all over an index bigger than its cache — with the random ids of an
 * imported sheet, that halved SQLite's part of the write. Which row gets which rowid is not part of the document;
 * every read orders by order keys (see docs/performance.md).
 */
export function writeNewContent(db: Database, content: Content): void {
  for (const [table, rows] of recordRows(recordsButCells(content, firstKeysFor()))) {
    if (rows.length > 0) insertRows(db, TABLES[table], inKeyOrder(TABLES[table], rows));
  }
  const encode = cellEncoder();
  const cells = rowInserter(db, TABLES.cells);
  const activities: Activity[] = content.matrices.flatMap((m) => m.phases.flatMap((p) => p.activities));
  for (const a of activities.sort((x, y) => compare(x.id, y.id))) for (const c of byParty(a.cells)) cells.add(encode(a.id, c));
  cells.finish();
}

/** Text in code-unit order, which is SQLite's (byte) order for the ids Engagebook makes; any order is correct. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byParty(cells: readonly Cell[]): readonly Cell[] {
  for (let i = 1; i < cells.length; i++)
    if (cells[i - 1]!.partyId > cells[i]!.partyId) return [...cells].sort((x, y) => compare(x.partyId, y.partyId));
  return cells;
}

function inKeyOrder(t: TableSpec, rows: Row[]): Row[] {
  return rows.sort((x, y) => {
    for (const k of t.key) {
      const order = compare(String(x[k]), String(y[k]));
      if (order !== 0) return order;
    }
    return 0;
  });
}
