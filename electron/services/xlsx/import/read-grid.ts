/**
 * Reads an untrusted .xlsx into a grid: bounded pre-checks of the zip (safe-zip), sanitised XML (sanitize), then a parse
 * in a worker thread with a heap cap and a deadline that grows with the work. Every failure is an EngagebookError naming the file.
 */
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { SheetGrid, WorkbookGrid } from '../../../../shared/import/grid';
import { workbookHiddenMarks, type HiddenMarks } from './hidden-marks';
import { IMPORT_LIMITS, parseDeadlineMs } from './limits';
import { parseWorkerFile } from './parse-worker-file';
import { checkedFileSize, readXlsxParts } from './safe-zip';
import { sanitizeParts } from './sanitize';
import { storedZip } from './stored-zip';

/**
 * The worker's answers. The grid comes as JSON text: a grid is hundreds of thousands of small arrays, which the
 * structured clone of postMessage copies about three times slower than JSON.stringify and JSON.parse together.
 */
type WorkerReply =
  | { ready: true }
  | { firstSheet: string }
  | { ok: true; grid: WorkbookGrid }
  | { ok: true; json: string; firstAt?: number }
  | { ok: false; tooLong: boolean; message: string };

/**
 * A sheet of an .xlsx the caller wants before the rest (an export's metadata sheet): the worker reads and posts it
 * first, and `read` runs on it while the worker goes on with the other sheets, so the main thread works instead of
 * waiting. The grid the parse resolves with still holds every sheet in workbook order. Should `read` throw, the parse
 * rejects with that error — but only once the whole file has been read without a problem of its own, so a broken file
 * is refused with the same message as before.
 */
export interface FirstSheet {
  readonly name: string;
  /** May return a promise (it may load code first): the parse then waits for it before it resolves or rejects. */
  readonly read: (sheet: SheetGrid) => unknown;
}

type ParseLimits = { readonly parseMs: number; readonly startMs: number; readonly workerHeapMb: number };

/**
 * Which reader the worker runs: SheetJS for an .xlsx (the default), or for .ods/.xls; exceljs, the .xlsx reader before
 * issue 12, is kept to compare the two (test/xlsx-readers.test.ts).
 */
export type WorkerFormat = 'xlsx' | 'sheetjs' | 'exceljs';

/**
 * Parses in a worker with a heap cap and two deadlines: one for the worker to load its code, then the parse deadline,
 * which starts when the worker says it is ready — a cold start (loading exceljs, or tsx from source) must not eat the
 * time a large but ordinary file needs. `workerFile` and `limits` are the defaults except in tests.
 */
export function parseInWorker(
  zip: Uint8Array,
  file: string,
  workerFile: string | URL = parseWorkerFile(),
  limits: ParseLimits = IMPORT_LIMITS,
  format: WorkerFormat = 'xlsx',
  first?: FirstSheet,
): Promise<WorkbookGrid> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { zip, format, ...(first ? { first: first.name } : {}) },
      transferList: [zip.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Answer once the worker is gone: its heap (up to the cap) is released before the caller builds on the grid,
      // so the two never add up in the process's peak memory.
      void worker.terminate().then(action, action);
    };
    const giveUp = (message: string) => finish(() => reject(new EngagebookError('invalid-document', message, file)));
    let timer = setTimeout(
      () => giveUp(`could not be read: the reader did not start within ${limits.startMs / 1000} s`),
      limits.startMs,
    );
    const resolveWith = (grid: () => WorkbookGrid) => {
      try {
        resolve(grid());
      } catch (error) {
        reject(new EngagebookError('invalid-document', `cannot be read as a workbook (${(error as Error).message})`, file));
      }
    };
    let firstSheet: SheetGrid | undefined;
    let firstFailed: { error: unknown } | undefined;
    let firstReading: Promise<void> | undefined;
    const whole = (json: string, firstAt: number | undefined): WorkbookGrid => {
      const grid = JSON.parse(json) as WorkbookGrid;
      if (firstAt === undefined) return grid;
      if (!firstSheet) throw new Error('the reader did not send the first sheet');
      return { sheets: [...grid.sheets.slice(0, firstAt), firstSheet, ...grid.sheets.slice(firstAt)] };
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('firstSheet' in reply) {
        if (settled) return;
        firstSheet = JSON.parse(reply.firstSheet) as SheetGrid;
        try {
          const reading = first?.read(firstSheet);
          if (reading instanceof Promise)
            firstReading = reading.then(
              () => undefined,
              (error: unknown) => void (firstFailed = { error }),
            );
        } catch (error) {
          firstFailed = { error };
        }
        return;
      }
      if ('ready' in reply) {
        clearTimeout(timer);
        timer = setTimeout(
          () => giveUp(`took longer than ${limits.parseMs / 1000} s to read; it is too large or too complex to import`),
          limits.parseMs,
        );
        return;
      }
      finish(() =>
        reply.ok
          ? void (firstReading ?? Promise.resolve()).then(() =>
              firstFailed
                ? reject(firstFailed.error)
                : resolveWith(() => ('json' in reply ? whole(reply.json, reply.firstAt) : reply.grid)),
            )
          : reject(
              new EngagebookError(
                'invalid-document',
                reply.tooLong
                  ? `has a cell that is too long: ${reply.message}`
                  : `cannot be read as a workbook (${reply.message})`,
                file,
              ),
            ),
      );
    });
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new EngagebookError(
            'invalid-document',
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `needs more than ${limits.workerHeapMb} MB to read; it is too large to import`
              : `cannot be read as a workbook (${error.message})`,
            file,
          ),
        ),
      ),
    );
    worker.on('exit', (code) =>
      finish(() =>
        reject(new EngagebookError('invalid-document', `could not be read (the reader stopped with code ${code})`, file)),
      ),
    );
  });
}

