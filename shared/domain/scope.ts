/**
 * The support-level scope of a managed-services proposal: which support model, how many hours, which hours are covered,
 * how fast each severity is answered, and which services each level includes.
 */
import type { ServiceActivity, SlaTarget, SupportScope } from './document';

export type { ServiceActivity, SlaTarget, SupportScope };

export const SUPPORT_MODELS = [
  'fixed-capacity',
  'sla-hotfix',
  'sla-critical-dedicated',
  'managed-fixed-maintenance',
  'custom',
] as const;
export type SupportModel = (typeof SUPPORT_MODELS)[number];

/** The most hours a month a scope may promise: far beyond any real team, low enough to catch a typo of zeros. */
export const MAX_CAPACITY_HOURS = 100_000;

export const COVERAGE_KINDS = ['business-hours', '24x7-sev1', '24x7-all'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export const COVERED_ROLES = ['dev', 'qa', 'sa', 'pm', 'rm'] as const;
export type CoveredRole = (typeof COVERED_ROLES)[number];

export const SERVICE_LEVELS = ['L1', 'L2', 'L3', 'optional'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const INCLUSIONS = ['included', 'optional', 'excluded'] as const;
export type Inclusion = (typeof INCLUSIONS)[number];

/** What each model usually means; the scope rules compare a workbook's scope against this. */
export interface SupportModelProfile {
  /** Usual monthly capacity, in hours; null where the model sets no bound. */
  readonly capacityRange: readonly [number, number] | null;
  /** The least coverage the model promises. */
  readonly requiredCoverage: CoverageKind;
  readonly defaultCoverage: CoverageKind;
  readonly defaultCapacity: number | null;
  readonly defaultRoles: readonly CoveredRole[];
}

export const SUPPORT_MODEL_PROFILES: Readonly<Record<SupportModel, SupportModelProfile>> = {
  'fixed-capacity': {
    capacityRange: [40, 160],
    requiredCoverage: 'business-hours',
    defaultCoverage: 'business-hours',
    defaultCapacity: 80,
    defaultRoles: ['dev', 'qa'],
  },
  'sla-hotfix': {
    capacityRange: [40, 320],
    requiredCoverage: 'business-hours',
    defaultCoverage: '24x7-sev1',
    defaultCapacity: 120,
    defaultRoles: ['dev', 'qa', 'sa'],
  },
  'sla-critical-dedicated': {
    capacityRange: [160, 1_600],
    requiredCoverage: 'business-hours',
    defaultCoverage: '24x7-sev1',
    defaultCapacity: 320,
    defaultRoles: ['dev', 'qa', 'sa', 'pm', 'rm'],
  },
  'managed-fixed-maintenance': {
    capacityRange: [160, 3_200],
    requiredCoverage: '24x7-sev1',
    defaultCoverage: '24x7-all',
    defaultCapacity: 480,
    defaultRoles: ['dev', 'qa', 'sa', 'pm', 'rm'],
  },
  custom: {
    capacityRange: null,
    requiredCoverage: 'business-hours',
    defaultCoverage: 'business-hours',
    defaultCapacity: null,
    defaultRoles: [],
  },
};

const COVERAGE_ORDER: Readonly<Record<CoverageKind, number>> = { 'business-hours': 0, '24x7-sev1': 1, '24x7-all': 2 };

export function coverageAtLeast(actual: CoverageKind, required: CoverageKind): boolean {
  return COVERAGE_ORDER[actual] >= COVERAGE_ORDER[required];
}

const HOUR = 60;
/** Default SLA targets: round-the-clock models answer faster. */
export function defaultSla(model: SupportModel): SlaTarget[] {
  const fast = model === 'managed-fixed-maintenance' || model === 'sla-critical-dedicated';
  return [
    {
      severity: 1,
      responseMinutes: fast ? 15 : 30,
      updateMinutes: fast ? HOUR : 2 * HOUR,
      restoreMinutes: fast ? 4 * HOUR : 8 * HOUR,
    },
    {
      severity: 2,
      responseMinutes: fast ? HOUR : 2 * HOUR,
      updateMinutes: 4 * HOUR,
      restoreMinutes: fast ? 24 * HOUR : 48 * HOUR,
    },
    { severity: 3, responseMinutes: 8 * HOUR, updateMinutes: 24 * HOUR, restoreMinutes: 5 * 24 * HOUR },
    { severity: 4, responseMinutes: 24 * HOUR, updateMinutes: null, restoreMinutes: null },
  ];
}
