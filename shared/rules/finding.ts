import type { MessageKey } from '../i18n/messages';

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'no-accountable'
  | 'multiple-accountable'
  | 'no-responsible'
  | 'accountable-without-responsible'
  | 'unassigned-activity'
  | 'party-never-assigned'
  | 'duplicate-activity'
  | 'unknown-role'
  | 'combination-not-allowed'
  | 'capacity-out-of-range'
  | 'capacity-missing'
  | 'coverage-below-model'
  | 'included-without-provider'
  | 'sla-order';

/** Where a finding sits, precise enough for the grid to jump to it. */
export interface FindingLocation {
  readonly matrixId?: string;
  readonly phaseId?: string;
  readonly activityId?: string;
  readonly partyId?: string;
  /** A path into the support scope, e.g. "capacityHoursPerMonth" or "serviceLevels.L1.<id>". */
  readonly scope?: string;
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly location: FindingLocation;
  /** The message in the language asked for. */
  readonly message: string;
}

/** A finding before localisation: rules are pure data, the message is rendered once at the edge. */
export interface RawFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly location: FindingLocation;
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}
