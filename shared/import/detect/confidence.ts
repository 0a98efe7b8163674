/**
 * How sure the detector is of each guess, and why a reading is doubtful, in words a person can act on. A doubtful
 * reading is never passed off as a sure one: the CLI refuses to write it without a mapping (exit 3) and the app shows
 * it as the first thing to check.
 */
import { isNumbering } from './labels';
import type { DetectedTable } from './table';

export interface Confidences {
  readonly orientation: number;
  readonly headerRow: number;
  readonly labelColumn: number;
  readonly phaseColumn: number;
  readonly partyColumns: number;
}

export type Doubt =
  /** Both orientations read nearly as well. */
  | { readonly kind: 'orientation'; readonly chosen: 'rows' | 'columns' }
  /** A single activity with roles: more likely a list read sideways (one role column under its steps) than a matrix. */
  | { readonly kind: 'one-activity'; readonly title: string }
  /** So few role cells that any reading of them is a guess. */
  | { readonly kind: 'few-roles'; readonly cells: number }
  /** Many cells in the party columns hold something other than a role. */
  | { readonly kind: 'non-codes'; readonly nonCodes: number; readonly filled: number };

/** Fewer role cells than this and the table could be anything. */
export const FEW_ROLES = 4;
/** Below this share of party cells reading as codes, the party columns are doubtful. */
export const CLEAN_SHARE = 0.8;

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

export function describeDoubt(doubt: Doubt): string {
  switch (doubt.kind) {
    case 'orientation':
      return `the sheet reads nearly as well with activities in ${doubt.chosen === 'rows' ? 'columns' : 'rows'} as with activities in ${doubt.chosen}`;
    case 'one-activity':
      return `only one activity has roles ("${doubt.title}"), so the sheet may be another shape or read the wrong way round`;
    case 'few-roles':
      return `only ${doubt.cells} cell${doubt.cells === 1 ? '' : 's'} hold a role code`;
    case 'non-codes':
      return `${doubt.nonCodes} of ${doubt.filled} filled cells in the party columns are not role codes`;
  }
}

/** The table with the confidence of each guess and its doubts; `orientation` is how sure the way round is. */
export function assess(table: DetectedTable, orientation: { confidence: number; doubt?: Doubt }): DetectedTable {
  // One pass over the activities, counting: a sheet may have 20,000 of them.
  let activities = 0;
  let roleCells = 0;
  let titles = 0;
  let withRoles = 0;
  let firstWithRoles = '';
  for (const row of table.rows) {
    if (row.kind !== 'activity') continue;
    activities++;
    if (!isNumbering(row.title)) titles++;
    let cells = 0;
    for (const c of row.codes) if (c.length > 0) cells++;
    roleCells += cells;
    if (cells > 0 && withRoles++ === 0) firstWithRoles = row.title;
  }
  const named = table.parties.filter((p) => p.name !== '').length / Math.max(1, table.parties.length);
  const titled = titles / Math.max(1, activities);
  const doubts: Doubt[] = orientation.doubt ? [orientation.doubt] : [];
  if (withRoles === 1) doubts.push({ kind: 'one-activity', title: firstWithRoles });
  if (roleCells < FEW_ROLES) doubts.push({ kind: 'few-roles', cells: roleCells });
  if (table.confidence < CLEAN_SHARE) {
    const { filled, codes } = table.cellCounts ?? { filled: 0, codes: 0 };
    doubts.push({ kind: 'non-codes', nonCodes: filled - codes, filled });
  }
  const confidences: Confidences = {
    orientation: round(orientation.confidence),
    headerRow: round(named * Math.min(1, roleCells / FEW_ROLES)),
    labelColumn: round(titled),
    phaseColumn: table.phaseColumn === null ? 1 : 0.9,
    partyColumns: round(table.confidence),
  };
  return { ...table, confidences, doubts };
}
