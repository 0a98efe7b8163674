/**
 * Our xlsx reader and writer side by side with a peer, openpyxl (Debian's python3-openpyxl, run by bench/peer.py), in
 * the same run on the same files: reading our export of the 20,000-activity workbook, and writing a sheet of its size.
 * A ratio (ours / openpyxl) above 1 means we are slower than openpyxl at that job.
 *
 * The jobs are not identical, and each row says how: our reader checks the zip, sanitises the XML and parses in a
 * worker with a heap cap and a deadline (untrusted input), and the import path then interprets the sheets; our writer
 * writes the whole sign-off workbook (cover, styled matrix with validation, formulas and notes, scope, sign-off and the
 * hidden sheets that make a returned file importable), openpyxl one plain sheet with the same rows and texts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readReturnedFile } from '../electron/services/documents/import-returned';
import { createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { exportXlsx } from '../electron/services/xlsx/export';
import { readXlsxGrid } from '../electron/services/xlsx/import/read-grid';
import { largeContent, matrixRows, templateContent } from './fixtures/workbooks';

export interface PeerComparison {
  job: string;
  unit: 'ms';
  ours: number;
  peer: number;
  oursDoes: string;
  peerDoes: string;
  /** The target as a multiple of openpyxl's time, when it is not openpyxl's time itself (1.5 for a client's sheet). */
  factor?: number;
  /** Set when our side refused the job (e.g. the reader's parse deadline); `ours` is then the time until it did. */
  oursFailed?: string;
}

export interface PeerOptions {
  /** Activities in the first matrix of the large workbook; default 20,000 (with 12 party columns). */
  activities?: number;
  /** Progress lines; default none. */
  log?: (line: string) => void;
}

const PYTHON = '/usr/bin/python3';
const PEER_SCRIPT = join(import.meta.dirname, 'peer.py');

interface PeerResult {
  ms: number;
  rows: number;
  cells: number;
  peakRssMb: number;
  openpyxl: string;
}

function openpyxl(...args: string[]): PeerResult {
  const run = spawnSync(PYTHON, [PEER_SCRIPT, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) {
    const hint = /No module named 'openpyxl'/.test(run.stderr) ? ' (apt-get install python3-openpyxl)' : '';
    throw new Error(`peer.py ${args[0]} failed${hint}: ${run.stderr || run.error?.message}`);
  }
  return JSON.parse(run.stdout) as PeerResult;
}

type Timed<T> = { ms: number; value: T; failed?: never } | { ms: number; value?: never; failed: string };

/** Times `fn`; a refusal is a result too (our reader gives up on files it deems too costly), not the end of the run. */
async function timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - start, value };
  } catch (error) {
    return { ms: performance.now() - start, failed: (error as Error).message };
  }
}

const failure = (t: Timed<unknown>) => (t.failed === undefined ? {} : { oursFailed: t.failed });

export async function measurePeer(options: PeerOptions = {}): Promise<PeerComparison[]> {
  const activities = options.activities ?? 20_000;
  const log = options.log ?? (() => undefined);
  const size = `${activities.toLocaleString('en-US')} activities × 12 parties`;
  const dir = mkdtempSync(join(tmpdir(), 'engagebook-bench-peer-'));
  try {
    const content = largeContent(activities);
    createWorkbook(join(dir, 'large.engagement'), content);
    createWorkbook(join(dir, 'template.engagement'), templateContent());
    const large = withWorkbook(join(dir, 'large.engagement'), readDocument);
    const small = withWorkbook(join(dir, 'template.engagement'), readDocument);
    const largeXlsx = join(dir, 'large.xlsx');
    const smallXlsx = join(dir, 'template.xlsx');
    const rows = matrixRows(content);
    writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows));

    const write = await timed(() => exportXlsx(large, largeXlsx));
    if (write.failed) throw new Error(`exportXlsx failed: ${write.failed}`);
    await exportXlsx(small, smallXlsx);
    const peerWrite = openpyxl('write', join(dir, 'rows.json'), join(dir, 'peer.xlsx'));
    log(`write: ours ${write.ms.toFixed(0)} ms, openpyxl ${peerWrite.ms.toFixed(0)} ms (${peerWrite.cells} cells)`);

    // The template first: its read time is mostly the fixed cost of starting the parse worker.
    const smallGrid = await timed(() => readXlsxGrid(smallXlsx));
    const peerSmall = openpyxl('read', smallXlsx);
    const grid = await timed(() => readXlsxGrid(largeXlsx));
    const imported = await timed(() => readReturnedFile(largeXlsx));
    const peerFull = openpyxl('read', largeXlsx);
    const peerStreamed = openpyxl('read-only', largeXlsx);
    const ourCells = grid.value?.sheets.reduce((n, s) => n + s.rows.reduce((k, [, cells]) => k + cells.length, 0), 0);
    log(
      `read: ours ${grid.ms.toFixed(0)} ms (${ourCells ?? grid.failed} cells), openpyxl ${peerFull.ms.toFixed(0)} ms (${peerFull.cells} cells)`,
    );
    log(
      `openpyxl ${peerFull.openpyxl}; peak RSS read ${peerFull.peakRssMb.toFixed(0)} MB, write ${peerWrite.peakRssMb.toFixed(0)} MB`,
    );

    const reader = 'readXlsxGrid: zip checks, sanitising, SheetJS parse in a worker, every sheet to a grid of text';
    return [
      {
        job: 'read the template export (59 activities) to cells',
        unit: 'ms',
        ours: smallGrid.ms,
        peer: peerSmall.ms,
        oursDoes: reader,
        peerDoes: 'load_workbook (full model), every cell value',
        ...failure(smallGrid),
      },
      {
        job: `read our export (${size}) to cells`,
        unit: 'ms',
        ours: grid.ms,
        peer: peerFull.ms,
        oursDoes: reader,
        peerDoes: 'load_workbook (full model), every cell value',
        ...failure(grid),
      },
      {
        job: `read our export (${size}) to cells, openpyxl streaming`,
        unit: 'ms',
        ours: grid.ms,
        peer: peerStreamed.ms,
        oursDoes: `${reader} (we have no streaming reader)`,
        peerDoes: 'load_workbook(read_only=True), every cell value',
        ...failure(grid),
      },
      {
        job: `import our export (${size}) as a workbook`,
        unit: 'ms',
        ours: imported.ms,
        peer: peerFull.ms,
        oursDoes: 'readReturnedFile: the reader above, then the export metadata, base copy and matrices read back as content',
        peerDoes: 'load_workbook (full model), every cell value: openpyxl has no more to do',
        ...failure(imported),
      },
      {
        job: `write ${size}`,
        unit: 'ms',
        ours: write.ms,
        peer: peerWrite.ms,
        oursDoes: 'exportXlsx, streamed: the whole sign-off workbook',
        peerDoes: `Workbook(write_only=True): one sheet of the same ${rows.length} rows (title, 12 roles, notes)`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
