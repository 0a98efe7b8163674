// The parse worker's two deadlines: loading its code has its own, generous one, and the parse deadline counts from
// when the worker says it is ready — so a cold start does not eat the time a large, ordinary file needs to be read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInWorker } from '../electron/services/xlsx/import/read-grid';
import { tempDir } from './helpers';

/** A stand-in worker: waits `startMs` (loading), says it is ready, waits `parseMs` (parsing), answers a grid. */
function fakeWorker(options: { startMs: number; parseMs: number; ready?: boolean }): string {
  const file = join(tempDir(), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
await sleep(${options.startMs});
${options.ready === false ? '' : 'parentPort.postMessage({ ready: true });'}
await sleep(${options.parseMs});
parentPort.postMessage({ ok: true, grid: { sheets: [{ name: 'S', state: 'visible', rows: [[1, [[1, 'x']]]], merges: [], hiddenRows: [], hiddenColumns: [], notes: [] }] } });
`,
  );
  return file;
}

const LIMITS = { parseMs: 300, startMs: 5_000, workerHeapMb: 64 };
const zip = () => new Uint8Array(8);

describe('the parse deadline', () => {
  it('starts when the worker is ready: a slow start does not count against the parse', async () => {
    const grid = await parseInWorker(zip(), 'slow-start.xlsx', fakeWorker({ startMs: 800, parseMs: 0 }), LIMITS);
    expect(grid.sheets[0]!.name).toBe('S');
  });

  it('still stops a parse that runs past it, naming the file', async () => {
    await expect(parseInWorker(zip(), 'slow-parse.xlsx', fakeWorker({ startMs: 0, parseMs: 3_000 }), LIMITS)).rejects.toThrow(
      /slow-parse\.xlsx: took longer than 0\.3 s to read/,
    );
  });

  it('stops a worker that never gets ready, naming the file', async () => {
    await expect(
      parseInWorker(zip(), 'stuck.xlsx', fakeWorker({ startMs: 0, parseMs: 3_000, ready: false }), {
        ...LIMITS,
        startMs: 300,
      }),
    ).rejects.toThrow(/stuck\.xlsx: could not be read: the reader did not start within 0\.3 s/);
  });
});
