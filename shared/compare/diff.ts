/**
 * A two-way diff of two workbook contents — two revisions, a revision and the current state, or a workbook and
 * another one (a deal against the template it started from). Pure, so the CLI's `diff` and the page's compare view
 * report the same thing. Things are paired by id, then by title (./match.ts); every difference is one entry of one
 * kind, and the counts per kind say at a glance what changed.
 */
import type { Activity, Cell, Content, Matrix } from '../domain/document';
import { changedFields, scopeFields, signoffFields, vocabularyFields, workbookFields } from './fields';
import { matchItems, movedIndexes } from './match';

export const DIFF_KINDS = [
  'cell',
  'activity-added',
  'activity-removed',
  'activity-moved',
  'activity-renamed',
  'phase-added',
  'phase-removed',
  'phase-moved',
  'phase-renamed',
  'party-added',
  'party-removed',
  'party-renamed',
  'matrix-added',
  'matrix-removed',
  'matrix-renamed',
  'workbook',
  'vocabulary',
  'scope',
  'signoff',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface DiffEntry {
  readonly kind: DiffKind;
  /** Where, as a person reads it: "Transition › Knowledge transfer › Customer". */
  readonly where: string;
  /** Text of the old and new value; '' where there was none (added, removed). */
  readonly before: string;
  readonly after: string;
  /** What the entry is about, on the newer side (the older side for something removed): to mark it in a grid. */
  readonly matrixId?: string | undefined;
  readonly activityId?: string | undefined;
  readonly partyId?: string | undefined;
}

export interface ContentDiff {
  readonly equal: boolean;
  readonly entries: DiffEntry[];
  /** Entries per kind; kinds without entries are left out. */
  readonly counts: Partial<Record<DiffKind, number>>;
}

/** A cell as text: its roles, and its note in quotes ("A, R “weekly”"); '' for an empty cell. */
export function cellText(cell: Pick<Cell, 'roles' | 'note'> | undefined): string {
  if (!cell) return '';
  return [cell.roles.join(', '), cell.note ? `“${cell.note}”` : ''].filter(Boolean).join(' ');
}

export function diffContents(before: Content, after: Content): ContentDiff {
  const entries: DiffEntry[] = [];
  const add = (entry: DiffEntry) => entries.push(entry);

  for (const f of changedFields(workbookFields(before), workbookFields(after)))
    add({ kind: 'workbook', where: f.name, ...values(f) });

  const parties = matchItems(before.parties, after.parties, (p) => p.name);
  const partyAfter = new Map(parties.pairs.map((p) => [p.before.id, p.after.id]));
  for (const p of parties.added) add({ kind: 'party-added', where: p.name, before: '', after: p.name, partyId: p.id });
  for (const p of parties.removed) add({ kind: 'party-removed', where: p.name, before: p.name, after: '', partyId: p.id });
  for (const { before: b, after: a } of parties.pairs) {
    if (b.name !== a.name) add({ kind: 'party-renamed', where: a.name, before: b.name, after: a.name, partyId: a.id });
  }

  const matrices = matchItems(before.matrices, after.matrices, (m) => m.title);
  for (const m of matrices.added) add({ kind: 'matrix-added', where: m.title, before: '', after: m.title, matrixId: m.id });
  for (const m of matrices.removed) add({ kind: 'matrix-removed', where: m.title, before: m.title, after: '', matrixId: m.id });
  for (const pair of matrices.pairs) {
    if (pair.before.title !== pair.after.title) {
      add({
        kind: 'matrix-renamed',
        where: pair.after.title,
        before: pair.before.title,
        after: pair.after.title,
        matrixId: pair.after.id,
      });
    }
    diffMatrix(pair.before, pair.after, partyAfter, after, add);
  }

  const lists = [
    ['vocabulary', vocabularyFields(before), vocabularyFields(after)],
    ['scope', scopeFields(before.scope, before.parties), scopeFields(after.scope, after.parties)],
    ['signoff', signoffFields(before), signoffFields(after)],
  ] as const;
  for (const [kind, b, a] of lists) for (const f of changedFields(b, a)) add({ kind, where: f.name, ...values(f) });

  const counts: Partial<Record<DiffKind, number>> = {};
  for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return { equal: entries.length === 0, entries, counts };
}

const values = (f: { before: string; after: string }) => ({ before: f.before, after: f.after });

type Add = (entry: DiffEntry) => void;

function diffMatrix(
  before: Matrix,
  after: Matrix,
  partyAfter: ReadonlyMap<string, string>,
  afterContent: Content,
  add: Add,
): void {
  const matrixId = after.id;
  const phases = matchItems(before.phases, after.phases, (p) => p.title);
  const phaseAfter = new Map(phases.pairs.map((p) => [p.before.id, p.after.id]));
  const at = (...parts: string[]) => [after.title, ...parts].join(' › ');
  for (const p of phases.added) add({ kind: 'phase-added', where: at(p.title), before: '', after: p.title, matrixId });
  for (const p of phases.removed) add({ kind: 'phase-removed', where: at(p.title), before: p.title, after: '', matrixId });
  const phaseIndex = new Map(before.phases.map((p, i) => [p, i]));
  const phaseMoves = movedIndexes(phases.pairs.map((p) => phaseIndex.get(p.before)!));
  phases.pairs.forEach(({ before: b, after: a }, i) => {
    if (b.title !== a.title) add({ kind: 'phase-renamed', where: at(a.title), before: b.title, after: a.title, matrixId });
    if (phaseMoves.has(i)) add({ kind: 'phase-moved', where: at(a.title), before: '', after: '', matrixId });
  });

  // Activities are paired across the whole matrix, so one moved to another phase is a move, not a removal and an add.
  const located = (m: Matrix) =>
    m.phases.flatMap((phase) => phase.activities.map((activity) => ({ id: activity.id, activity, phase })));
  const beforeOrder = located(before);
  const activities = matchItems(beforeOrder, located(after), (x) => x.activity.title);
  for (const x of activities.added) {
    add({
      kind: 'activity-added',
      where: at(x.phase.title, x.activity.title),
      before: '',
      after: x.activity.title,
      matrixId,
      activityId: x.id,
    });
  }
  for (const x of activities.removed) {
    add({
      kind: 'activity-removed',
      where: at(x.phase.title, x.activity.title),
      before: x.activity.title,
      after: '',
      matrixId,
      activityId: x.id,
    });
  }
  const positionBefore = new Map(beforeOrder.map((x, i) => [x, i]));
  const moved = movedIndexes(activities.pairs.map((p) => positionBefore.get(p.before)!));
  const partyName = new Map(afterContent.parties.map((p) => [p.id, p.name]));
  activities.pairs.forEach(({ before: b, after: a }, i) => {
    const activityId = a.id;
    const where = (...more: string[]) => at(a.phase.title, a.activity.title, ...more);
    if (b.activity.title !== a.activity.title) {
      add({ kind: 'activity-renamed', where: where(), before: b.activity.title, after: a.activity.title, matrixId, activityId });
    }
    if (phaseAfter.get(b.phase.id) !== a.phase.id) {
      add({ kind: 'activity-moved', where: where(), before: b.phase.title, after: a.phase.title, matrixId, activityId });
    } else if (moved.has(i)) {
      // Within its phase: the phase is no news, only the place.
      add({ kind: 'activity-moved', where: where(), before: '', after: '', matrixId, activityId });
    }
    diffCells(b.activity, a.activity, partyAfter, (partyId, old, now) =>
      add({
        kind: 'cell',
        where: where(partyName.get(partyId) ?? partyId),
        before: old,
        after: now,
        matrixId,
        activityId,
        partyId,
      }),
    );
  });
}

/** Cells of a paired activity that differ, by the newer side's party; cells of parties on one side only are not compared. */
function diffCells(
  before: Activity,
  after: Activity,
  partyAfter: ReadonlyMap<string, string>,
  report: (partyId: string, before: string, after: string) => void,
): void {
  const old = new Map(
    before.cells.flatMap((c) => (partyAfter.has(c.partyId) ? [[partyAfter.get(c.partyId)!, cellText(c)] as const] : [])),
  );
  const now = new Map(after.cells.map((c) => [c.partyId, cellText(c)]));
  const mapped = new Set(partyAfter.values());
  for (const partyId of new Set([...old.keys(), ...now.keys()])) {
    if (!mapped.has(partyId)) continue;
    const b = old.get(partyId) ?? '';
    const a = now.get(partyId) ?? '';
    if (a !== b) report(partyId, b, a);
  }
}
