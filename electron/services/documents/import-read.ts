/**
 * Reading a spreadsheet file into a grid, and an Engagebook export's metadata with it: the first step of every
 * import, kept apart from what comes after (the detector, the returned-export reader, the store) so that `import`
 * starts the parse worker before loading those; the caller loads them while the worker reads the file
 * (`whileParsing`, ../xlsx/import/read-grid.ts). The HTML reader, for .html files only, is loaded when one is read, and
 * the metadata reader (with the schema library) once the file is read.
 */
import { extname } from 'node:path';
import { EngagebookError } from '../../../shared/domain/errors';
import type { WorkbookGrid } from '../../../shared/import/grid';
import type { ExportMeta } from '../xlsx/import/meta';
import { readSheetJsGrid, readXlsxGrid } from '../xlsx/import/read-grid';
import { readXlsxWithExportMeta } from '../xlsx/import/read-export';
import { readDelimitedFile } from './delimited';
import { readBoundedText } from './files';

export async function readSpreadsheetGrid(file: string): Promise<WorkbookGrid> {
  const format = extname(file).toLowerCase();
  if (format === '.xlsx') return readXlsxGrid(file);
  if (format === '.ods' || format === '.xls') return readSheetJsGrid(file);
  if (format === '.csv' || format === '.tsv' || format === '.txt') return readDelimitedFile(file);
  if (format === '.html' || format === '.htm') {
    const { htmlGrid } = await import('../../../shared/import/html');
    const grid = htmlGrid(readBoundedText(file, 20 * 1024 * 1024));
    if (grid.sheets.length === 0)
      throw new EngagebookError('no-matrix', 'no responsibility matrix found (the page has no table)', file);
    return grid;
  }
  throw new EngagebookError('invalid-argument', 'can import .xlsx, .ods, .xls, .csv, .tsv and .html spreadsheets', file);
}

/**
 * A spreadsheet and, when it is an Engagebook export, its metadata. An .xlsx's metadata is read while the parse worker
 * reads the other sheets (../xlsx/import/read-export.ts); `whileParsing` runs once that worker has started (not for
 * other formats, which have no worker to wait for).
 */
export async function readSpreadsheetWithExportMeta(
  file: string,
  whileParsing?: () => void,
): Promise<{ grid: WorkbookGrid; meta: ExportMeta | null }> {
  if (extname(file).toLowerCase() === '.xlsx') return readXlsxWithExportMeta(file, whileParsing);
  const grid = await readSpreadsheetGrid(file);
  const { readExportMeta } = await import('../xlsx/import/meta');
  return { grid, meta: readExportMeta(grid, file) };
}
