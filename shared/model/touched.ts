/**
 * What a batch of changes touched, in the terms the rules are checked in: activities (each checked on its own),
 * phases (duplicate titles), matrices (parties never assigned), whole matrices (their columns came or went), the
 * support scope, or everything (a language or a vocabulary changed, which every message depends on).
 */
export interface Touched {
  readonly activities: Set<string>;
  readonly phases: Set<string>;
  readonly matrices: Set<string>;
  readonly wholeMatrices: Set<string>;
  scope: boolean;
  everything: boolean;
}

export function emptyTouched(): Touched {
  return {
    activities: new Set(),
    phases: new Set(),
    matrices: new Set(),
    wholeMatrices: new Set(),
    scope: false,
    everything: false,
  };
}
