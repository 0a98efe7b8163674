/**
 * Finding the responsibility matrix in one sheet: the header row (anywhere, under titles and legends), the party
 * columns (mostly role codes below the header), the activity label column, phases from section rows or a fill-down
 * grouping column, and party groups from a second header row. Both orientations are tried; the better one wins.
 */
import { Sheet, type SheetGrid } from '../grid';
import { clean, isPlaceholder, tidy } from './hygiene';
import { readCodes, type CodeContext } from './codes';
import type { Mapping, TableOverrides } from './mapping';
import { detectOtherShapes } from './shapes';

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

/** A cell's first line holds the role; further lines are a remark about it. */
function splitCell(text: string): { head: string; rest: string | null } {
  const [head = '', ...rest] = text.split(/\r?\n/);
  const remark = rest
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  return { head, rest: remark || null };
}

function codesIn(text: string, context: CodeContext): string[] | null {
  return readCodes(splitCell(text).head, context);
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
}

/** The sheet with rows and columns swapped (activities across the top, parties down the side). */
export function transpose(grid: SheetGrid): SheetGrid {
  const cells = new Map<number, Array<[number, string]>>();
  // One pass, appending in place: copying a column's list for every cell made a 20,000-column sheet quadratic.
  for (const [r, row] of grid.rows) {
    for (const [c, text] of row) {
      const column = cells.get(c);
      if (column) column.push([r, text]);
      else cells.set(c, [[r, text]]);
    }
  }
  return {
    ...grid,
    rows: [...cells].sort((a, b) => a[0] - b[0]),
    merges: grid.merges.map(([t, l, b, r]) => [l, t, r, b] as const),
    hiddenRows: grid.hiddenColumns,
    hiddenColumns: grid.hiddenRows,
    notes: grid.notes.map(([r, c, text]) => [c, r, text] as const),
  };
}

const WINDOW = 400;

interface Candidate {
  header: number;
  partyColumns: number[];
  score: number;
}

/** The best header row near the top, or how the columns under `only` read when a person named the header row. */
function findHeader(sheet: Sheet, context: CodeContext, only?: number): Candidate | null {
  let best: Candidate | null = null;
  const rows = sheet.rowNumbers();
  for (const header of only ? [only] : rows.slice(0, 60)) {
    const below = rows.filter((r) => r > header).slice(0, WINDOW);
    if (below.length === 0) continue;
    const partyColumns: number[] = [];
    let codeCells = 0;
    for (let c = 1; c <= sheet.maxColumn; c++) {
      const name = clean(sheet.text(header, c));
      if (!name || readCodes(name, context)?.length) continue; // a header names someone; it is not itself a code
      let filled = 0;
      let codes = 0;
      for (const r of below) {
        const text = sheet.text(r, c);
        if (!text) continue;
        filled++;
        if (codesIn(text, context)?.length) codes++;
      }
      // One code is enough for a column (a sparse party), as long as the table as a whole has several.
      if (codes >= 1 && codes / filled >= 0.75) {
        partyColumns.push(c);
        codeCells += codes;
      }
    }
    if (partyColumns.length < 2 || codeCells < 3) continue;
    const score = partyColumns.length * codeCells;
    if (!best || score > best.score) best = { header, partyColumns, score };
  }
  return best;
}

function mergeAt(grid: SheetGrid, row: number, column: number): readonly [number, number, number, number] | undefined {
  return grid.merges.find(([t, l, b, r]) => row >= t && row <= b && column >= l && column <= r);
}

/**
 * Group headers from the row above the header: a merged cell spreads over the columns it covers; an unmerged label is
 * filled rightwards until the next label (how CSV and hand-made sheets write it). One label over every party column is
 * a caption, not a group.
 */
function groupsFor(sheet: Sheet, header: number, columns: number[]): Map<number, string> {
  const groups = new Map<number, string>();
  const above = header - 1;
  if (above < 1) return groups;
  let current = '';
  for (const c of columns) {
    const merge = mergeAt(sheet.grid, above, c);
    const text = tidy(merge ? sheet.text(merge[0], merge[1]) : sheet.text(above, c));
    if (text) current = readCodes(clean(text))?.length ? '' : text;
    if (current) groups.set(c, current);
  }
  if (new Set(groups.values()).size === 1 && groups.size === columns.length && columns.length > 2) return new Map();
  return groups;
}

/** The header row and party columns a mapping gives, or what the detector finds. */
function headerFor(sheet: Sheet, context: CodeContext, overrides: TableOverrides): Candidate | null {
  if (overrides.headerRow && overrides.partyColumns)
    return { header: overrides.headerRow, partyColumns: [...overrides.partyColumns].sort((a, b) => a - b), score: 1 };
  const found = findHeader(sheet, context);
  if (!overrides.headerRow)
    return found && overrides.partyColumns ? { ...found, partyColumns: [...overrides.partyColumns] } : found;
  // A given header row: take the columns whose header names a party, as the detector would below it.
  return findHeader(sheet, context, overrides.headerRow);
}

