/**
 * Finding the legend of a responsibility matrix wherever the client put it: "A = Accountable" in one cell, a code and
 * its meaning in two neighbouring cells, several entries in one cell ("P: Primary  S: Support", "R – Responsible |
 * A – Accountable", a merged title cell), beside, above or below the grid, or on another (even hidden) sheet. The
 * legend decides what a letter means: in one real file "A" is Auxiliary, not Accountable. The cells it was read from
 * are returned too, so that the matrix reading can leave them out (a legend's code column is no party).
 */
import type { RoleKind } from '../../domain/vocabulary';
import { columnName, type Sheet, type SheetGrid } from '../grid';
import { clean, foldLookAlikes } from './hygiene';
import { roleWord } from './role-words';

export interface LegendEntry {
  readonly code: string;
  readonly label: string;
  readonly kind: RoleKind;
  /** Where it was found, for the report: "Legend!B3". */
  readonly where: string;
}

export interface Legend {
  readonly entries: LegendEntry[];
  /** Per sheet name, the cells ("row:column") the legend was read from. */
  readonly cells: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Spaces made one on each line; line breaks kept, since they separate entries. */
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/**
 * Where an entry starts: a code of one to three letters after the start, a space or a separator, followed by "=", ":",
 * "→", ")" or a dash ("-" only between spaces: "e-mail" is no entry).
 */
const MARKER = /(^|[\s,;|(/•·])([A-Za-z]{1,3})(\s*[=:→)]|\s+-|\s*[–—])\s*/g;
/** MARKER's test alone, for refusing a cell before it is split into lines. */
const MARKER_ANYWHERE = new RegExp(MARKER.source);
// The tests every cell of a sheet passes through, made once: a regex literal in a function is a new object each time
// the function runs, and 200,000 cells made megabytes of them.
const SEPARATOR = /[=:→)–—-]/;
const LETTER_AND_WORD = /^\s*[A-Za-z\u0400-\u04ff] \S/;
const LETTER_AND_SPACE = /^\s*[A-Za-z][ \t\u00a0]/;
const LEGEND_CODE = /^[A-Za-z]{1,3}$/;
/** What nearly every cell holds: one answer for all of them. */
const NO_ENTRIES: ReadonlyArray<{ code: string; label: string }> = Object.freeze([]);

