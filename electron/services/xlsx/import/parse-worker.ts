/**
 * The parse worker: receives the sanitised workbook as a zip buffer, parses it with exceljs (or an .ods/.xls file with
 * SheetJS), and posts back the grid.
 * It runs with a capped heap and is stopped after a deadline, so a file that slips past the pre-checks can cost the
 * app neither its memory nor its responsiveness.
 *
 * It is loaded two ways: from source through parse-worker-entry.js (CLI, tests), and as its own CommonJS bundle
 * out/main/parse-worker.cjs in the app (scripts/build-electron.js). CommonJS has no top-level await, hence the function.
 */
import ExcelJS from 'exceljs';
import { parentPort, workerData } from 'node:worker_threads';
import { sheetJsToGrid } from './sheetjs-to-grid';
import { CellTooLongError, workbookToGrid } from './to-grid';

async function parse(zip: Uint8Array, format: 'xlsx' | 'sheetjs'): Promise<void> {
  // The code is loaded: the parse deadline starts now, not while a cold start loads exceljs (or tsx, from source).
  parentPort?.postMessage({ ready: true });
  try {
    if (format === 'sheetjs') {
      // .ods and .xls: SheetJS, loaded only for them (the xlsx path never pays for it).
      const xlsx = await import('@e965/xlsx');
      // SheetJS writes remarks about formats it approximates ("ODS number format may be incorrect") to the console;
      // they would reach the CLI's stderr as if they were about the import. This worker's console is its own.
      console.error = console.warn = () => undefined;
      parentPort?.postMessage({ ok: true, grid: sheetJsToGrid(xlsx, zip) });
      return;
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture', 'tableParts'],
      } as unknown as Partial<ExcelJS.XlsxReadOptions>,
    );
    parentPort?.postMessage({ ok: true, grid: workbookToGrid(wb) });
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      tooLong: error instanceof CellTooLongError,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

const data = workerData as { zip: Uint8Array; format?: 'xlsx' | 'sheetjs' };
void parse(data.zip, data.format ?? 'xlsx');
