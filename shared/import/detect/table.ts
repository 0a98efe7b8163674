/**
 * Finding the responsibility matrix in one sheet. The reading itself is in read-table.ts (header.ts, columns.ts,
 * groups.ts); which way round the sheet is, and how sure that is, in orientation.ts and confidence.ts.
 */
import type { SheetGrid } from '../grid';
import type { CodeContext } from './codes';
import { assess, type Confidences, type Doubt } from './confidence';
import type { Mapping, TableOverrides } from './mapping';
import { chooseOrientation } from './orientation';
import { detectTable } from './read-table';
import { detectOtherShapes } from './shapes';
import { transpose } from './transpose';

export { detectTable } from './read-table';
export { transpose } from './transpose';

export interface PartyColumn {
  readonly column: number;
  readonly name: string;
  readonly group: string | null;
}

export interface DetectedRow {
  readonly row: number;
  readonly kind: 'activity' | 'section';
  readonly title: string;
  /** Lines of the title cell after the first. */
  readonly description: string | null;
  readonly phase: string | null;
  /** Role codes per party column (same order as `parties`). */
  readonly codes: string[][];
  /** A remark written under the role in a cell ("Owner\nreviews sizing"), per party column. */
  readonly notes: Array<string | null>;
}

export interface DetectedTable {
  readonly sheet: string;
  readonly transposed: boolean;
  /** Read from a long-format table (one row per activity and party). */
  readonly long?: boolean;
  readonly headerRow: number;
  readonly labelColumn: number;
  readonly phaseColumn: number | null;
  readonly parties: PartyColumn[];
  readonly rows: DetectedRow[];
  readonly skipped: Array<{ row: number; reason: string }>;
  /** Share of filled party cells that read as role codes: 1 is a clean matrix. */
  readonly confidence: number;
  /** The filled party cells of the table, and how many of them hold codes (`confidence` is their ratio). */
  readonly cellCounts?: { readonly filled: number; readonly codes: number };
  /** Columns left of the parties passed over because they number the rows ("#", "Step Id", 1..n). */
  readonly idColumns?: number[];
  /** How sure each guess is, 0 to 1 (see confidence.ts). */
  readonly confidences?: Confidences;
  /** Why the reading is doubtful; empty when it is not. */
  readonly doubts?: Doubt[];
}

const sure = (table: DetectedTable | null) => table && assess(table, { confidence: 1 });

/**
 * The matrix in one sheet, in the orientation asked for or the one that reads best (orientation.ts), with how sure
 * each guess is.
 */
export function detectInSheet(
  grid: SheetGrid,
  context: CodeContext,
  orientation?: Mapping['orientation'],
  overrides: TableOverrides = {},
): DetectedTable | null {
  const shaped = detectOtherShapes(grid, context, orientation);
  if (shaped !== undefined) return shaped;
  // A person named the orientation: it is certain, whatever the other reading would say.
  if (orientation === 'rows') return sure(detectTable(grid, context, false, overrides));
  if (orientation === 'columns') return sure(detectTable(transpose(grid), context, true, overrides));
  return chooseOrientation(grid, context, overrides);
}