/** The role a legend's meaning names: the whole text, or its head before an explanation ("Accountable (approves)"). */
export function labelRole(label: string): ReturnType<typeof roleWord> {
  const head = label.split(/\s*[(:]\s*|\s+[-–—]\s+/)[0] ?? '';
  return roleWord(label) ?? roleWord(head);
}

/**
 * The entries of one cell. The text before the first entry must be nothing or a caption ending in ":", "(", "|" or a
 * dash ("Legend:", "RACI chart —"), so that a title that merely contains a role word ("Phase B: Support") is no legend.
 */
export function entriesIn(text: string): ReadonlyArray<{ code: string; label: string }> {
  // The shortest entries are "A:xy" and "A Word": a code cell ("R", "A/C") is refused by its length alone.
  if (text.length < 4) return NO_ENTRIES;
  // Most cells are codes or titles: without a separator and not "A Word", they hold no entry (a large sheet has many).
  if (!SEPARATOR.test(text) && !LETTER_AND_WORD.test(text)) return NO_ENTRIES;
  // Titles have separators too ("Task 1: review …"): without a marker anywhere, and not starting "A Word", a cell holds
  // no entry. The same tests on the cell as typed (folded) as below on its tidied lines, only with any white space
  // where those have one space: they can only find more, never less.
  const typed = foldLookAlikes(text);
  if (!MARKER_ANYWHERE.test(typed) && !LETTER_AND_SPACE.test(typed)) return NO_ENTRIES;
  const kept = lines(text);
  // Look-alike letters are folded one for one, so positions in the folded text are positions in the kept one.
  const folded = foldLookAlikes(kept);
  const markers = [...folded.matchAll(MARKER)]
    // "A) Accountable" starts an entry only at the start or after a separator: "(signs off)" holds none.
    .filter((m) => !m[3]!.endsWith(')') || /(^|[,;|\n]\s*)$/.test(folded.slice(0, m.index + m[1]!.length)))
    .map((m) => ({
      start: m.index + m[1]!.length,
      end: m.index + m[0].length,
      code: m[2]!.toUpperCase(),
    }));
  if (markers.length === 0) {
    // A single "A Accountable" cell; one letter only, since "IT Support" is a team.
    const spaced = /^([A-Za-z]) (\S.{2,39})$/.exec(folded);
    return spaced && labelRole(kept.slice(2)) ? [{ code: spaced[1]!.toUpperCase(), label: kept.slice(2) }] : [];
  }
  const prefix = kept.slice(0, markers[0]!.start).trim();
  if (prefix && (prefix.length > 80 || !/[:(|–—-]$/.test(prefix))) return [];
  const found: Array<{ code: string; label: string }> = [];
  markers.forEach((m, i) => {
    const label = kept.slice(m.end, markers[i + 1]?.start ?? kept.length).replace(/^[\s,;|•·]+|[\s,;|•·]+$/g, '');
    const balanced = label.endsWith(')') && !label.includes('(') ? label.slice(0, -1).trim() : label;
    if (balanced.length >= 2 && balanced.length <= 60 && labelRole(balanced)) found.push({ code: m.code, label: balanced });
  });
  return found;
}

/**
 * The role a meaning cell beside a code cell names; its first word may do ("Primärt ansvar"), since a block of code and
 * meaning cells is a legend by its shape, not by its words.
 */
function pairRole(meaning: string): ReturnType<typeof roleWord> {
  const words = meaning.trim().split(/\s+/);
  return labelRole(meaning) ?? (words.length <= 4 ? roleWord(words[0]!) : undefined);
}

export function readLegend(sheets: readonly Sheet[]): Legend {
  const entries = new Map<string, LegendEntry>();
  const cells = new Map<string, Set<string>>();
  const add = (sheet: Sheet, code: string, label: string, r: number, c: number, extra: number[] = []) => {
    const role = extra.length > 0 ? pairRole(label) : labelRole(label);
    if (!role) return;
    const used = cells.get(sheet.name) ?? new Set<string>();
    cells.set(sheet.name, used);
    used.add(`${r}:${c}`);
    for (const other of extra) used.add(`${r}:${other}`);
    if (!entries.has(code)) entries.set(code, { code, label, kind: role.kind, where: `${sheet.name}!${columnName(c)}${r}` });
  };
  for (const sheet of sheets) {
    const isPair = (r: number, c: number, code = sheet.text(r, c)) => {
      if (!isLegendCode(code)) return false;
      // Role words have four letters at least ("Lead", "Stöd"): a code beside a code is no pair.
      const meaning = sheet.text(r, c + 1);
      return meaning.length >= 4 && pairRole(meaning) !== undefined;
    };
    // Every cell of every sheet is looked at: the row's own cells are walked, not looked up one by one.
    for (const r of sheet.rowNumbers()) {
      const row = sheet.rowCells(r);
      for (let i = 0; i < row.length; i++) {
        const c = row[i]![0];
        const text = row[i]![1].trim();
        if (!text || text.length > 400) continue;
        const found = entriesIn(text);
        for (let e = 0; e < found.length; e++) add(sheet, found[e]!.code, found[e]!.label, r, c);
        // A code in one cell and its meaning in the next one: part of a block of such pairs (a legend table, down or
        // across), or alone on its row — a party "IT" beside a party "Support" in a header row is no legend.
        if (isPair(r, c, text)) {
          const block = isPair(r - 1, c) || isPair(r + 1, c) || isPair(r, c + 2) || isPair(r, c - 2) || filledCount(row) === 2;
          if (block) add(sheet, clean(text).toUpperCase(), sheet.text(r, c + 1), r, c, [c + 1]);
        }
      }
    }
  }
  return { entries: [...entries.values()], cells };
}

/** A legend's code: one to three letters ("R", "Lead" is too long), look-alikes folded. */
function isLegendCode(text: string): boolean {
  if (text.length > 3 || text.length === 0) return false;
  // Plain ASCII letters answer at once; anything else (a look-alike, a space) is cleaned first.
  let letters = true;
  for (let i = 0; i < text.length && letters; i++) {
    const c = text.charCodeAt(i) | 0x20;
    letters = c >= 0x61 && c <= 0x7a;
  }
  return letters || LEGEND_CODE.test(clean(text));
}

/** How many of a row's cells hold text. */
function filledCount(row: ReadonlyArray<readonly [number, string]>): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) if (row[i]![1].trim()) n++;
  return n;
}

export function findLegend(sheets: readonly Sheet[]): LegendEntry[] {
  return readLegend(sheets).entries;
}

/** The sheet without the cells its legend was read from: a legend's code column must not read as a party. */
export function withoutLegend(grid: SheetGrid, legend: Legend): SheetGrid {
  const used = legend.cells.get(grid.name);
  if (!used || used.size === 0) return grid;
  return {
    ...grid,
    rows: grid.rows
      .map(([r, cells]) => [r, cells.filter(([c]) => !used.has(`${r}:${c}`))] as const)
      .filter(([, cells]) => cells.length > 0),
  };
}
