/**
 * Swedish messages. Same keys, in the same order, as en.ts (the compiler checks the set against ../messages.ts).
 */
import type { Messages } from '../messages';

export const sv: Messages = {
  // Severity and where a finding sits
  'severity.error': 'Fel',
  'severity.warning': 'Varning',

  // Rules over responsibility matrices
  'rule.noAccountable': '”{{activity}}” saknar {{roles}}; varje aktivitet måste ha exakt en.',
  'rule.multipleAccountable':
    '”{{activity}}” har {{count}} parter markerade som {{roles}} ({{parties}}); det måste finnas exakt en.',
  'rule.noResponsible': '”{{activity}}” har ingen markerad som {{roles}}; någon måste utföra arbetet.',
  'rule.accountableWithoutResponsible': '”{{activity}}”: {{party}} är {{accountable}}, men ingen part är {{responsible}}.',
  'rule.unassignedActivity': '”{{activity}}” har ännu inga tilldelade roller.',
  'rule.partyNeverAssigned': '{{party}} har ingen roll någonstans i ”{{matrix}}”.',
  'rule.duplicateActivity': '”{{activity}}” förekommer {{count}} gånger i ”{{phase}}”.',
  'rule.unknownRole': '”{{activity}}”, {{party}}: ”{{code}}” är ingen roll i {{vocabulary}}.',
  'rule.combinationNotAllowed':
    '”{{activity}}”, {{party}}: {{vocabulary}} tillåter bara en roll per cell, men cellen innehåller {{codes}}.',
  // Rules over the support scope
  'rule.capacityOutOfRange': '{{hours}} timmar per månad ligger utanför det normala intervallet {{min}}–{{max}} för ”{{model}}”.',
  'rule.capacityMissing': '”{{model}}” kräver en månatlig kapacitet i timmar.',
  'rule.coverageBelowModel': '”{{model}}” utlovar {{required}}, men täckningen är inställd på {{actual}}.',
  'rule.includedWithoutProvider': '”{{service}}” ingår, men ingen part är utsedd att leverera tjänsten.',
  'rule.slaOrder': 'Allvarlighetsgrad {{severity}} har längre svarstid än allvarlighetsgrad {{lower}}.',

  // Support models
  'model.fixed-capacity': 'Produktionsstöd och vidareutveckling med fast kapacitet',
  'model.sla-hotfix': 'SLA-baserat stöd med akuta felrättningar',
  'model.sla-critical-dedicated': 'SLA-baserat stöd för kritiska incidenter med dedikerad leveranskapacitet',
  'model.managed-fixed-maintenance': 'Förvaltningstjänst med fast underhållskapacitet',
  'model.custom': 'Anpassad stödmodell',
  'coverage.business-hours': 'kontorstid',
  'coverage.24x7-sev1': '24/7 för allvarlighetsgrad 1',
  'coverage.24x7-all': '24/7 för alla allvarlighetsgrader',
  'inclusion.included': 'Ingår',
  'inclusion.optional': 'Tillval',
  'inclusion.excluded': 'Ingår ej',
  'coveredRole.dev': 'Utveckling',
  'coveredRole.qa': 'Kvalitetssäkring',
  'coveredRole.sa': 'Lösningsarkitektur',
  'coveredRole.pm': 'Projektledning',
  'coveredRole.rm': 'Releasehantering',

  // Revisions and parties
  'status.draft': 'Utkast',
  'status.sent': 'Skickad',
  'status.returned': 'Returnerad',
  'status.signed': 'Undertecknad',
  'partyKind.customer': 'Kund',
  'partyKind.partner': 'Samarbetspartner',
  'partyKind.provider': 'Leverantör',
  'partyKind.other': 'Övrig',
};
