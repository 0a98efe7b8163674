/**
 * How long detection takes on large client sheets (issue 12): 20,000 activities × 12 parties, read the usual way, with
 * one-word activity titles (both orientations must be tried), and turned sideways (20,000 columns).
 * Run: npx tsx bench/detect-speed.ts [path to a detect/index.ts to compare, e.g. an older checkout's]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { detectWorkbook as DetectWorkbook } from '../shared/import/detect/index';
import type { SheetGrid } from '../shared/import/grid';

const PARTIES = 12;
const ACTIVITIES = 20_000;
const CODES = ['R', 'A', 'C', 'I', 'A/R', '', ''];

function grid(title: (i: number) => string, turned: boolean): SheetGrid {
  const rows: Array<[number, Array<[number, string]>]> = [];
  const header: Array<[number, string]> = [[1, 'Activity']];
  for (let p = 0; p < PARTIES; p++) header.push([p + 2, `Team ${String.fromCharCode(65 + p)}`]);
  rows.push([1, header]);
  for (let i = 0; i < ACTIVITIES; i++) {
    const cells: Array<[number, string]> = [[1, title(i)]];
    for (let p = 0; p < PARTIES; p++) {
      const code = CODES[(i + p * 3) % CODES.length]!;
      if (code) cells.push([p + 2, code]);
    }
    rows.push([i + 2, cells]);
  }
  if (turned) {
    const columns = new Map<number, Array<[number, string]>>();
    for (const [r, cells] of rows) for (const [c, t] of cells) (columns.get(c) ?? columns.set(c, []).get(c)!).push([r, t]);
    rows.splice(0, rows.length, ...[...columns].sort((a, b) => a[0] - b[0]));
  }
  return { name: 'Big', state: 'visible', rows, merges: [], hiddenRows: [], hiddenColumns: [], notes: [] };
}

const module = process.argv[2] ? pathToFileURL(process.argv[2]).href : '../shared/import/detect/index.ts';
const { detectWorkbook } = (await import(module)) as { detectWorkbook: typeof DetectWorkbook };
const cases: Array<[string, SheetGrid]> = [
  ['rows, phrase titles', grid((i) => `Review and approve change request ${i + 1}`, false)],
  ['rows, one-word titles', grid((i) => `Item${i + 1}x`, false)],
  ['turned sideways', grid((i) => `Review and approve change request ${i + 1}`, true)],
];
for (const [name, sheet] of cases) {
  // The best of three: the machine is shared, and the best run is the one least disturbed.
  // CPU time as well as wall time: on a busy machine the CPU time is the steadier figure.
  let ms = Infinity;
  let cpu = Infinity;
  let report!: ReturnType<typeof detectWorkbook>['report'];
  for (let run = 0; run < 3; run++) {
    let id = 0;
    const start = performance.now();
    const used = process.cpuUsage();
    report = detectWorkbook({ sheets: [sheet] }, { language: 'en', newId: () => `${++id}`, title: 'Big' }).report;
    const { user, system } = process.cpuUsage(used);
    ms = Math.min(ms, performance.now() - start);
    cpu = Math.min(cpu, (user + system) / 1000);
  }
  const s = report.sheets[0]!;
  console.log(
    `${name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms (CPU ${cpu.toFixed(0).padStart(5)} ms)  ${s.orientation}, ${s.activities} activities × ${s.parties?.length} parties`,
  );
}
