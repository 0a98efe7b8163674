/**
 * Find in the grid: which activities of a matrix match the find bar's text and filters, in the grid's order. It
 * searches the matrix, not the rows on screen, so a match inside a collapsed phase is found (the grid opens the
 * phase when it steps there). Free of React, so it is tested as a plain function.
 */
import type { Matrix } from '../../../shared/domain/document';
import { looseText } from '../../../shared/domain/references';

export interface FindQuery {
  /** Part of an activity's title, compared as a person reads it (case, spacing and Unicode composition aside). */
  readonly text: string;
  /** Only activities of this phase. */
  readonly phaseId: string | null;
  /** Only activities where this party holds a role. */
  readonly partyId: string | null;
  /** Only activities that have a finding. */
  readonly withFindings: boolean;
}

export const EMPTY_QUERY: FindQuery = { text: '', phaseId: null, partyId: null, withFindings: false };

/** Whether the query asks for anything; an empty one matches nothing rather than every row. */
export const isActive = (query: FindQuery): boolean =>
  query.text.trim() !== '' || query.phaseId !== null || query.partyId !== null || query.withFindings;

/** The ids of the matching activities, in the grid's order. `flagged` holds the activities with findings. */
export function findActivities(matrix: Matrix, query: FindQuery, flagged: ReadonlySet<string | undefined>): string[] {
  if (!isActive(query)) return [];
  const wanted = looseText(query.text);
  const matches: string[] = [];
  for (const phase of matrix.phases) {
    if (query.phaseId && phase.id !== query.phaseId) continue;
    for (const activity of phase.activities) {
      if (wanted && !looseText(activity.title).includes(wanted)) continue;
      if (query.withFindings && !flagged.has(activity.id)) continue;
      if (query.partyId && !activity.cells.some((c) => c.partyId === query.partyId && c.roles.length > 0)) continue;
      matches.push(activity.id);
    }
  }
  return matches;
}

/** The match after (or, with `back`, before) the current one, wrapping around; -1 when there is none. */
export function stepMatch(count: number, current: number, back: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return back ? count - 1 : 0;
  return (current + (back ? -1 : 1) + count) % count;
}
