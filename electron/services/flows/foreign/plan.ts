/**
 * A client's own spreadsheet, planned: read once, the detector's guesses shown on a preview of the real sheet, read
 * again with every correction the person makes, and made into a new workbook when they are content.
 */
import { extname } from 'node:path';
import type { ForeignPreview } from '../../../../shared/api/methods/transfer';
import type { Language } from '../../../../shared/domain/languages';
import type { Mapping } from '../../../../shared/import/detect/mapping';
import { findLegend } from '../../../../shared/import/detect/legend';
import { Sheet, type WorkbookGrid } from '../../../../shared/import/grid';
import { createWorkbook } from '../../store';
import { effectiveMapping, resultOf, sheetCells, sheetSize } from './preview';
import { controlCharacterProblems, problemsOf, skipReason } from './problems';
import { detectNamed, readWith } from './read';

/** What the host keeps of a foreign plan between the calls (opaque to it). */
export interface ForeignState {
  /** The file's name as the person chose it: errors name it. */
  readonly name: string;
  /** The new workbook's title unless they give another: the file's name without its extension. */
  readonly title: string;
  readonly grid: WorkbookGrid;
  /** The language the preview speaks (its problems, the built-in roles' names). */
  readonly language: Language;
  /** Every sheet and whether the detector, left to itself, found a matrix on it. */
  readonly sheets: ForeignPreview['sheets'];
}

export interface ForeignInput {
  readonly file: string;
  readonly name: string;
  readonly grid: WorkbookGrid;
  readonly language: Language;
}

export function planForeign(input: ForeignInput): { state: ForeignState; preview: ForeignPreview } {
  const title = input.name.slice(0, input.name.length - extname(input.name).length) || input.name;
  const options = { language: input.language, title, name: input.name };
  const first = readWith(input.grid, {}, options);
  const found = new Set(first?.report.sheets.filter((s) => s.found).map((s) => s.sheet));
  const sheets = input.grid.sheets.map((grid) => ({
    name: grid.name,
    state: grid.state,
    ...sheetSize(grid),
    found: found.has(grid.name),
  }));
  const state: ForeignState = { name: input.name, title, grid: input.grid, language: input.language, sheets };
  // The sheet to show first: the first with a matrix, else the first a person can see.
  const shown = sheets.find((s) => s.found) ?? sheets.find((s) => s.state === 'visible') ?? sheets[0];
  // A workbook of one sheet read as a whole is that sheet read alone: the reading just made is the preview's (on a
  // 20,000-row sheet, a second detection is half the wait). With more sheets, the others' codes shape the vocabulary.
  const same = input.grid.sheets.length === 1 ? { reading: first } : undefined;
  return { state, preview: previewForeign(state, shown ? { sheet: shown.name } : {}, same) };
}

/**
 * The sheet read with the person's corrections: what they would get, and what they should check. `made` is a reading
 * of exactly this mapping already made (planForeign's), to use instead of reading again.
 */
export function previewForeign(
  state: ForeignState,
  mapping: Mapping,
  made?: { reading: ReturnType<typeof readWith> },
): ForeignPreview {
  const grid = state.grid.sheets.find((s) => s.name === mapping.sheet) ?? state.grid.sheets[0];
  if (!grid) throw new Error('a planned spreadsheet has at least one sheet');
  const asked = { ...mapping, sheet: grid.name };
  const reading = made
    ? made.reading
    : readWith(state.grid, asked, { language: state.language, title: state.title, name: state.name });
  const report = reading?.report.sheets.find((s) => s.sheet === grid.name);
  const effective = effectiveMapping(grid.name, report, reading?.report.vocabulary ?? null, asked);
  return {
    sheets: state.sheets.map((s) => (s.name === grid.name ? { ...s, found: reading !== null } : s)),
    sheet: grid.name,
    ...sheetCells(grid),
    mapping: effective,
    found: reading !== null,
    orientation: report?.orientation ?? null,
    confidence: report?.confidence ?? null,
    skippedRows: (report?.skippedRows ?? []).map((s) => ({ row: s.row, reason: skipReason(state.language, s.reason) })),
    vocabulary: reading?.report.vocabulary ?? {
      source: 'none',
      roles: Object.entries(asked.roles ?? {}).map(([code, role]) => ({ code, ...role })),
    },
    legend: reading?.report.legend ?? findLegend(state.grid.sheets.map((s) => Sheet.of(s))),
    result: reading ? resultOf(reading.content) : { parties: [], phases: [], activities: 0 },
    problems: [
      ...problemsOf(state.language, reading && report ? { ...reading, sheet: report, mapping: effective } : null),
      ...controlCharacterProblems(state.language, grid),
    ],
  };
}

/** Writes the new workbook `out` from the plan read with `mapping`; nothing is written unless all of it could be. */
export function createFromForeign(
  state: ForeignState,
  mapping: Mapping | undefined,
  options: { title?: string; language: Language; out: string },
): void {
  const { content } = detectNamed(state.grid, mapping, {
    language: options.language,
    title: options.title ?? state.title,
    name: state.name,
  });
  createWorkbook(options.out, content);
}
