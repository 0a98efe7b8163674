/**
 * The parse worker: receives the sanitised workbook (or an .ods/.xls file) as bytes, parses it with SheetJS, and posts
 * back the grid. exceljs, the .xlsx reader before issue 12, remains selectable to compare the two.
 * It runs with a capped heap and is stopped after a deadline, so a file that slips past the pre-checks can cost the
 * app neither its memory nor its responsiveness.
 *
 * It is loaded two ways: from source through parse-worker-entry.js (CLI, tests), and as its own CommonJS bundle
 * out/main/parse-worker.cjs in the app (scripts/build-electron.js). CommonJS has no top-level await, hence the function.
 */
import type * as XLSX from '@e965/xlsx';
import type ExcelJS from 'exceljs';
import { parentPort, workerData } from 'node:worker_threads';
import { sheetJsToGrid } from './sheetjs-to-grid';
import { CellTooLongError, workbookToGrid } from './to-grid';
import { readXlsxBook } from './xlsx-to-grid';

/**
 * An .xlsx whose sheet `first` should reach the main thread before the rest (an export's metadata, which the main
 * thread unpacks and checks while this worker reads the other sheets): that sheet is posted alone, then the others, with
 * where the first one goes among them. Without such a sheet, the whole workbook in one message.
 */
function postXlsx(xlsx: typeof XLSX, zip: Uint8Array, first: string | undefined): void {
  const book = readXlsxBook(xlsx, zip);
  const firstAt = first === undefined ? -1 : book.names.indexOf(first);
  const others = book.names.flatMap((_name, i) => (i === firstAt ? [] : [i]));
  if (firstAt >= 0) parentPort?.postMessage({ firstSheet: JSON.stringify(book.sheet(firstAt)) });
  const json = JSON.stringify({ sheets: others.map((i) => book.sheet(i)) });
  parentPort?.postMessage(firstAt >= 0 ? { ok: true, json, firstAt } : { ok: true, json });
}

/**
 * SheetJS's ES module build. It leaves out the code-page tables, which setting up cost the CommonJS build a fifth of a
 * second at every start: an .xlsx or .ods never needs them (their text is Unicode), an .xls may, and gets them.
 */
async function loadSheetJs(withCodePages: boolean): Promise<typeof XLSX> {
  const xlsx = (await import('@e965/xlsx/xlsx.mjs')) as typeof XLSX;
  if (withCodePages) xlsx.set_cptable(await import('@e965/xlsx/dist/cpexcel'));
  return xlsx;
}

async function parse(zip: Uint8Array, format: 'xlsx' | 'sheetjs' | 'exceljs', first: string | undefined): Promise<void> {
  const xlsx = format === 'exceljs' ? undefined : await loadSheetJs(format === 'sheetjs');
  // The code is loaded: the parse deadline starts now, not while a cold start loads SheetJS (or tsx, from source).
  parentPort?.postMessage({ ready: true });
  try {
    if (xlsx) {
      // SheetJS writes remarks about formats it approximates ("ODS number format may be incorrect") to the console;
      // they would reach the CLI's stderr as if they were about the import. This worker's console is its own.
      console.error = console.warn = () => undefined;
      // As JSON text: one string crosses to the main thread far faster than the grid's many small arrays.
      if (format === 'xlsx') postXlsx(xlsx, zip, first);
      else parentPort?.postMessage({ ok: true, json: JSON.stringify(sheetJsToGrid(xlsx, zip, false)) });
      return;
    }
    // exceljs, loaded only to compare it with SheetJS (test/xlsx-readers.test.ts).
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture', 'tableParts'],
      } as unknown as Partial<ExcelJS.XlsxReadOptions>,
    );
    parentPort?.postMessage({ ok: true, json: JSON.stringify(workbookToGrid(wb)) });
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      tooLong: error instanceof CellTooLongError,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

const data = workerData as { zip: Uint8Array; format?: 'xlsx' | 'sheetjs' | 'exceljs'; first?: string };
void parse(data.zip, data.format ?? 'xlsx', data.first);
