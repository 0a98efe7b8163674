/**
 * Reading an .xlsx that may be an Engagebook export, with its metadata. The parse worker hands the metadata sheet over
 * before the other sheets (read-grid.ts, FirstSheet), so the main thread unpacks and checks the export's base copy —
 * about as much work as reading the cells — while the worker reads the rest, instead of waiting for it and then doing
 * that work. Nothing is trusted earlier than before: the zip has passed its checks before the worker starts, and a file
 * the worker cannot read is refused with the worker's message even when its metadata was read.
 */
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { META_SHEET } from '../layout';
import type { ExportMeta } from './meta';
import { readXlsxGrid } from './read-grid';

/**
 * The metadata reader checks the base copy against the document schema, and loading the schema library (zod) took
 * about a tenth of a second: it is loaded when the metadata sheet arrives, while the worker reads the other sheets,
 * not before the worker can start.
 */
const loadMeta = () => import('./meta');

/** `whileParsing` runs once the parse worker has started (readXlsxGrid): the caller's time to load what comes next. */
export async function readXlsxWithExportMeta(
  file: string,
  whileParsing?: () => void,
): Promise<{ grid: WorkbookGrid; meta: ExportMeta | null }> {
  // The same answer readExportMeta gives on the whole grid: a sheet named like ours is the one it looks at first.
  let early: { meta: ExportMeta | null } | undefined;
  const grid = await readXlsxGrid(
    file,
    'sheetjs',
    {
      name: META_SHEET,
      read: async (sheet) => {
        const { readExportMeta } = await loadMeta();
        early = { meta: readExportMeta({ sheets: [sheet] }, file) };
      },
    },
    whileParsing,
  );
  return { grid, meta: early ? early.meta : (await loadMeta()).readExportMeta(grid, file) };
}
