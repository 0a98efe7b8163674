// npm run bench — speed of Engagebook where people feel it, with a target for each figure and the ratio (figure /
// target; above 1.00 misses it): the store and the rules on a large workbook, the API host, the page in Chromium
// (bench/browser.ts), the command line's start-up (bench/cli-startup.ts), hostile files, our Excel reader and
// writer beside openpyxl on the same files (bench/peer.ts), and the PDF sign-off pack. Prints the table and writes it into docs/performance.md.
// BENCH_ONLY=store,api,stall,browser,cli,hostile,peer,pdf picks parts (stall: a 20,000-title paste, bench/title-stall.ts); BENCH_ACTIVITIES sets the store's workbook size.
// Wall-clock figures: compare runs on the same machine (the load average is printed with them).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateContent } from '../shared/rules';
import { buildTemplate } from '../shared/templates';
import { canonicalJson } from '../electron/services/documents/json-file';
import {
  addActivity,
  createWorkbook,
  moveActivity,
  newId,
  readContent,
  readDocument,
  setCell,
  undo,
  withWorkbook,
} from '../electron/services/store';
import { exportXlsx } from '../electron/services/xlsx/export';
import { renderExport } from '../electron/services/export/render';
import { importReturned } from '../electron/services/documents/import-returned';
import { buildHostileCorpus } from '../test/hostile/corpus';
import { createHost } from '../electron/services/api/host';
import { measureBrowser } from './browser';
import { measureCliStartup } from './cli-startup';
import { measureTitleStall } from './title-stall';
import { largeContent, PARTY_COLUMNS } from './fixtures/workbooks';
import { measurePeer } from './peer';
import { writePerformanceDoc, type Row } from './report';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 20_000);
const PARTS = ['store', 'api', 'stall', 'browser', 'cli', 'hostile', 'peer', 'pdf'];
const ONLY = new Set((process.env.BENCH_ONLY ?? PARTS.join(',')).split(','));
const rows: Row[] = [];
const log = (line: string) => console.error(`  ${line}`);

function add(section: string, name: string, value: number, target: number, unit = 'ms'): void {
  rows.push({ section, name, value, target, unit });
}