export function detectTable(
  grid: SheetGrid,
  context: CodeContext,
  transposed = false,
  overrides: TableOverrides = {},
): DetectedTable | null {
  const sheet = new Sheet(grid);
  const found = headerFor(sheet, context, overrides);
  if (!found) return null;
  const { header, partyColumns } = found;
  const firstParty = Math.min(...partyColumns);
  const dataRows = sheet.rowNumbers().filter((r) => r > header);
  // The table ends after two empty rows; what follows (a legend, notes) must not outvote the activity titles.
  const end = dataRows.findIndex((r, i) => i > 0 && r - dataRows[i - 1]! > 2);
  const tableRows = end < 0 ? dataRows : dataRows.slice(0, end);

  // Label column: left of the parties, the one with the most text that is not codes.
  let labelColumn = 0;
  let labelCount = -1;
  const textColumns: Array<{ column: number; count: number }> = [];
  for (let c = 1; c < firstParty; c++) {
    const count = tableRows.filter((r) => {
      const text = sheet.text(r, c);
      return text && !readCodes(text, context)?.length && !isPlaceholder(text);
    }).length;
    textColumns.push({ column: c, count });
    if (count >= labelCount) {
      labelColumn = c;
      labelCount = count;
    }
  }
  if (overrides.labelColumn) labelColumn = overrides.labelColumn;
  else if (labelColumn === 0 || labelCount <= 0) return null;
  // A sparser text column left of the label column groups rows into phases (filled down).
  const detectedPhaseColumn =
    textColumns.filter((t) => t.column < labelColumn && t.count > 0 && t.count < labelCount).sort((a, b) => b.count - a.count)[0]
      ?.column ?? null;
  const phaseColumn = overrides.phaseColumn !== undefined ? overrides.phaseColumn : detectedPhaseColumn;

  const groups = groupsFor(sheet, header, partyColumns);
  const parties: PartyColumn[] = partyColumns.map((column) => ({
    column,
    name: tidy(sheet.text(header, column)),
    group: groups.get(column) ?? null,
  }));

  const rows: DetectedRow[] = [];
  const skipped: Array<{ row: number; reason: string }> = [];
  let phase: string | null = null;
  let filledCells = 0;
  let codeCells = 0;
  let emptyRun = 0;
  for (let i = 0; i < dataRows.length; i++) {
    const r = dataRows[i]!;
    if (i > 0 && r - dataRows[i - 1]! > 2) emptyRun++;
    if (emptyRun > 0 && rows.length > 0) {
      skipped.push({ row: r, reason: 'after the end of the table' });
      continue;
    }
    if (phaseColumn) {
      const group = tidy(sheet.text(r, phaseColumn));
      if (group) phase = group;
    }
    // A row whose only label is in the grouping column (a step with no separate task) is an activity of its own.
    const ownLabel = sheet.text(r, labelColumn);
    const label = splitCell(ownLabel || (phaseColumn ? sheet.text(r, phaseColumn) : ''));
    const title = tidy(label.head);
    const cells = partyColumns.map((c) => sheet.text(r, c));
    const codes = cells.map((text) => codesIn(text, context));
    const notes = cells.map((text) => splitCell(text).rest);
    filledCells += cells.filter(Boolean).length;
    codeCells += codes.filter((c, k) => cells[k] && c?.length).length;
    const hasCodes = codes.some((c) => c && c.length > 0);
    if (!title || isPlaceholder(title)) {
      skipped.push({ row: r, reason: title ? `placeholder "${title}"` : 'no activity title' });
      continue;
    }
    const merged = mergeAt(grid, r, labelColumn);
    const spansParties = merged !== undefined && merged[3] >= firstParty;
    const nextHasCodes = dataRows
      .slice(i + 1, i + 2)
      .some((n) => partyColumns.some((c) => codesIn(sheet.text(n, c), context)?.length));
    if (!hasCodes && !phaseColumn && (spansParties || nextHasCodes || rows.length === 0)) {
      phase = title;
      rows.push({ row: r, kind: 'section', title, description: null, phase: title, codes: [], notes: [] });
      continue;
    }
    rows.push({ row: r, kind: 'activity', title, description: label.rest, phase, codes: codes.map((c) => c ?? []), notes });
  }
  const activities = rows.filter((row) => row.kind === 'activity');
  if (activities.length === 0) return null;
  return {
    sheet: grid.name,
    transposed,
    headerRow: header,
    labelColumn,
    phaseColumn,
    parties,
    rows,
    skipped,
    confidence: filledCells === 0 ? 0 : Math.round((codeCells / filledCells) * 100) / 100,
  };
}

/**
 * Tries both orientations. Both see the same role cells, so the better reading is the one where those cells are
 * cleanest (fewest non-codes among them) and fewest "activities" hold no role at all — in the wrong orientation, a
 * comment or owner column turns into such an activity. A tie goes to activities in rows, the usual layout.
 */
export function detectInSheet(
  grid: SheetGrid,
  context: CodeContext,
  orientation?: Mapping['orientation'],
  overrides: TableOverrides = {},
): DetectedTable | null {
  const shaped = detectOtherShapes(grid, context, orientation);
  if (shaped !== undefined) return shaped;
  if (orientation === 'rows') return detectTable(grid, context, false, overrides);
  if (orientation === 'columns') return detectTable(transpose(grid), context, true, overrides);
  const normal = detectTable(grid, context, false, overrides);
  const flipped = detectTable(transpose(grid), context, true, overrides);
  const weight = (t: DetectedTable | null) => {
    if (!t) return 0;
    const activities = t.rows.filter((r) => r.kind === 'activity');
    const codeCells = activities.reduce((n, r) => n + r.codes.filter((c) => c.length > 0).length, 0);
    const empty = activities.filter((r) => r.codes.every((c) => c.length === 0)).length;
    return codeCells * t.confidence - 2 * empty;
  };
  if (!normal) return flipped;
  if (!flipped) return normal;
  return weight(flipped) > weight(normal) ? flipped : normal;
}
