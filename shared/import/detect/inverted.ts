/**
 * Inverted tables: the column headings are the roles (R, A, C, I, or Responsible, Accountable, …) and each cell lists
 * the parties that have that role ("Designer, Community"). Parties are every name in order of first appearance (rows
 * top-down, cells left to right); a catch-all ("All", "Todos", "Все") means every party named anywhere in the table.
 * A normal matrix whose parties happen to be letters is not one: its cells hold codes, not names.
 */
import type { Sheet, SheetGrid } from '../grid';
import { readCodes, type CodeContext } from './codes';
import { clean, isPlaceholder, tidy } from './hygiene';
import {
  activityRow,
  headerCandidates,
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

/** Between two names: punctuation, a line break, or "and" in one of the languages clients write. */
const BETWEEN_NAMES = /\s*[,;/\n]\s*|\s+[&+]\s+|\s+(?:and|och|en|et|und|e|y|и)\s+/i;
const CATCH_ALL =
  /^(all|all parties|everyone|everybody|todos|todas|todos os envolvidos|alla|alle|allen|tous|toutes|iedereen|все|всем)$/i;

export function isCatchAll(name: string): boolean {
  return CATCH_ALL.test(tidy(name));
}

/** The names a cell lists, as typed. */
export function namesIn(text: string): string[] {
  return text
    .split(BETWEEN_NAMES)
    .map(tidy)
    .filter((name) => name && !isPlaceholder(name));
}

/**
 * The code a heading names: a single letter ("R", "p" as "P"), a role word ("Responsible", "Informiert"), or both
 * ("R (Responsible)", "Accountable (A)", "R – Responsible").
 */
export function roleHeading(text: string, context: CodeContext): string | null {
  const t = clean(text);
  if (/^[A-Za-z]$/.test(t)) return t.toUpperCase();
  const letterFirst = /^([A-Za-z])\s*(?:[-–—=:]|\()\s*(.+?)\)?$/.exec(t);
  if (letterFirst && roleWordCode(letterFirst[2]!, context)) return letterFirst[1]!.toUpperCase();
  const letterLast = /^(.+?)\s*\(([A-Za-z])\)$/.exec(t);
  if (letterLast && roleWordCode(letterLast[1]!, context)) return letterLast[2]!.toUpperCase();
  return roleWordCode(text, context);
}

function roleWordCode(word: string, context: CodeContext): string | null {
  const codes = readCodes(word, context);
  // A heading names one role; "RA" or "Responsible / Accountable" is no inverted table's column.
  return codes?.length === 1 && /[A-Za-zÀ-ÿ\u0400-\u04ff]{3,}/.test(word) ? codes[0]! : null;
}

export function detectInverted(
  grid: SheetGrid | Sheet,
  context: CodeContext,
  read: CodeRead = codeReader(context),
): ShapedTable | null {
  const sheet = sheetOf(grid);
  for (const candidate of headerCandidates(sheet)) {
    // The table's rows are sliced only once this candidate is decided on (`candidate.rows` below).
    const { header, window } = candidate;
    const roleColumns: Array<{ column: number; code: string }> = [];
    for (let c = 1; c <= lastShapeColumn(sheet); c++) {
      const code = roleHeading(sheet.text(header, c), context);
      if (code && !roleColumns.some((r) => r.code === code)) roleColumns.push({ column: c, code });
    }
    if (roleColumns.length < 2) continue;
    // The cells under the roles must list names: codes there make a normal matrix of parties named by letters.
    let filled = 0;
    let names = 0;
    for (const r of window) {
      for (const { column } of roleColumns) {
        const text = sheet.text(r, column);
        if (!text || isPlaceholder(text)) continue;
        filled++;
        if (!read(text)?.length) names++;
      }
    }
    if (names < 2 || names / filled < 0.75) continue;
    const columns = labelAndPhase(textColumns(sheet, header, window, new Set(roleColumns.map((r) => r.column)), read));
    if (!columns) continue;
    const { label, phase: phaseColumn } = columns;

    // First every row's names per role, then the parties in order of first appearance, catch-alls resolved last.
    const parties: Array<{ name: string; column: number }> = [];
    const activities: Array<{
      row: number;
      title: string;
      phase: string | null;
      roles: Array<{ code: string; names: string[] }>;
    }> = [];
    const skipped: Array<{ row: number; reason: string }> = [];
    let phase: string | null = null;
    for (const r of candidate.rows) {
      if (phaseColumn) phase = tidy(sheet.text(r, phaseColumn)) || phase;
      const title = tidy(sheet.text(r, label));
      if (!title || isPlaceholder(title)) {
        skipped.push({ row: r, reason: title ? `placeholder "${title}"` : 'no activity title' });
        continue;
      }
      const roles = roleColumns.map(({ column, code }) => {
        const listed = namesIn(sheet.text(r, column));
        for (const name of listed) if (!isCatchAll(name) && !parties.some((p) => p.name === name)) parties.push({ name, column });
        return { code, names: listed };
      });
      activities.push({ row: r, title, phase, roles });
    }
    if (activities.length === 0 || parties.length === 0) continue;
    const out: DetectedRow[] = activities.map((a) => {
      const codes = parties.map(() => new Set<string>());
      for (const { code, names: listed } of a.roles) {
        for (const name of listed) {
          const targets = isCatchAll(name) ? parties.map((_, i) => i) : [parties.findIndex((p) => p.name === name)];
          for (const i of targets) codes[i]!.add(code);
        }
      }
      return activityRow(
        a.row,
        a.title,
        a.phase,
        codes.map((set) => [...set]),
      );
    });
    return {
      shape: 'inverted',
      sheet: sheet.name,
      transposed: false,
      headerRow: header,
      labelColumn: label,
      phaseColumn,
      parties: parties.map((p) => ({ column: p.column, name: p.name, group: null })),
      rows: out,
      skipped,
      confidence: share(names, filled),
    };
  }
  return null;
}
