/** Where a matrix's findings sit, for the grid to mark: rows, cells, and party headers (findings about a party). */
import type { Finding } from '../../../shared/api/contract';

export interface Flagged {
  /** Activities with a finding. */
  readonly rows: ReadonlySet<string | undefined>;
  /** Per activity, the parties whose cell has a finding. */
  readonly cells: ReadonlyMap<string, ReadonlySet<string>>;
  /** Parties with a finding about the party itself. */
  readonly parties: ReadonlySet<string | undefined>;
}

export function flaggedIn(findings: readonly Finding[] | null, matrixId: string): Flagged {
  const mine = (findings ?? []).filter((f) => f.location.matrixId === matrixId);
  const cells = new Map<string, Set<string>>();
  for (const f of mine) {
    if (!f.location.activityId || !f.location.partyId) continue;
    let parties = cells.get(f.location.activityId);
    if (!parties) cells.set(f.location.activityId, (parties = new Set()));
    parties.add(f.location.partyId);
  }
  return {
    rows: new Set(mine.map((f) => f.location.activityId)),
    cells,
    parties: new Set(mine.filter((f) => !f.location.activityId).map((f) => f.location.partyId)),
  };
}
