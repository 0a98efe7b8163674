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

type WorkerReply = { ok: true; grid: WorkbookGrid } | { ok: false; tooLong: boolean; message: string };

function parseInWorker(zip: Uint8Array, file: string): Promise<WorkbookGrid> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(parseWorkerFile(), {
      workerData: { zip },
      transferList: [zip.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new EngagebookError(
              'invalid-document',
              `took longer than ${IMPORT_LIMITS.parseMs / 1000} s to read; it is too large or too complex to import`,
              file,
            ),
          ),
        ),
      IMPORT_LIMITS.parseMs,
    );
    worker.on('message', (reply: WorkerReply) =>
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
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new EngagebookError(
            'invalid-document',
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `needs more than ${IMPORT_LIMITS.workerHeapMb} MB to read; it is too large to import`
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
