/**
 * What the other shapes of a responsibility list (single-role lists, inverted tables, long format with the party as a
 * value) share: the rows of the table under a header, ID columns, and choosing the activity and phase columns among
 * the text columns.
 */
import { Sheet, type SheetGrid } from '../grid';
import { readCodes, type CodeContext } from './codes';
import { clean, isPlaceholder, tidy } from './hygiene';
import type { DetectedRow, DetectedTable } from './table';

export type Shape = 'single-role' | 'inverted' | 'party-value';

/** A table read in one of the other shapes; `shape` says which, for the report and the mapping. */
export type ShapedTable = DetectedTable & { readonly shape: Shape };

/** How many rows near the top are tried as the header. */
export const HEADER_ROWS = 30;

/**
 * `readCodes` remembered by text for one detection: the same few codes fill most cells, and the header candidates'
 * rows overlap, so a large sheet would otherwise read the same texts thousands of times.
 */
export type CodeRead = (text: string) => string[] | null;

export function codeReader(context: CodeContext): CodeRead {
  const seen = new Map<string, string[] | null>();
  return (text) => {
    let codes = seen.get(text);
    if (codes === undefined) seen.set(text, (codes = readCodes(text, context)));
    return codes;
  };
}

/** One Sheet for all the shapes: building its cell index is the costly part on a large sheet. */
export const sheetOf = (grid: SheetGrid | Sheet) => (grid instanceof Sheet ? grid : Sheet.of(grid));

/** Rows below a header that are enough to decide what the table is; the whole table is read only once decided. */
export const WINDOW = 400;

/**
 * The last column these shapes look at. They are narrow tables — a few text columns and a few role or party columns —
 * so their columns are among the first; without a bound, a matrix turned sideways (20,000 columns) was probed column
 * by column under thirty header candidates by every shape, half of detection's time.
 */
export const lastShapeColumn = (sheet: Sheet) => Math.min(sheet.maxColumn, 64);

/**
 * The rows under each header candidate, up to the end of the table (two empty rows, as in a matrix). The sheet's row
 * numbers are sorted once: a 20,000-row sheet is tried under thirty candidates.
 */
export function headerCandidates(sheet: Sheet): readonly HeaderRows[] {
  let found = candidatesOf.get(sheet);
  if (!found) candidatesOf.set(sheet, (found = findHeaderCandidates(sheet)));
  return found;
}

export interface HeaderRows {
  readonly header: number;
  /** How many rows the table under this header has (`rows.length`, without slicing them). */
  readonly size: number;
  readonly rows: readonly number[];
  readonly window: readonly number[];
}

/** The candidates per sheet: every shape tries the same ones, and slicing a 20,000-row sheet thirty times adds up. */
const candidatesOf = new WeakMap<Sheet, readonly HeaderRows[]>();

function findHeaderCandidates(sheet: Sheet): HeaderRows[] {
  const all = sheet.rowNumbers();
  const candidates = Math.min(HEADER_ROWS, all.length);
  // Where the table under each row ends (the first gap of more than two rows after it), from the bottom up in one pass:
  // every candidate's table may run to the end of the sheet.
  const ends: number[] = [];
  let end = all.length;
  for (let j = all.length - 1; j >= 1; j--) {
    if (j < candidates + 1) ends[j] = end;
    if (all[j]! - all[j - 1]! > 2) end = j;
  }
  return all.slice(0, candidates).map((header, i) => {
    // The row right under the header belongs to its table even after a gap.
    const stop = i + 1 < all.length ? ends[i + 1]! : i + 1;
    let rows: readonly number[] | undefined;
    return {
      header,
      size: stop - (i + 1),
      window: all.slice(i + 1, Math.min(stop, i + 1 + WINDOW)),
      // The whole table is read only once a shape is decided: not sliced thirty times from a 20,000-row sheet.
      get rows() {
        return (rows ??= all.slice(i + 1, stop));
      },
    };
  });
}

const ID_HEADER = /^(#|no\.?|nr\.?|num\.?|number|№|id|step id|task id|ref\.?|item|nummer|номер|n\.?º|nº)$/i;
const ID_VALUE = /^[A-Za-z]{0,4}[-.]?\d+(?:[.-]\d+)*\.?$/;

/** A column of step numbers ("#", "№", 1..n, "1.1", "T-01"): neither the activity title nor a party. */
export function isIdColumn(sheet: Sheet, header: number, column: number, rows: readonly number[]): boolean {
  if (ID_HEADER.test(clean(sheet.text(header, column)))) return true;
  // Stops at the first value that is no ID: a column of titles or codes is refused by its first cell.
  let values = 0;
  for (const r of rows) {
    const value = clean(sheet.text(r, column));
    if (!value) continue;
    if (!ID_VALUE.test(value)) return false;
    values++;
  }
  return values > 0;
}

export interface TextColumn {
  readonly column: number;
  /** Rows with text that is no role code and no placeholder. */
  readonly count: number;
}

/** The columns (other than `exclude`) that hold text, counted over `rows`. */
export function textColumns(
  sheet: Sheet,
  header: number,
  rows: readonly number[],
  exclude: ReadonlySet<number>,
  read: CodeRead,
): TextColumn[] {
  const found: TextColumn[] = [];
  for (let c = 1; c <= lastShapeColumn(sheet); c++) {
    if (exclude.has(c) || isIdColumn(sheet, header, c, rows)) continue;
    const count = rows.filter((r) => {
      const text = sheet.text(r, c);
      return text && !read(text)?.length && !isPlaceholder(text);
    }).length;
    if (count > 0) found.push({ column: c, count });
  }
  return found;
}

/**
 * The activity column: the fullest text column (the leftmost of equals, where titles usually are, unless a column
 * left of it is written only on some rows); the phase column: a sparser text column left of it, filled down.
 */
export function labelAndPhase(columns: readonly TextColumn[]): { label: number; phase: number | null } | null {
  const fullest = Math.max(0, ...columns.map((c) => c.count));
  const label = columns.find((c) => c.count === fullest);
  if (!label) return null;
  const phase = columns.filter((c) => c.column < label.column && c.count < fullest).sort((a, b) => b.count - a.count)[0];
  return { label: label.column, phase: phase?.column ?? null };
}

/** A row of the result: its title kept as typed, its codes per party. */
export function activityRow(
  row: number,
  title: string,
  phase: string | null,
  codes: string[][],
  notes: Array<string | null> = codes.map(() => null),
): DetectedRow {
  return { row, kind: 'activity', title: tidy(title), description: null, phase, codes, notes };
}

/** Rounded to two decimals, like `DetectedTable.confidence`. */
export const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100) / 100);
