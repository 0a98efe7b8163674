// How long `engagebook --version` takes from a shell, next to the floor every Node command pays (`node -e 0`).
// Figures are medians of separate processes, so one slow start on a busy machine does not decide the result.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'engagebook.js');
const RUNS = 7;

export interface StartupFigure {
  name: string;
  ms: number;
  targetMs: number;
}

/** Median wall-clock time of `node ...args`, after one untimed run (which also rebuilds a stale CLI bundle). */
function medianMs(args: readonly string[]): number {
  const once = () => {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
    return ms;
  };
  once();
  const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

export async function measureCliStartup(): Promise<StartupFigure[]> {
  const baseline = medianMs(['-e', '0']);
  return [
    { name: 'engagebook --version (process)', ms: medianMs([BIN, '--version']), targetMs: 500 },
    // The peer baseline: what starting Node costs on this machine, which no command can beat. Its target is itself
    // (ratio 1.00), so it reads as a reference figure; a large --version figure next to a large baseline means a slow
    // machine, not a slow CLI.
    { name: 'node -e 0 (process, baseline)', ms: baseline, targetMs: baseline },
  ];
}