/**
 * An OpenDocument (.ods) or legacy Excel (.xls) file, read by SheetJS in the same worker, with the same heap cap and
 * deadline rule, after the same check of the file's size. There is no zip to sanitise first: .xls is not a zip, and SheetJS
 * reads only the cells of an .ods.
 */
export async function readSheetJsGrid(file: string): Promise<WorkbookGrid> {
  checkedFileSize(file);
  const bytes = new Uint8Array(readFileSync(file));
  if (!looksLike(file, bytes)) {
    const kind = extname(file).toLowerCase() === '.ods' ? 'an OpenDocument spreadsheet' : 'an Excel 97–2003 workbook';
    throw new EngagebookError('invalid-document', `is not ${kind} (its first bytes do not match the format)`, file);
  }
  // An .ods is a zip (its XML unpacks to about ten times the file); an .xls is stored as it is read.
  const work = extname(file).toLowerCase() === '.ods' ? bytes.length * 10 : bytes.length;
  const limits = { ...IMPORT_LIMITS, parseMs: parseDeadlineMs(work) };
  return withData(await parseInWorker(bytes, file, parseWorkerFile(), limits, 'sheetjs'), file);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * An .ods is a zip; an .xls is an OLE compound file — or, as many web applications write "Excel" files, an HTML table,
 * which SheetJS reads too. Anything else is refused rather than read as whatever text it happens to hold.
 */
function looksLike(file: string, bytes: Uint8Array): boolean {
  if (extname(file).toLowerCase() === '.ods') return startsWith(bytes, ZIP);
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return startsWith(bytes, OLE) || head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table');
}

function withData(grid: WorkbookGrid, file: string): WorkbookGrid {
  if (grid.sheets.length === 0 || grid.sheets.every((s) => s.rows.length === 0)) {
    throw new EngagebookError('invalid-document', 'has no cells with data', file);
  }
  return grid;
}

/**
 * An .xlsx: the zip checked before unpacking (safe-zip), its XML sanitised and its rows and cells counted (sanitize),
 * then parsed in the worker with a deadline that grows with the unpacked size (limits.parseDeadlineMs). `reader`
 * is SheetJS except when a test compares it with exceljs. `whileParsing` runs on the main thread once the worker has
 * started and the hidden rows are scanned, while the worker reads: `import` loads the code it needs next then, instead
 * of before the worker could start.
 */
export async function readXlsxGrid(
  file: string,
  reader: 'sheetjs' | 'exceljs' = 'sheetjs',
  first?: FirstSheet,
  whileParsing?: () => void,
): Promise<WorkbookGrid> {
  const parts = sanitizeParts(await readXlsxParts(file), file);
  let bytes = 0;
  for (const data of parts.values()) bytes += data.length;
  const packed = storedZip(parts);
  const limits = { ...IMPORT_LIMITS, parseMs: parseDeadlineMs(bytes) };
  // The worker reads the workbook once and hands the sheet over first only if it has one of that name; exceljs cannot.
  const early = reader === 'sheetjs' ? first : undefined;
  const parsing = parseInWorker(packed, file, parseWorkerFile(), limits, reader === 'sheetjs' ? 'xlsx' : 'exceljs', early);
  // The main thread would only wait for the worker: it scans the hidden rows and columns meanwhile (the parts are
  // sanitised already). A failed parse still refuses the file; the scan's result is then simply unused. Should the
  // scan throw, the parse's own failure must not surface as an unhandled rejection.
  void parsing.catch(() => undefined);
  const marks = reader === 'sheetjs' ? workbookHiddenMarks(parts) : [];
  parts.clear();
  whileParsing?.();
  const grid = await parsing;
  return withData(reader === 'sheetjs' ? withHiddenMarks(grid, marks) : grid, file);
}

/** Joins the hidden rows and columns scanned from the XML to the sheets (hidden columns up to the last one used). */
function withHiddenMarks(grid: WorkbookGrid, marks: ReadonlyArray<HiddenMarks | undefined>): WorkbookGrid {
  return {
    sheets: grid.sheets.map((sheet, i) => {
      const mark = marks[i];
      if (!mark) return sheet;
      const lastColumn = Math.max(
        0,
        ...sheet.rows.map(([, cells]) => cells[cells.length - 1]?.[0] ?? 0),
        ...sheet.notes.map(([, c]) => c),
        ...sheet.merges.map(([, , , right]) => right),
      );
      const hiddenColumns: number[] = [];
      for (const [min, max] of mark.columns) for (let c = min; c <= Math.min(max, lastColumn); c++) hiddenColumns.push(c);
      return { ...sheet, hiddenRows: mark.rows, hiddenColumns };
    }),
  };
}
