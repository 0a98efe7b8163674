/**
 * English messages: the reference locale. Keys are flat ("area.name"); every other locale must have exactly these keys
 * (see ../messages.ts). i18next interpolates {{name}} and picks plural forms by the _one/_other suffixes.
 * The UI and the Excel export read from these same files.
 */
export const en = {
  // Severity and where a finding sits
  'severity.error': 'Error',
  'severity.warning': 'Warning',

  // Rules over responsibility matrices
  'rule.noAccountable': '"{{activity}}" has no {{roles}}; every activity needs exactly one.',
  'rule.multipleAccountable': '"{{activity}}" has {{count}} parties marked {{roles}} ({{parties}}); there must be exactly one.',
  'rule.noResponsible': '"{{activity}}" has nobody marked {{roles}}; someone has to do the work.',
  'rule.accountableWithoutResponsible': '"{{activity}}": {{party}} is {{accountable}}, but no party is {{responsible}}.',
  'rule.unassignedActivity': '"{{activity}}" has no roles assigned yet.',
  'rule.partyNeverAssigned': '{{party}} holds no role anywhere in "{{matrix}}".',
  'rule.duplicateActivity': '"{{activity}}" appears {{count}} times in "{{phase}}".',
  'rule.unknownRole': '"{{activity}}", {{party}}: "{{code}}" is not a role in {{vocabulary}}.',
  'rule.combinationNotAllowed': '"{{activity}}", {{party}}: {{vocabulary}} allows one role per cell, found {{codes}}.',
  // Rules over the support scope
  'rule.capacityOutOfRange': '{{hours}} hours a month is outside the usual {{min}}–{{max}} for "{{model}}".',
  'rule.capacityMissing': '"{{model}}" needs a monthly capacity in hours.',
  'rule.coverageBelowModel': '"{{model}}" promises {{required}}, but the coverage is set to {{actual}}.',
  'rule.includedWithoutProvider': '"{{service}}" is included, but no party is named to provide it.',
  'rule.slaOrder': 'Severity {{severity}} gets a slower response than severity {{lower}}.',

  // Support models
  'model.fixed-capacity': 'Fixed-capacity production support and enhancements',
  'model.sla-hotfix': 'SLA support with hotfix',
  'model.sla-critical-dedicated': 'SLA support for critical incidents with dedicated delivery capacity',
  'model.managed-fixed-maintenance': 'Managed service with fixed maintenance capacity',
  'model.custom': 'Custom support model',
  'coverage.business-hours': 'business hours',
  'coverage.24x7-sev1': '24x7 for severity 1',
  'coverage.24x7-all': '24x7 for all severities',
  'inclusion.included': 'Included',
  'inclusion.optional': 'Optional',
  'inclusion.excluded': 'Excluded',
  'coveredRole.dev': 'Development',
  'coveredRole.qa': 'Quality assurance',
  'coveredRole.sa': 'Solution architecture',
  'coveredRole.pm': 'Project management',
  'coveredRole.rm': 'Release management',

  // Revisions and parties
  'status.draft': 'Draft',
  'status.sent': 'Sent',
  'status.returned': 'Returned',
  'status.signed': 'Signed',
  'partyKind.customer': 'Customer',
  'partyKind.partner': 'Partner',
  'partyKind.provider': 'Provider',
  'partyKind.other': 'Other',
} as const;
