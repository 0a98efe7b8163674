/**
 * Which way round a sheet is. Decided by what the labels look like (parties are short names — people, teams, job
 * titles, role ids; activities are phrases; numbers, IDs and dates are never parties) and by where the role letters sit
 * (the right reading has the cleanest role cells and no activity without a role) — never by which side is longer. The
 * sideways reading is only tried when the usual one is not already clearly right: on a sheet 20,000 rows long it is the
 * expensive one.
 */
import type { SheetGrid } from '../grid';
import type { CodeContext } from './codes';
import { assess, type Doubt } from './confidence';
import { meanPhraseScore } from './labels';
import type { TableOverrides } from './mapping';
import { detectTable } from './read-table';
import type { DetectedTable } from './table';
import { transpose } from './transpose';

/** How much more the activities read like phrases than the parties do, -1 to 1. */
export function labelScore(table: DetectedTable): number {
  const activities = table.rows.filter((r) => r.kind === 'activity').map((r) => r.title);
  return meanPhraseScore(activities) - meanPhraseScore(table.parties.map((p) => p.name));
}

/** The role cells' weight: many clean role cells, and few activities that hold no role at all. */
function cellWeight(table: DetectedTable): number {
  let codeCells = 0;
  let empty = 0;
  for (const row of table.rows) {
    if (row.kind !== 'activity') continue;
    let cells = 0;
    for (const c of row.codes) if (c.length > 0) cells++;
    codeCells += cells;
    if (cells === 0) empty++;
  }
  return codeCells * table.confidence - 2 * empty;
}

/**
 * More parties than this is no responsibility matrix read the right way round: the other reading's activities are
 * those "parties". It also spares turning a 20,000-row sheet to find out.
 */
export const MAX_PARTIES = 200;

const CLEARLY_RIGHT = { labels: 0.3, share: 0.9 };
/** Below this margin between the two readings, a careful reader could not tell either. */
const TIE = 0.1;
/** Activities in rows is the usual layout: a slight preference, never enough to outweigh the labels. */
const USUAL = 0.05;

/** A reading this clean, with names over phrases, is not worth turning the sheet for. */
function clearlyRight(table: DetectedTable): boolean {
  return (
    table.parties.length <= MAX_PARTIES &&
    table.confidence >= CLEARLY_RIGHT.share &&
    labelScore(table) >= CLEARLY_RIGHT.labels &&
    cellWeight(table) > 0
  );
}

/** A sheet far wider than long is probably turned: then that reading is tried first (it may spare the other). */
function looksTurned(grid: SheetGrid): boolean {
  // An indexed loop: it runs once over 20,000 rows, before the engine has optimised a destructuring callback.
  let widest = 0;
  for (let i = 0; i < grid.rows.length; i++) widest = Math.max(widest, grid.rows[i]![1].length);
  return widest > MAX_PARTIES && grid.rows.length < widest;
}

/** The reading of a sheet whose orientation nobody named. */
export function chooseOrientation(grid: SheetGrid, context: CodeContext, overrides: TableOverrides): DetectedTable | null {
  const readRows = () => detectTable(grid, context, false, overrides);
  const readColumns = () => detectTable(transpose(grid), context, true, overrides);
  const turnedFirst = looksTurned(grid);
  const first = turnedFirst ? readColumns() : readRows();
  if (first && clearlyRight(first)) return assess(first, { confidence: 0.5 + Math.min(0.5, labelScore(first)) });
  // More activities than any matrix has parties: turning it would make them parties.
  const activities = first?.rows.filter((r) => r.kind === 'activity').length ?? 0;
  if (first && activities > MAX_PARTIES && first.parties.length <= MAX_PARTIES) return assess(first, { confidence: 1 });
  const second = turnedFirst ? readRows() : readColumns();
  const [found, turned] = turnedFirst ? [second, first] : [first, second];
  // A reading with more parties than any matrix has loses to one that has not.
  const plausible = (t: DetectedTable | null, other: DetectedTable | null) =>
    t && (t.parties.length <= MAX_PARTIES || !other || other.parties.length > MAX_PARTIES) ? t : null;
  const normal = plausible(found, turned);
  const flipped = plausible(turned, found);
  if (!normal || !flipped) {
    const only = normal ?? flipped;
    return only && assess(only, { confidence: 1 });
  }
  const labels = (labelScore(normal) - labelScore(flipped)) / 2;
  const [wn, wf] = [cellWeight(normal), cellWeight(flipped)];
  const cells = Math.max(-1, Math.min(1, (wn - wf) / Math.max(Math.abs(wn), Math.abs(wf), 1)));
  // Positive: activities in rows.
  const margin = labels + 0.5 * cells + USUAL;
  const chosen = margin >= 0 ? normal : flipped;
  const doubt: Doubt | undefined =
    Math.abs(margin) < TIE ? { kind: 'orientation', chosen: chosen === normal ? 'rows' : 'columns' } : undefined;
  return assess(chosen, { confidence: 0.5 + Math.min(0.5, Math.abs(margin)), ...(doubt ? { doubt } : {}) });
}
