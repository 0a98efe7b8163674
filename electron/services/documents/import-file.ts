/**
 * Bringing any supported file in as a new workbook — canonical JSON, an Engagebook export (with the client's edits),
 * or a client's own spreadsheet in whatever layout — and describing a returned export's changes for a person to
 * review. One place for the CLI (`import --out`) and the desktop app's File › Import.
 */
import { extname } from 'node:path';
import type { EngagementDocument } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import type { DetectionReport } from '../../../shared/import/detect';
import type { Change } from '../../../shared/merge/changes';
import type { Mapping } from '../../../shared/import/detect/mapping';
import { createWorkbook } from '../store';
import { readExportMeta, type ExportMeta } from '../xlsx/import/meta';
import { detectForeign, readSpreadsheetGrid } from './import-foreign';
import { readReturnedFile } from './import-returned';
import { importJsonFile } from './json-file';
import { controlCharacterNotices } from '../../../shared/import/control-cells';

export type NewWorkbookImport =
  | { readonly kind: 'json'; readonly doc: EngagementDocument }
  | { readonly kind: 'export'; readonly meta: ExportMeta; readonly notices: string[] }
  | { readonly kind: 'foreign'; readonly report: DetectionReport; readonly notices: string[] };

export interface ForeignOptions {
  readonly language: Language;
  readonly sheet?: string;
  readonly mapping?: Mapping;
}

/** Creates `out` from `source`; nothing is written unless the whole source could be read. */
export async function importAsNewWorkbook(source: string, out: string, options: ForeignOptions): Promise<NewWorkbookImport> {
  if (extname(source).toLowerCase() === '.json') return { kind: 'json', doc: importJsonFile(source, out) };
  const grid = await readSpreadsheetGrid(source);
  if (readExportMeta(grid, source)) {
    const { theirs, notices, meta } = await readReturnedFile(source, grid);
    createWorkbook(out, theirs);
    return { kind: 'export', meta, notices };
  }
  const { content, report } = detectForeign(grid, source, options);
  createWorkbook(out, content);
  return { kind: 'foreign', report, notices: controlCharacterNotices(grid) };
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
