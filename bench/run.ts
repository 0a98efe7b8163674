// npm run bench — speed of the document store and the rules on a large workbook. Prints each figure with its target
// and the ratio (figure / target; above 1.00 is too slow). Wall-clock figures: compare runs on the same machine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { importReturned } from '../electron/services/documents/import-returned';
import { buildHostileCorpus } from '../test/hostile/corpus';
import { createHost } from '../electron/services/api/host';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 20_000);

interface Figure {
  name: string;
  ms: number;
  targetMs: number;
}
const figures: Figure[] = [];

async function measureAsync(name: string, targetMs: number, fn: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await fn();
  figures.push({ name, ms: performance.now() - start, targetMs });
}

function measure<T>(name: string, targetMs: number, fn: () => T, repeat = 1): T {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  figures.push({ name, ms: times[Math.floor(times.length / 2)] ?? 0, targetMs });
  return result;
}

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
  measure('new workbook from template', 100, () =>
    createWorkbook(small, buildTemplate('managed-services', { language: 'sv', newId })),
  );
  const large = join(dir, 'large.engagement');
  measure(`create ${ACTIVITIES} activities`, 3_000, () => createWorkbook(large, content));
  withWorkbook(large, (w) => {
    const read = measure(`read content (${ACTIVITIES} activities)`, 500, () => readContent(w.db), 3);
    measure(`validate (${ACTIVITIES} activities)`, 200, () => validateContent(read), 3);
    const activity = roles.phases[0]!.activities[0]!.id;
    let flip = false;
    measure(
      `set one cell (${ACTIVITIES} activities)`,
      50,
      () => {
        flip = !flip;
        return setCell(w.db, { matrix: roles.id, activity, party: customer!, roles: [flip ? 'A' : 'C'] });
      },
      5,
    );
    measure('undo one cell', 20, () => undo(w.db), 3);
    const phaseId = roles.phases[0]!.id;
    const added = measure(`add an activity at the top of a phase (${ACTIVITIES} activities)`, 100, () =>
      addActivity(w.db, { matrix: roles.id, phase: phaseId, title: 'Bench activity', position: 0 }),
    );
    measure(`move an activity to the end of its phase (${ACTIVITIES} activities)`, 100, () =>
      moveActivity(w.db, { matrix: roles.id, activity: added.value, position: 1_000_000 }),
    );
    measure(`canonical JSON (${ACTIVITIES} activities)`, 1_000, () => canonicalJson(readDocument(w)));
  });
  // What the UI waits for in a large workbook: a paste through the API host, and the reload it does after each edit.
  const host = createHost({ watchIntervalMs: 0 });
  try {
    const docId = host.open(large);
    const pasted = roles.phases[0]!.activities.slice(0, 1_000).map((a, i) => ({
      activityId: a.id,
      partyId: customer!,
      roles: [i % 2 ? 'O' : 'C'],
    }));
    await measureAsync(`API: paste ${pasted.length} cells (${ACTIVITIES} activities)`, 300, async () => {
      const reply = await host.dispatch('cells.set', { docId, matrixId: roles.id, reason: 'paste', cells: pasted });
      if (!reply.ok) throw new Error(reply.error.message);
    });
    await measureAsync(`API: reload document and findings (${ACTIVITIES} activities)`, 1_500, () =>
      host.dispatch('document.snapshot', { docId }),
    );
  } finally {
    host.close();
  }
  const largeDoc = withWorkbook(large, readDocument);
  await measureAsync('xlsx export (template workbook)', 500, () =>
    exportXlsx(withWorkbook(small, readDocument), join(dir, 'small.xlsx')),
  );
  await measureAsync(`xlsx export, streamed (${ACTIVITIES} activities)`, 15_000, () =>
    exportXlsx(largeDoc, join(dir, 'large.xlsx')),
  );
  // Hostile inputs: each must end, refused, well inside 5 s (the import's own deadline is 4 s for the parse).
  const target = join(dir, 'target.engagement');
  createWorkbook(target, buildTemplate('managed-services', { language: 'en', newId }));
  for (const hostile of buildHostileCorpus(dir, readFileSync(join(dir, 'small.xlsx')))) {
    await measureAsync(`refuse ${hostile.name}`, 5_000, () =>
      importReturned(hostile.file, target, { dryRun: true }).catch(() => undefined),
    );
  }
  withWorkbook(small, (w) => {
    const matrix = readContent(w.db).matrices[0]!;
    const activity = matrix.phases[0]!.activities[0]!.id;
    let flip = false;
    measure(
      'set one cell (template workbook)',
      10,
      () => {
        flip = !flip;
        return setCell(w.db, { matrix: matrix.id, activity, party: matrix.partyIds[0]!, roles: [flip ? 'A' : 'C'] });
      },
      9,
    );
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...figures.map((f) => f.name.length));
console.log(`${'figure'.padEnd(width)}  ${'ms'.padStart(9)}  ${'target'.padStart(9)}  ratio`);
for (const f of figures) {
  const ratio = f.ms / f.targetMs;
  console.log(
    `${f.name.padEnd(width)}  ${f.ms.toFixed(1).padStart(9)}  ${f.targetMs.toFixed(0).padStart(9)}  ${ratio.toFixed(2)}${ratio > 1 ? '  (slower than target)' : ''}`,
  );
}
