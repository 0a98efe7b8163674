/**
 * Bringing any supported file in as a new workbook — canonical JSON, an Engagebook export (with the client's edits),
 * or a client's own spreadsheet in whatever layout — and describing a returned export's changes for a person to
 * review. One place for the CLI (`import --out`) and the desktop app's File › Import.
 */
import { extname } from 'node:path';
import type { Content, EngagementDocument } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import type { DetectionReport } from '../../../shared/import/detect';
import type { Change } from '../../../shared/merge/changes';
import type { Mapping } from '../../../shared/import/detect/mapping';
import type { ExportMeta } from '../xlsx/import/meta';
import { readSpreadsheetWithExportMeta } from './import-read';
import { controlCharacterNotices } from '../../../shared/import/control-cells';

/**
 * What an import needs once the file is read: the returned-export reader, the detector and the store. Loaded while the
 * parse worker reads the file (or after a file read without one), so that loading them does not hold up the worker's
 * start: together they took about as long to load as the zip takes to unpack.
 */
const loadAfterReading = () =>
  Promise.all([
    import('./import-returned'),
    import('./import-foreign'),
    import('../flows/foreign/preview'),
    import('../store'),
  ]).then(([returned, foreign, preview, store]) => ({
    readReturnedFile: returned.readReturnedFile,
    detectForeign: foreign.detectForeign,
    effectiveMapping: preview.effectiveMapping,
    createWorkbook: store.createWorkbook,
  }));
type AfterReading = Awaited<ReturnType<typeof loadAfterReading>>;

export type NewWorkbookImport =
  | { readonly kind: 'json'; readonly doc: EngagementDocument }
  | { readonly kind: 'export'; readonly meta: Omit<ExportMeta, 'base'>; readonly notices: string[] }
  | { readonly kind: 'foreign'; readonly report: DetectionReport; readonly notices: string[] }
  /** The detector was unsure and no mapping said how to read the sheet: nothing was written. */
  | { readonly kind: 'unsure'; readonly report: DetectionReport; readonly guess: BestGuess };

/** The detector's best reading of an unsure sheet: what it would make, and the mapping that fixes it. */
export interface BestGuess {
  readonly sheet: string;
  readonly orientation: string;
  readonly parties: string[];
  /** The first activities' titles (at most ten), and how many there are. */
  readonly activities: { readonly count: number; readonly first: string[] };
  /** Every guess as an `import --mapping` file: corrected and passed back, the person has decided. */
  readonly mapping: Mapping;
}

export interface ForeignOptions {
  readonly language: Language;
  readonly sheet?: string;
  readonly mapping?: Mapping;
}

/** Creates `out` from `source`; nothing is written unless the whole source could be read. */
export async function importAsNewWorkbook(source: string, out: string, options: ForeignOptions): Promise<NewWorkbookImport> {
  if (extname(source).toLowerCase() === '.json') {
    const { importJsonFile } = await import('./json-file');
    return { kind: 'json', doc: importJsonFile(source, out) };
  }
  const read = await readNewWorkbook(source, options);
  if (read.content) read.later.createWorkbook(out, read.content);
  return read.result;
}

/**
 * The content a new workbook is made of, and what to tell about it. The grid stays in here: a large sheet's grid is
 * a hundred MB or more of heap, free to be collected while the workbook is written.
 */
async function readNewWorkbook(
  source: string,
  options: ForeignOptions,
): Promise<{ content: Content | null; result: NewWorkbookImport; later: AfterReading }> {
  let loading: Promise<AfterReading> | undefined;
  const load = () => {
    if (!loading) {
      loading = loadAfterReading();
      // Awaited below once the file is read; should the read fail first, a failed load must not surface on its own.
      loading.catch(() => undefined);
    }
    return loading;
  };
  const { grid, meta: exported } = await readSpreadsheetWithExportMeta(source, () => void load());
  const later = await load();
  if (exported) {
    const { theirs, notices, meta } = await later.readReturnedFile(source, grid, exported);
    return { content: theirs, result: { kind: 'export', meta, notices }, later };
  }
  const { content, report } = later.detectForeign(grid, source, options);
  // Never a confident wrong answer: a doubtful reading is written only once a mapping (a person) has decided it.
  if (report.unsure.length > 0 && !options.mapping)
    return { content: null, result: { kind: 'unsure', report, guess: bestGuess(content, report, later) }, later };
  return { content, result: { kind: 'foreign', report, notices: controlCharacterNotices(grid) }, later };
}

function bestGuess(content: Content, report: DetectionReport, { effectiveMapping }: AfterReading): BestGuess {
  // The first sheet with a doubt is the one to decide (a mapping names one sheet).
  const sheet = report.sheets.find((s) => s.found && (s.doubts ?? []).length > 0) ?? report.sheets.find((s) => s.found)!;
  const index = report.sheets.filter((s) => s.found).indexOf(sheet);
  const matrix = content.matrices[index]!;
  const activities = matrix.phases.flatMap((p) => p.activities.map((a) => a.title));
  return {
    sheet: sheet.sheet,
    orientation: sheet.orientation ?? 'activities in rows',
    parties: matrix.partyIds.map((id) => content.parties.find((p) => p.id === id)?.name ?? '?'),
    activities: { count: activities.length, first: activities.slice(0, 10) },
    mapping: effectiveMapping(sheet.sheet, sheet, report.vocabulary, {}),
  };
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '∅';
  if (Array.isArray(value)) return value.length ? value.join('/') : '∅';
  if (typeof value === 'object')
    return (value as { title?: string; name?: string }).title ?? (value as { name?: string }).name ?? '…';
  return String(value);
};

/** One line per change of a returned export: "+" applies, "!" is a conflict where ours is kept. */
export function describeChange(change: Change): string {
  const mark = change.conflict ? '!' : '+';
  const ours = change.conflict ? ` (ours: ${show(change.ours)}; kept)` : '';
  return `${mark} ${change.kind.padEnd(20)} ${change.where}: ${show(change.before)} → ${show(change.after)}${ours}`;
}
