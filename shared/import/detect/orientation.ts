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
  const activities = table.rows.filter((r) => r.kind === 'activity');
  const codeCells = activities.reduce((n, r) => n + r.codes.filter((c) => c.length > 0).length, 0);
  const empty = activities.filter((r) => r.codes.every((c) => c.length === 0)).length;
  return codeCells * table.confidence - 2 * empty;
}

/** A usual reading this clean, with names over phrases, is not worth turning the sheet for. */
const CLEARLY_ROWS = { labels: 0.3, share: 0.9 };
/** Below this margin between the two readings, a careful reader could not tell either. */
const TIE = 0.1;
/** Activities in rows is the usual layout: a slight preference, never enough to outweigh the labels. */
const USUAL = 0.05;

function clearlyRows(table: DetectedTable): boolean {
  return table.confidence >= CLEARLY_ROWS.share && labelScore(table) >= CLEARLY_ROWS.labels && cellWeight(table) > 0;
}

/** The reading of a sheet whose orientation nobody named. */
export function chooseOrientation(grid: SheetGrid, context: CodeContext, overrides: TableOverrides): DetectedTable | null {
  const normal = detectTable(grid, context, false, overrides);
  if (normal && clearlyRows(normal)) return assess(normal, { confidence: 0.5 + Math.min(0.5, labelScore(normal)) });
  const flipped = detectTable(transpose(grid), context, true, overrides);
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
