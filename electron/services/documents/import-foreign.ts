/** A client's own spreadsheet → a new workbook, with a report of every guess the detector made. */
import { basename, extname } from 'node:path';
import type { Content } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { detectWorkbook, type DetectionReport } from '../../../shared/import/detect';
import { MappingSchema, type Mapping } from '../../../shared/import/detect/mapping';
import type { WorkbookGrid } from '../../../shared/import/grid';
import { newId } from '../store/structure';
import { readExportMeta, type ExportMeta } from '../xlsx/import/meta';
import { readSheetJsGrid, readXlsxGrid } from '../xlsx/import/read-grid';
import { readXlsxWithExportMeta } from '../xlsx/import/read-export';
import { readDelimitedFile } from './delimited';
import { readBoundedText } from './files';
import { htmlGrid } from '../../../shared/import/html';

export async function readSpreadsheetGrid(file: string): Promise<WorkbookGrid> {
  const format = extname(file).toLowerCase();
  if (format === '.xlsx') return readXlsxGrid(file);
  if (format === '.ods' || format === '.xls') return readSheetJsGrid(file);
  if (format === '.csv' || format === '.tsv' || format === '.txt') return readDelimitedFile(file);
  if (format === '.html' || format === '.htm') {
    const grid = htmlGrid(readBoundedText(file, 20 * 1024 * 1024));
    if (grid.sheets.length === 0)
      throw new EngagebookError('no-matrix', 'no responsibility matrix found (the page has no table)', file);
    return grid;
  }
  throw new EngagebookError('invalid-argument', 'can import .xlsx, .ods, .xls, .csv, .tsv and .html spreadsheets', file);
}

/**
 * A spreadsheet and, when it is an Engagebook export, its metadata. An .xlsx's metadata is read while the parse worker
 * reads the other sheets (../xlsx/import/read-export.ts).
 */
export async function readSpreadsheetWithExportMeta(file: string): Promise<{ grid: WorkbookGrid; meta: ExportMeta | null }> {
  if (extname(file).toLowerCase() === '.xlsx') return readXlsxWithExportMeta(file);
  const grid = await readSpreadsheetGrid(file);
  return { grid, meta: readExportMeta(grid, file) };
}

/** Reads and checks a mapping file: JSON, the mapping schema, nothing else. */
export function readMapping(file: string): Mapping {
  let value: unknown;
  try {
    value = JSON.parse(readBoundedText(file, 1024 * 1024));
  } catch (error) {
    if (error instanceof EngagebookError) throw error;
    throw new EngagebookError('invalid-argument', `is not valid JSON (${(error as Error).message})`, file);
  }
  const parsed = MappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EngagebookError(
      'invalid-argument',
      `is not a valid mapping: at ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`,
      file,
    );
  }
  return parsed.data;
}

export function detectForeign(
  grid: WorkbookGrid,
  file: string,
  options: { language: Language; sheet?: string; mapping?: Mapping },
): { content: Content; report: DetectionReport } {
  try {
    return detectWorkbook(grid, {
      language: options.language,
      newId,
      title: basename(file, extname(file)),
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
    });
  } catch (error) {
    if (error instanceof EngagebookError && !error.file) throw new EngagebookError(error.code, error.message, file);
    throw error;
  }
}
