/**
 * Issue 12's import targets, measured the way a person meets them: `engagebook import FILE --out X` as its own process
 * (time from spawn to exit, and peak RSS by GNU time), beside openpyxl loading the same file in the same run
 * (bench/peer.py, load_workbook with the full model, every cell value; its time excludes Python's start-up). Each
 * figure is the median of BENCH_IMPORT_RUNS runs (3), the peak memory the highest of them.
 *
 * - a client's own sheet of 20,000 rows (test/fixtures/client-sheet-large.ts): at most 1.5 × openpyxl's load, under
 *   400 MB;
 * - our own export of 20,000 activities × 12 parties coming back as a new workbook: at most openpyxl's load, within
 *   the import's 512 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkbook, readDocument, withWorkbook } from '../electron/services/store';
import { exportXlsx } from '../electron/services/xlsx/export';
import { writeLargeClientSheet } from '../test/fixtures/client-sheet-large';
import { largeContent } from './fixtures/workbooks';
import type { PeerComparison } from './peer';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'engagebook.js');
const GNU_TIME = '/usr/bin/time';

export interface ImportFigures {
  /** Time comparisons for the "Beside openpyxl" section; `factor` is the target as a multiple of openpyxl. */
  readonly peers: PeerComparison[];
  /** Peak memory of our import process, with its target. */
  readonly peaks: Array<{ name: string; mb: number; targetMb: number }>;
}

interface CliRun {
  readonly ms: number;
  readonly peakMb: number;
  readonly failed?: string;
}

/** `engagebook import FILE --out OUT` in its own process: wall time and peak RSS. */
function importProcess(file: string, out: string): CliRun {
  rmSync(out, { force: true });
  const stats = `${out}.time`;
  const start = performance.now();
  const run = spawnSync(GNU_TIME, ['-f', '%M', '-o', stats, process.execPath, BIN, 'import', file, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - start;
  const peakMb = Number(readFileSync(stats, 'utf8').trim().split('\n').pop()) / 1024;
  return run.status === 0 ? { ms, peakMb } : { ms, peakMb, failed: run.stderr.trim() || `exit ${run.status}` };
}

function openpyxlLoad(file: string): { ms: number; peakRssMb: number } {
  const run = spawnSync('/usr/bin/python3', [join(import.meta.dirname, 'peer.py'), 'read', file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`peer.py read failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { ms: number; peakRssMb: number };
}

/**
 * Runs per figure (BENCH_IMPORT_RUNS, default 3). One run of either side moves by a third on a shared machine; the
 * median of a few, each side measured in the same minutes, is the figure a ratio can stand on.
 */
const RUNS = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 3));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Our import `RUNS` times: the median time, the highest peak (memory is a limit, not a typical value), any failure. */
function medianRun(run: () => CliRun): CliRun {
  const runs = Array.from({ length: RUNS }, run);
  const failed = runs.find((r) => r.failed)?.failed;
  const figure = { ms: median(runs.map((r) => r.ms)), peakMb: Math.max(...runs.map((r) => r.peakMb)) };
  return failed ? { ...figure, failed } : figure;
}

function medianPeer(run: () => { ms: number; peakRssMb: number }): { ms: number; peakRssMb: number } {
  const runs = Array.from({ length: RUNS }, run);
  return { ms: median(runs.map((r) => r.ms)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

export async function measureImport(options: { log?: (line: string) => void } = {}): Promise<ImportFigures> {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'engagebook-bench-import-'));
  try {
    const client = await writeLargeClientSheet(join(dir, 'client.xlsx'));
    createWorkbook(join(dir, 'large.engagement'), largeContent(20_000));
    const ours = join(dir, 'export.xlsx');
    await exportXlsx(withWorkbook(join(dir, 'large.engagement'), readDocument), ours);
    // One untimed run first: it rebuilds a stale CLI bundle and warms the file cache, as a person's second import would.
    importProcess(client, join(dir, 'warm.engagement'));

    const clientRun = medianRun(() => importProcess(client, join(dir, 'client.engagement')));
    const clientPeer = medianPeer(() => openpyxlLoad(client));
    log(
      `client sheet: ours ${clientRun.ms.toFixed(0)} ms, ${clientRun.peakMb.toFixed(0)} MB; openpyxl ${clientPeer.ms.toFixed(0)} ms, ${clientPeer.peakRssMb.toFixed(0)} MB`,
    );
    const exportRun = medianRun(() => importProcess(ours, join(dir, 'export.engagement')));
    const exportPeer = medianPeer(() => openpyxlLoad(ours));
    log(
      `our export: ours ${exportRun.ms.toFixed(0)} ms, ${exportRun.peakMb.toFixed(0)} MB; openpyxl ${exportPeer.ms.toFixed(0)} ms, ${exportPeer.peakRssMb.toFixed(0)} MB`,
    );

    const peerDoes = (peak: number) =>
      `load_workbook (full model), every cell value; peak ${peak.toFixed(0)} MB; Python's start-up not counted; median of ${RUNS}`;
    return {
      peers: [
        {
          job: 'client sheet 20,000 rows: import vs openpyxl load (target 1.5×)',
          unit: 'ms',
          ours: clientRun.ms,
          peer: clientPeer.ms,
          factor: 1.5,
          oursDoes: `\`engagebook import client.xlsx --out x.engagement\` as a process: start-up, checked read, detection, the new workbook written; median of ${RUNS}`,
          peerDoes: peerDoes(clientPeer.peakRssMb),
          ...(clientRun.failed ? { oursFailed: clientRun.failed } : {}),
        },
        {
          job: 'our 20k export: re-import vs openpyxl load (target 1.0×)',
          unit: 'ms',
          ours: exportRun.ms,
          peer: exportPeer.ms,
          factor: 1,
          oursDoes: `\`engagebook import export.xlsx --out x.engagement\` as a process: start-up, checked read, metadata and base copy checked, the client’s version written as a new workbook; median of ${RUNS}`,
          peerDoes: peerDoes(exportPeer.peakRssMb),
          ...(exportRun.failed ? { oursFailed: exportRun.failed } : {}),
        },
      ],
      peaks: [
        { name: 'client sheet 20,000 rows: import peak RSS', mb: clientRun.peakMb, targetMb: 400 },
        { name: 'our 20k export: re-import peak RSS', mb: exportRun.peakMb, targetMb: 512 },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