async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The median of `repeat` runs. */
function median<T>(fn: () => T, repeat: number): { ms: number; result: T } {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

const loadAtStart = loadavg()[0]!;
const dir = mkdtempSync(join(tmpdir(), 'engagebook-bench-'));
try {
  const content = buildTemplate('managed-services', { language: 'en', newId });
  const roles = content.matrices[0]!;
  const [customer, partner, provider] = roles.partyIds;
  for (let i = 0; roles.phases.reduce((n, p) => n + p.activities.length, 0) < ACTIVITIES; i++) {
    const phase = roles.phases[i % roles.phases.length]!;
    phase.activities.push({
      id: newId(),
      title: `Generated activity ${i}`,
      description: null,
      cells: [
        { partyId: customer!, roles: ['C'], note: null },
        { partyId: partner!, roles: ['O'], note: i % 10 === 0 ? `note ${i}` : null },
        { partyId: provider!, roles: ['A'], note: null },
      ],
    });
  }
  const small = join(dir, 'small.engagement');
  const large = join(dir, 'large.engagement');
  createWorkbook(small, buildTemplate('managed-services', { language: 'sv', newId }));
  createWorkbook(large, content);

  if (ONLY.has('store')) {
    const store = 'Store and rules';
    console.error('store: reading, checking and editing a large workbook…');
    const again = join(dir, 'again.engagement');
    add(store, `create ${ACTIVITIES} activities`, await timed(() => createWorkbook(again, content)), 3_000);
    const fresh = buildTemplate('managed-services', { language: 'sv', newId });
    add(store, 'new workbook from template', await timed(() => createWorkbook(join(dir, 'new.engagement'), fresh)), 100);
    withWorkbook(large, (w) => {
      const read = median(() => readContent(w.db), 3);
      add(store, `read content (${ACTIVITIES} activities)`, read.ms, 500);
      add(store, `validate (${ACTIVITIES} activities)`, median(() => validateContent(read.result), 3).ms, 200);
      const activity = roles.phases[0]!.activities[0]!.id;
      let flip = false;
      const set = () => {
        flip = !flip;
        return setCell(w.db, { matrix: roles.id, activity, party: customer!, roles: [flip ? 'A' : 'C'] });
      };
      add(store, `set one cell (${ACTIVITIES} activities)`, median(set, 5).ms, 50);
      add(store, 'undo one cell', median(() => undo(w.db), 3).ms, 20);
      const phaseId = roles.phases[0]!.id;
      const added = median(
        () => addActivity(w.db, { matrix: roles.id, phase: phaseId, title: 'Bench activity', position: 0 }),
        1,
      );
      add(store, `add an activity at the top of a phase (${ACTIVITIES} activities)`, added.ms, 100);
      const move = () => moveActivity(w.db, { matrix: roles.id, activity: added.result.value, position: 1_000_000 });
      add(store, `move an activity to the end of its phase (${ACTIVITIES} activities)`, median(move, 1).ms, 100);
      add(store, `canonical JSON (${ACTIVITIES} activities)`, median(() => canonicalJson(readDocument(w)), 1).ms, 1_000);
    });
    withWorkbook(small, (w) => {
      const matrix = readContent(w.db).matrices[0]!;
      const activity = matrix.phases[0]!.activities[0]!.id;
      let flip = false;
      const set = () => {
        flip = !flip;
        return setCell(w.db, { matrix: matrix.id, activity, party: matrix.partyIds[0]!, roles: [flip ? 'A' : 'C'] });
      };
      add(store, 'set one cell (template workbook)', median(set, 9).ms, 10);
    });
  }

  if (ONLY.has('api')) {
    const api = 'API host';
    console.error('api: the host answering the page…');
    // What the page waits for in a large workbook: its snapshot (read cold, then kept), a keypress, a paste.
    const host = createHost({ watchIntervalMs: 0 });
    try {
      const docId = host.open(large);
      const snapshot = () => host.dispatch('document.snapshot', { docId });
      add(api, `snapshot, first read (${ACTIVITIES} activities)`, await timed(snapshot), 600);
      add(api, `snapshot, kept while unchanged (${ACTIVITIES} activities)`, await timed(snapshot), 100);
      const activityId = roles.phases[0]!.activities[1]!.id;
      const cell = (code: string) => () =>
        host.dispatch('cell.set', { docId, matrixId: roles.id, activityId, partyId: customer, roles: [code] });
      await cell('O')();
      add(api, `cell.set with its records (${ACTIVITIES} activities)`, await timed(cell('C')), 16);
      const pasted = roles.phases[0]!.activities.slice(0, 1_000).map((a, i) => ({
        activityId: a.id,
        partyId: customer!,
        roles: [i % 2 ? 'O' : 'C'],
      }));
      add(
        api,
        `paste ${pasted.length} cells (${ACTIVITIES} activities)`,
        await timed(async () => {
          const reply = await host.dispatch('cells.set', { docId, matrixId: roles.id, reason: 'paste', cells: pasted });
          if (!reply.ok) throw new Error(reply.error.message);
        }),
        300,
      );
    } finally {
      host.close();
    }
  }

  if (ONLY.has('stall')) {
    console.error('stall: a paste naming 20,000 activities by title, and a call asked meanwhile…');
    for (const f of await measureTitleStall()) add('API host', f.name, f.ms, f.targetMs);
  }

  if (ONLY.has('browser')) {
    console.error('browser: building the UI, writing the workbooks, measuring in Chromium…');
    for (const f of await measureBrowser({ log })) add('Page in Chromium', f.name, f.value, f.target, f.unit);
  }

  if (ONLY.has('cli')) {
    console.error('cli: start-up…');
    for (const f of await measureCliStartup()) add('Command line', f.name, f.ms, f.targetMs);
  }

  if (ONLY.has('hostile')) {
    console.error('hostile: refusing hostile files…');
    const largeDoc = withWorkbook(large, readDocument);
    add(
      'Excel',
      'xlsx export (template workbook)',
      await timed(() => exportXlsx(withWorkbook(small, readDocument), join(dir, 'small.xlsx'))),
      500,
    );
    add(
      'Excel',
      `xlsx export, streamed (${ACTIVITIES} activities)`,
      await timed(() => exportXlsx(largeDoc, join(dir, 'large.xlsx'))),
      15_000,
    );
    // Each must end, refused, well inside 5 s (the import's own deadline is 4 s for the parse).
    const target = join(dir, 'target.engagement');
    createWorkbook(target, buildTemplate('managed-services', { language: 'en', newId }));
    for (const hostile of buildHostileCorpus(dir, readFileSync(join(dir, 'small.xlsx')))) {
      const ms = await timed(() => importReturned(hostile.file, target, { dryRun: true }).catch(() => undefined));
      add('Hostile files', `refuse ${hostile.name}`, ms, 5_000);
    }
  }

  if (ONLY.has('peer')) {
    console.error('peer: our xlsx reader and writer beside openpyxl…');
    for (const r of await measurePeer({ log }))
      rows.push({ section: 'Beside openpyxl', name: r.job, value: r.ours, target: r.peer, unit: r.unit, peer: r });
  }

  if (ONLY.has('pdf')) {
    console.error('pdf: printing the sign-off pack…');
    const pdf = 'PDF';
    const template = withWorkbook(small, readDocument);
    add(pdf, 'pdf export (template workbook)', await timed(() => renderExport(template, { format: 'pdf' })), 2_000);
    // The browser bench's largest workbook: 20,000 activities × 12 party columns, a note on one activity in ten.
    const grown = largeContent(20_000);
    const start = performance.now();
    const printed = await renderExport({ ...grown, revisions: [] }, { format: 'pdf' });
    add(pdf, `pdf export (20,000 activities × ${PARTY_COLUMNS} parties)`, performance.now() - start, 30_000);
    add(pdf, `pdf size (20,000 activities × ${PARTY_COLUMNS} parties)`, printed.bytes.length / 1_048_576, 20, 'MB');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const machine = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end; ${cpus().length} cores`;
const width = Math.max(...rows.map((r) => r.name.length));
let section = '';
for (const r of rows) {
  if (r.section !== section) console.log(`\n${(section = r.section)}`);
  const ratio = r.value / r.target;
  const target = r.peer ? `openpyxl ${r.target.toFixed(0)}` : `${r.target.toFixed(r.target < 10 ? 1 : 0)}`;
  console.log(
    `  ${r.name.padEnd(width)}  ${r.value.toFixed(1).padStart(9)} ${r.unit.padEnd(2)}  ${target.padStart(13)}  ${ratio.toFixed(2)}${ratio > 1 ? '  (over target)' : ''}`,
  );
}
console.log(`\n${machine}`);
if (PARTS.every((part) => ONLY.has(part))) {
  await writePerformanceDoc(rows, machine);
  console.log('wrote the table into docs/performance.md');
}
