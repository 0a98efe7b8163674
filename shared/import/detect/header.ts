/**
 * Finding the header row: the row whose cells name the columns below that hold role codes. Every scan is bounded —
 * the first HEADER_ROWS rows are tried, each against the WINDOW rows below it — and each column's code counts come from
 * one pass over the sheet, so a sheet 20,000 columns wide costs a look-up per header cell, not a scan of its column.
 */
import type { SheetGrid } from '../grid';
import { codesIn, hasCodes } from './cells';
import type { CodeContext } from './codes';
import { clean, isPlaceholder } from './hygiene';
import { isIdHeading, isNumbering } from './labels';

/** Rows tried as the header: titles, metadata and a legend above a matrix rarely take more. */
export const HEADER_ROWS = 60;
/** Rows below a candidate header that decide whether its columns hold roles. */
export const WINDOW = 400;

export interface HeaderCandidate {
  readonly header: number;
  readonly partyColumns: number[];
  /** Cells under the party columns (within the window) that hold roles, and that hold anything. */
  readonly codeCells: number;
  readonly filledCells: number;
  readonly score: number;
}

/** Per column, the filled rows (in order) and how many of them, counted from the top, hold codes. */
class ColumnCounts {
  private readonly rows = new Map<number, number[]>();
  private readonly codes = new Map<number, number[]>();
  private readonly texts = new Map<number, string[]>();

  constructor(entries: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, string]>]>, context: CodeContext) {
    for (let e = 0; e < entries.length; e++) {
      const [r, cells] = entries[e]!;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]![0];
        const text = cells[i]![1].trim();
        if (!text) continue;
        let rows = this.rows.get(c);
        let codes = this.codes.get(c);
        let texts = this.texts.get(c);
        if (!rows || !codes || !texts) {
          this.rows.set(c, (rows = []));
          this.codes.set(c, (codes = [0]));
          this.texts.set(c, (texts = []));
        }
        rows.push(r);
        texts.push(text);
        codes.push(codes[codes.length - 1]! + (hasCodes(text, context) ? 1 : 0));
      }
    }
  }

  /** The filled cells of column `c` in the rows after `from` up to and including `to`, as [row, text]. */
  cells(c: number, from: number, to: number): Array<[number, string]> {
    const rows = this.rows.get(c) ?? [];
    const texts = this.texts.get(c) ?? [];
    const found: Array<[number, string]> = [];
    for (let i = firstAbove(rows, from); i < rows.length && rows[i]! <= to; i++) found.push([rows[i]!, texts[i]!]);
    return found;
  }

  /** Filled cells and code cells of column `c` in the rows after `from` up to and including `to`. */
  between(c: number, from: number, to: number): { filled: number; codes: number } {
    const rows = this.rows.get(c);
    const codes = this.codes.get(c);
    if (!rows || !codes) return { filled: 0, codes: 0 };
    const start = firstAbove(rows, from);
    const end = firstAbove(rows, to);
    return { filled: end - start, codes: codes[end]! - codes[start]! };
  }
}

/**
 * Header cells that a vertical merge brings down from the row above: in a split header, a party outside any group is
 * written once over both header rows, so its name sits in the upper row's cell.
 */
export function mergedDown(
  grid: SheetGrid,
  header: number,
  own: ReadonlyArray<readonly [number, string]>,
): Array<readonly [number, string]> {
  const taken = new Set(own.filter(([, t]) => t.trim()).map(([c]) => c));
  const found: Array<readonly [number, string]> = [];
  for (const [top, left, bottom] of grid.merges) {
    if (top >= header || bottom < header || taken.has(left)) continue;
    const text = grid.rows.find(([r]) => r === top)?.[1].find(([c]) => c === left)?.[1] ?? '';
    if (text.trim()) found.push([left, text]);
  }
  return found;
}

/**
 * Party-like columns that are a legend beside the matrix: set apart by an empty column, each code once, and its meaning
 * in the next cell to the right under an empty heading ("Key | P | Primary").
 */
function legendColumns(
  counts: ColumnCounts,
  header: number,
  until: number,
  partyColumns: readonly number[],
  headerCells: ReadonlyArray<readonly [number, string]>,
  context: CodeContext,
): number[] {
  const headed = new Set(headerCells.filter(([, t]) => t.trim()).map(([c]) => c));
  return partyColumns.filter((c, i) => {
    const previous = partyColumns[i - 1];
    if (previous === undefined || c - previous < 2 || headed.has(c + 1)) return false;
    const cells = counts.cells(c, header, until).filter(([, t]) => hasCodes(t, context));
    const codes = cells.map(([, t]) => clean(t).toUpperCase());
    if (cells.length < 2 || new Set(codes).size !== codes.length) return false;
    const meanings = new Map(counts.cells(c + 1, header, until));
    return cells.every(([r]) => {
      // A meaning is a word (it may well be a role word: "Stöd"), not another code.
      const meaning = clean(meanings.get(r) ?? '');
      return /\p{L}{3,}/u.test(meaning) && !/^\p{Lu}{1,3}$/u.test(meaning);
    });
  });
}

