/**
 * Reading party cells: a cell's first line holds the role, further lines are a remark. Reading codes is the costliest
 * step of detection and the same few texts ("R", "A/R", "x") fill whole sheets, so each text is read once per context.
 */
import type { SheetGrid } from '../grid';
import { readCodes, type CodeContext } from './codes';
import { clean } from './hygiene';

/** A cell's first line holds the role; further lines are a remark about it. */
export function splitCell(text: string): { head: string; rest: string | null } {
  if (!text.includes('\n')) return { head: text, rest: null };
  const [head = '', ...rest] = text.split(/\r?\n/);
  const remark = rest
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  return { head, rest: remark || null };
}

const memo = new WeakMap<CodeContext, Map<string, string[] | null>>();
/** Texts remembered per context at most: a sheet of unique sentences must not grow the memo without bound. */
const MEMO_LIMIT = 50_000;

/** A sheet's reading context: the letters the sheet itself uses as codes, one at a time. */
export interface SheetCodeContext extends CodeContext {
  readonly letters?: ReadonlySet<string>;
}

/** Letters of RACI, so common that "RA" reads as two codes even where no cell holds an "R" alone. */
const USUAL_LETTERS = 'RACI';
const SEPARATED_LETTERS = /^[A-Za-z](\s*[/,;+&]\s*[A-Za-z])*$/;
const RUN_TOGETHER = /^([A-Z]{2,3}|[a-z]{2,3})$/;
/** Cells looked at for the letters a sheet uses: plenty to see every code of its vocabulary. */
const LETTER_SAMPLE = 100_000;

/**
 * The context for reading one sheet. Letters run together ("CTO", "SDM", "RTO") read as combined codes only when the
 * sheet uses each of those letters as a code of its own somewhere (a cell "R", "A/C"): otherwise they are acronyms —
 * the escalation column of a severity grid is no matrix.
 */
export function sheetContext(grid: SheetGrid, context: CodeContext): SheetCodeContext {
  const letters = new Set(USUAL_LETTERS);
  const looked = new Set<string>();
  let seen = 0;
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r]![1];
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i]![1];
      if (++seen > LETTER_SAMPLE) break;
      // Separated letters are short; each distinct text is looked at once.
      if (raw.length > 24 || looked.has(raw)) continue;
      looked.add(raw);
      const text = clean(splitCell(raw).head);
      if (SEPARATED_LETTERS.test(text)) for (const ch of text.toUpperCase()) if (/[A-Z]/.test(ch)) letters.add(ch);
    }
    if (seen > LETTER_SAMPLE) break;
  }
  return { ...context, letters };
}

/** The codes a cell's first line holds (see codes.ts), remembered per context. */
export function codesIn(text: string, context: SheetCodeContext): string[] | null {
  let known = memo.get(context);
  if (!known) memo.set(context, (known = new Map()));
  return remembered(known, text, context);
}

/** `codesIn` for one context, its memo looked up once: for the loops over every row of a sheet. */
export function codeReaderFor(context: SheetCodeContext): (text: string) => string[] | null {
  let known = memo.get(context);
  if (!known) memo.set(context, (known = new Map()));
  const memoised = known;
  return (text) => remembered(memoised, text, context);
}

function remembered(known: Map<string, string[] | null>, text: string, context: SheetCodeContext): string[] | null {
  const hit = known.get(text);
  if (hit !== undefined || known.has(text)) return hit ?? null;
  const head = splitCell(text).head;
  let codes = readCodes(head, context);
  const token = clean(head);
  if (codes && context.letters && RUN_TOGETHER.test(token) && !context.multiLetter?.has(token.toUpperCase())) {
    if (![...token.toUpperCase()].every((ch) => context.letters!.has(ch))) codes = null;
  }
  if (known.size < MEMO_LIMIT) known.set(text, codes);
  return codes;
}

/** Whether a cell holds at least one role code. */
export function hasCodes(text: string, context: CodeContext): boolean {
  return text !== '' && (codesIn(text, context)?.length ?? 0) > 0;
}

export type Merge = readonly [number, number, number, number];

/** Merged ranges found by any row they cover, without a scan of every merge per cell. */
export class MergeIndex {
  private readonly byRow = new Map<number, Merge[]>();

  constructor(grid: SheetGrid) {
    for (const merge of grid.merges) {
      // A merge over thousands of rows is a decoration; indexing only its first rows keeps this linear.
      for (let r = merge[0]; r <= Math.min(merge[2], merge[0] + 50); r++) {
        const list = this.byRow.get(r);
        if (list) list.push(merge);
        else this.byRow.set(r, [merge]);
      }
    }
  }

  at(row: number, column: number): Merge | undefined {
    return this.byRow.get(row)?.find(([, l, , r]) => column >= l && column <= r);
  }
}
