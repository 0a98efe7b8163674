/**
 * Reads an untrusted .xlsx into a grid: bounded pre-checks of the zip (safe-zip), sanitised XML (sanitize), then a parse
 * in a worker thread with a heap cap and a deadline. Every failure is an EngagebookError naming the file.
 */
import JSZip from 'jszip';
import { Worker } from 'node:worker_threads';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { IMPORT_LIMITS } from './limits';
import { parseWorkerFile } from './parse-worker-file';
import { readXlsxParts } from './safe-zip';
import { sanitizeParts } from './sanitize';

type WorkerReply = { ready: true } | { ok: true; grid: WorkbookGrid } | { ok: false; tooLong: boolean; message: string };

type ParseLimits = Pick<typeof IMPORT_LIMITS, 'parseMs' | 'startMs' | 'workerHeapMb'>;

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
): Promise<WorkbookGrid> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { zip },
      transferList: [zip.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const giveUp = (message: string) => finish(() => reject(new EngagebookError('invalid-document', message, file)));
    let timer = setTimeout(
      () => giveUp(`could not be read: the reader did not start within ${limits.startMs / 1000} s`),
      limits.startMs,
    );
    worker.on('message', (reply: WorkerReply) => {
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
          ? resolve(reply.grid)
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

export async function readXlsxGrid(file: string): Promise<WorkbookGrid> {
  const parts = sanitizeParts(await readXlsxParts(file), file);
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  const packed = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  parts.clear();
  const grid = await parseInWorker(packed, file);
  if (grid.sheets.length === 0 || grid.sheets.every((s) => s.rows.length === 0)) {
    throw new EngagebookError('invalid-document', 'has no cells with data', file);
  }
  return grid;
}
