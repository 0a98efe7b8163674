/**
 * Single-role lists: "Area | Step | Role", where the one role column holds codes ("A/R") for one implied party — the
 * team the sheet was written for. That party is named by the role column's heading, verbatim ("Role", "Roll",
 * "Роль"); the area, written only on the first row of each group, is filled down into phases. It is a matrix with one
 * party column, which the matrix reading (two party columns at least) leaves alone.
 */
import type { Sheet, SheetGrid } from '../grid';
import type { CodeContext } from './codes';
import { isPlaceholder, tidy } from './hygiene';
import {
  activityRow,
  headerCandidates,
  isIdColumn,
  labelAndPhase,
  share,
  textColumns,
  codeReader,
  lastShapeColumn,
  sheetOf,
  type CodeRead,
  type ShapedTable,
} from './shape-columns';
import type { DetectedRow } from './table';

/** A cell's first line holds the role; a remark may follow on the next lines. */
const firstLine = (text: string) => (text.includes('\n') ? (text.split(/\r?\n/)[0] ?? '') : text);

/** Codes and filled cells of a column over some rows. */
function codeShare(sheet: Sheet, column: number, rows: readonly number[], read: CodeRead) {
  let filled = 0;
  let codes = 0;
  for (const r of rows) {
    const text = sheet.text(r, column);
    if (!text) continue;
    filled++;
    if (read(firstLine(text))?.length) codes++;
  }
  return { filled, codes };
}

/**
 * Whether at least one cell and half the filled cells of a column hold codes (codeShare's counts), stopping as soon as
 * the rows left cannot change the answer: every header candidate tests its columns, most of them plainly one thing.
 */
function mostlyCodes(sheet: Sheet, column: number, rows: readonly number[], read: CodeRead): boolean {
  let filled = 0;
  let codes = 0;
  for (let i = 0; i < rows.length; i++) {
    const text = sheet.text(rows[i]!, column);
    if (text) {
      filled++;
      if (read(firstLine(text))?.length) codes++;
    }
    const left = rows.length - i - 1;
    // Even if every row left were filled: all codes would not reach half, or none would not fall below it.
    if (2 * (codes + left) < filled + left) return false;
    if (codes >= 1 && 2 * codes >= filled + left) return true;
  }
  return codes >= 1 && 2 * codes >= filled;
}

export function detectSingleRole(
  grid: SheetGrid | Sheet,
  context: CodeContext,
  read: CodeRead = codeReader(context),
): ShapedTable | null {
  const sheet = sheetOf(grid);
  for (const candidate of headerCandidates(sheet)) {
    // The table's rows are sliced only once this candidate is decided on (`candidate.rows` below).
    const { header, size, window } = candidate;
    if (size < 2) continue;
    // Every column that reads as role codes, headed or not: two of them make a matrix, not a single-role list.
    const codeColumns: number[] = [];
    for (let c = 1; c <= lastShapeColumn(sheet); c++) {
      if (isIdColumn(sheet, header, c, window)) continue;
      if (mostlyCodes(sheet, c, window, read)) codeColumns.push(c);
      if (codeColumns.length > 1) break;
    }
    if (codeColumns.length !== 1) continue;
    const roleColumn = codeColumns[0]!;
    const party = tidy(sheet.text(header, roleColumn));
    if (!party || read(party)?.length) continue;
    const decided = codeShare(sheet, roleColumn, window, read);
    // A task list with an occasional "x" is no list of roles: most rows must carry one.
    if (decided.codes < 3 || decided.codes / decided.filled < 0.75 || decided.codes < window.length / 3) continue;
    const columns = labelAndPhase(textColumns(sheet, header, window, new Set([roleColumn]), read));
    if (!columns) continue;
    const { label, phase: phaseColumn } = columns;

    const out: DetectedRow[] = [];
    const skipped: Array<{ row: number; reason: string }> = [];
    let phase: string | null = null;
    for (const r of candidate.rows) {
      if (phaseColumn) phase = tidy(sheet.text(r, phaseColumn)) || phase;
      const title = tidy(sheet.text(r, label));
      if (!title || isPlaceholder(title)) {
        skipped.push({ row: r, reason: title ? `placeholder "${title}"` : 'no activity title' });
        continue;
      }
      // Lines under the role are a remark about it, kept as the cell's note (as in a matrix).
      const [head = '', ...remark] = sheet.text(r, roleColumn).split(/\r?\n/);
      const note =
        remark
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n') || null;
      out.push(activityRow(r, title, phase, [read(head) ?? []], [note]));
    }
    if (out.length === 0) continue;
    const { filled, codes } = codeShare(sheet, roleColumn, candidate.rows, read);
    return {
      shape: 'single-role',
      sheet: sheet.name,
      transposed: false,
      headerRow: header,
      labelColumn: label,
      phaseColumn,
      parties: [{ column: roleColumn, name: party, group: null }],
      rows: out,
      skipped,
      confidence: share(codes, filled),
    };
  }
  return null;
}
