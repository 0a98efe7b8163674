/**
 * The parse worker: receives the sanitised workbook as a zip buffer, parses it with exceljs, and posts back the grid.
 * It runs with a capped heap and is stopped after a deadline, so a file that slips past the pre-checks can cost the
 * app neither its memory nor its responsiveness.
 *
 * It is loaded two ways: from source through parse-worker-entry.js (CLI, tests), and as its own CommonJS bundle
 * out/main/parse-worker.cjs in the app (scripts/build-electron.js). CommonJS has no top-level await, hence the function.
 */
import ExcelJS from 'exceljs';
import { parentPort, workerData } from 'node:worker_threads';
import { CellTooLongError, workbookToGrid } from './to-grid';

async function parse(zip: Uint8Array): Promise<void> {
  // The code is loaded: the parse deadline starts now, not while a cold start loads exceljs (or tsx, from source).
  parentPort?.postMessage({ ready: true });
  try {
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

void parse((workerData as { zip: Uint8Array }).zip);
