// npx tsx bench/browser-run.ts — the UI's speed in Chromium (bench/browser.ts) and our xlsx reader and writer beside
// openpyxl's (bench/peer.ts), on their own. Prints each figure with its target and the ratio (value / target; above
// 1.00 is too slow or too big); for the peer, the ratio is ours / openpyxl's. Wall-clock figures: compare runs on the
// same machine. BENCH_SIZES=2000,20000 (default) picks the grown workbooks; BENCH_PEER=0 skips the comparison.
import { cpus, loadavg } from 'node:os';
import { measureBrowser, type Figure } from './browser';
import { measurePeer, type PeerComparison } from './peer';

const sizes = (process.env.BENCH_SIZES ?? '2000,20000').split(',').filter(Boolean).map(Number);
const log = (line: string) => console.error(`  ${line}`);

function printFigures(figures: readonly Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(12)}  ${'target'.padStart(10)}  ratio`);
  for (const f of figures) {
    const ratio = f.value / f.target;
    console.log(
      `${f.name.padEnd(width)}  ${`${f.value.toFixed(1)} ${f.unit}`.padStart(12)}  ${`${f.target} ${f.unit}`.padStart(10)}  ${ratio.toFixed(2)}${ratio > 1 ? '  (over target)' : ''}`,
    );
  }
}

function printPeer(rows: readonly PeerComparison[]): void {
  const width = Math.max(...rows.map((r) => r.job.length));
  console.log(`${'job'.padEnd(width)}  ${'ours'.padStart(9)}  ${'openpyxl'.padStart(9)}  ours/openpyxl`);
  for (const r of rows)
    console.log(
      `${r.job.padEnd(width)}  ${`${r.ours.toFixed(0)} ${r.unit}`.padStart(9)}  ${`${r.peer.toFixed(0)} ${r.unit}`.padStart(9)}  ${(r.ours / r.peer).toFixed(2)}${r.oursFailed ? '  (ours refused the file: see below)' : ''}`,
    );
  for (const r of rows) {
    console.log(`  ${r.job}: ours = ${r.oursDoes}; openpyxl = ${r.peerDoes}`);
    if (r.oursFailed) console.log(`    ours REFUSED after ${r.ours.toFixed(0)} ms: ${r.oursFailed}`);
  }
}

// Other work on the machine moves wall-clock figures a lot on 2 cores: say how busy it was.
const loadAtStart = loadavg()[0]!;
console.error('browser: building the UI, writing the workbooks, measuring in Chromium…');
const figures = await measureBrowser({ sizes, log });
let peer: PeerComparison[] = [];
if (process.env.BENCH_PEER !== '0') {
  console.error('peer: our xlsx reader and writer beside openpyxl…');
  peer = await measurePeer({ log });
}
console.log(
  `\nload average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end; ${cpus().length} cores`,
);
console.log();
printFigures(figures);
if (peer.length > 0) {
  console.log();
  printPeer(peer);
}
