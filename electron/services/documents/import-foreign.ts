/** A client's own spreadsheet → a new workbook, with a report of every guess the detector made. */
import { basename, extname } from 'node:path';
import type { Content } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { detectWorkbook, type DetectionReport } from '../../../shared/import/detect';
import type { WorkbookGrid } from '../../../shared/import/grid';
import { newId } from '../store/edits';
import { readXlsxGrid } from '../xlsx/import/read-grid';
import { readDelimitedFile } from './delimited';

export async function readSpreadsheetGrid(file: string): Promise<WorkbookGrid> {
  const format = extname(file).toLowerCase();
  if (format === '.xlsx') return readXlsxGrid(file);
  if (format === '.csv' || format === '.tsv' || format === '.txt') return readDelimitedFile(file);
  throw new EngagebookError('invalid-argument', 'can import .xlsx, .csv and .tsv spreadsheets', file);
}

export function detectForeign(
  grid: WorkbookGrid,
  file: string,
  options: { language: Language; sheet?: string },
): { content: Content; report: DetectionReport } {
  try {
    return detectWorkbook(grid, {
      language: options.language,
      newId,
      title: basename(file, extname(file)),
      ...(options.sheet ? { sheet: options.sheet } : {}),
    });
  } catch (error) {
    if (error instanceof EngagebookError && !error.file) throw new EngagebookError(error.code, error.message, file);
    throw error;
  }
}
