/**
 * How long detection takes on large client sheets (issue 12): the client sheet `bench/import-speed.ts` imports (20,000
 * tasks × 8 parties under title rows, a stage column, comments; test/fixtures/client-sheet-large.ts), then 20,000
 * activities × 12 parties read the usual way, with one-word activity titles (both orientations must be tried), and
 * turned sideways (20,000 columns). "first" is a case's first run: the command line detects once per process, before
 * the engine has optimised anything, so the client sheet's first run (the process's first) is the figure an import
 * pays; "best" is the best of three.
 * Run: npx tsx bench/detect-speed.ts [path to a detect/index.ts to compare, e.g. an older checkout's]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { detectWorkbook as DetectWorkbook } from '../shared/import/detect/index';
import type { SheetGrid } from '../shared/import/grid';
import { LARGE_CLIENT_PARTIES, LARGE_CLIENT_SHEET, largeClientRoles } from '../test/fixtures/client-sheet-large';

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

/** The client sheet's grid as the reader gives it: the same rows as the fixture's .xlsx, empty cells left out. */
function clientSheet(): SheetGrid {
  const row = (r: number, texts: Array<string | null>) =>
    [r, texts.flatMap((t, c) => (t ? [[c + 1, t] as [number, string]] : []))] as [number, Array<[number, string]>];
  const rows = [
    row(1, ['Northwind — service transition RACI']),
    row(2, ['Version 4, shared with the supplier']),
    row(4, ['Stage', 'Task', ...LARGE_CLIENT_PARTIES, 'Comments']),
  ];
  for (let i = 0; i < ACTIVITIES; i++) {
    const stage = i % 250 === 0 ? `Stage ${i / 250 + 1}` : null;
    const comment = i % 7 === 0 ? `check with finance before week ${(i % 52) + 1}` : null;
    rows.push(
      row(i + 5, [stage, `Task ${i + 1}: review the hand-over of service item ${i + 1}`, ...largeClientRoles(i), comment]),
    );
  }
  return { name: LARGE_CLIENT_SHEET, state: 'visible', rows, merges: [], hiddenRows: [], hiddenColumns: [], notes: [] };
}

const module = process.argv[2] ? pathToFileURL(process.argv[2]).href : '../shared/import/detect/index.ts';
const { detectWorkbook } = (await import(module)) as { detectWorkbook: typeof DetectWorkbook };
const cases: Array<[string, SheetGrid]> = [
  ['client sheet', clientSheet()],
  ['rows, phrase titles', grid((i) => `Review and approve change request ${i + 1}`, false)],
  ['rows, one-word titles', grid((i) => `Item${i + 1}x`, false)],
  ['turned sideways', grid((i) => `Review and approve change request ${i + 1}`, true)],
];
for (const [name, sheet] of cases) {
  // The best of three: the machine is shared, and the best run is the one least disturbed.
  // CPU time as well as wall time: on a busy machine the CPU time is the steadier figure.
  let ms = Infinity;
  let cpu = Infinity;
  let first = '';
  let report!: ReturnType<typeof detectWorkbook>['report'];
  for (let run = 0; run < 3; run++) {
    let id = 0;
    const start = performance.now();
    const used = process.cpuUsage();
    report = detectWorkbook({ sheets: [sheet] }, { language: 'en', newId: () => `${++id}`, title: 'Big' }).report;
    const { user, system } = process.cpuUsage(used);
    if (run === 0)
      first = `${(performance.now() - start).toFixed(0).padStart(6)} ms (CPU ${((user + system) / 1000).toFixed(0).padStart(5)} ms)`;
    ms = Math.min(ms, performance.now() - start);
    cpu = Math.min(cpu, (user + system) / 1000);
  }
  const s = report.sheets[0]!;
  console.log(
    `${name.padEnd(22)} first ${first}  best ${ms.toFixed(0).padStart(6)} ms (CPU ${cpu.toFixed(0).padStart(5)} ms)  ${s.orientation}, ${s.activities} activities × ${s.parties?.length} parties`,
  );
}