/** Index of the first entry greater than `value` in an ascending list. */
function firstAbove(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a header cell can name a party: a name, not a role code as a cell would hold it, a placeholder ("[Name of person or department]"),
 * a number, an ID or a date, nor the heading of a numbering column.
 */
export function canNameParty(text: string, context: CodeContext): boolean {
  const name = clean(text);
  if (!name || isPlaceholder(name)) return false;
  // A long heading is a name (or a title): no code, number or ID is that long. Sideways sheets have thousands of them.
  if (name.length > 40) return true;
  if (isNumbering(name) || isIdHeading(name)) return false;
  // What a role cell looks like — one letter, or a few codes with separators ("R/A") — is no heading. A word that
  // happens to read as codes or a role is a name there: "IT", "QA", "PMO", "bob", "Support".
  const parts = name.split(/[\s/,;+&|]+/).length;
  if (/^[A-Za-z]$/.test(name) || (parts > 1 && parts <= 4)) return !codesIn(name, context)?.length;
  return true;
}

type Entries = ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, string]>]>;

/** The rows with a filled cell, in row order (a row written twice kept twice, as written); the first `limit` of them. */
function filledRows(grid: SheetGrid, limit = Infinity): Entries {
  const rows = grid.rows;
  const filled = (cells: ReadonlyArray<readonly [number, string]>) => cells.some(([, t]) => t.trim());
  let ascending = true;
  for (let i = 1; i < rows.length && ascending; i++) ascending = rows[i]![0] >= rows[i - 1]![0];
  if (!ascending) return [...rows].filter(([, cells]) => filled(cells)).sort((a, b) => a[0] - b[0]);
  const found: Array<Entries[number]> = [];
  for (let i = 0; i < rows.length && found.length < limit; i++) if (filled(rows[i]![1])) found.push(rows[i]!);
  return found;
}

/**
 * The candidates for the header row, best first: each with the columns below it that hold mostly role codes. `only`
 * is a header row a person named (then only that row is read).
 */
export function headerCandidates(grid: SheetGrid, context: CodeContext, only?: number): HeaderCandidate[] {
  // Without a named row, only the first rows are tried, each with the WINDOW rows below it: a sheet in row order is
  // read that far and no further (a 20,000-row sheet was copied, filtered and sorted whole).
  const entries = filledRows(grid, only ? undefined : HEADER_ROWS + WINDOW + 1);
  const rowNumbers = entries.map(([r]) => r);
  const tried = only ? entries.filter(([r]) => r === only) : entries.slice(0, HEADER_ROWS);
  const last = only ? rowNumbers.indexOf(only) : Math.min(HEADER_ROWS, entries.length) - 1;
  // Only the rows any candidate's window reaches are counted.
  const counts = new ColumnCounts(entries.slice(0, Math.max(0, last) + WINDOW + 1), context);
  const candidates: HeaderCandidate[] = [];
  for (const [header, own] of tried) {
    const cells = [...own, ...mergedDown(grid, header, own)];
    const index = rowNumbers.indexOf(header);
    const below = rowNumbers.slice(index + 1, index + 1 + WINDOW);
    if (below.length === 0) continue;
    const until = below[below.length - 1]!;
    const partyColumns: number[] = [];
    let codeCells = 0;
    let filledCells = 0;
    for (const [c, text] of cells) {
      const { filled, codes } = counts.between(c, header, until);
      // One code is enough for a column (a sparse party), as long as the table as a whole has several. The counts are
      // looked up first: they are cheaper than reading the heading.
      if (codes >= 1 && codes / filled >= 0.75 && canNameParty(text, context)) {
        partyColumns.push(c);
        codeCells += codes;
        filledCells += filled;
      }
    }
    partyColumns.sort((a, b) => a - b);
    for (const c of legendColumns(counts, header, until, partyColumns, cells, context)) {
      partyColumns.splice(partyColumns.indexOf(c), 1);
      const { filled, codes } = counts.between(c, header, until);
      codeCells -= codes;
      filledCells -= filled;
    }
    if (partyColumns.length < 2 || codeCells < 3) continue;
    candidates.push({ header, partyColumns, codeCells, filledCells, score: partyColumns.length * codeCells });
  }
  // The best score wins; a tie goes to the higher row (the same columns, read from their first heading).
  return candidates.sort((a, b) => b.score - a.score || a.header - b.header);
}
