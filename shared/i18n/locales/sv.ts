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
  // Excel export: sheet names (at most 31 characters, no : \\ / ? * [ ])
  'export.sheet.cover': 'Försättsblad',
  'export.sheet.scope': 'Stödets omfattning',
  'export.sheet.signoff': 'Underskrifter',
  // Cover
  'export.cover.heading': 'Uppdragsunderlag',
  'export.cover.client': 'Kund',
  'export.cover.preparedBy': 'Upprättat av',
  'export.cover.revision': 'Version',
  'export.cover.status': 'Versionsstatus',
  'export.cover.date': 'Datum',
  'export.cover.proposalDate': 'Offertdatum',
  'export.cover.period': 'Uppdragsperiod',
  'export.cover.fingerprint': 'Innehållets kontrollsumma (SHA-256)',
  'export.cover.contents': 'Innehåll',
  'export.cover.draft': 'UTKAST',
  'export.cover.draftNote':
    'Detta är ett utkast för granskning. Det blir bindande först när den undertecknade versionen har returnerats.',
  'export.cover.currentDraft': 'Aktuellt utkast',
  'export.toc.matrix': 'Ansvarsmatris: {{phases}} faser, {{activities}} aktiviteter',
  'export.toc.scope': 'Stödmodell, servicenivåer och SLA-mål',
  'export.toc.signoff': 'Parternas underskrifter',
  // Matrix sheets
  'export.matrix.activity': 'Aktivitet',
  'export.matrix.check': 'Kontroll',
  'export.matrix.notes': 'Anteckningar',
  'export.matrix.description': 'Beskrivning',
  'export.matrix.legend': 'Teckenförklaring',
  'export.matrix.id': 'Nr',
  'export.check.ok': 'OK',
  'export.check.noAccountable': 'Ingen {{roles}}',
  'export.check.multipleAccountable': 'Fler än en {{roles}}',
  'export.check.noResponsible': 'Ingen {{roles}}',
  'export.validation.title': 'Roll',
  'export.validation.prompt': 'Välj en roll i listan: {{roles}}',
  'export.validation.error': 'Värdet är ingen roll i {{vocabulary}}. Använd: {{roles}}',
  // Support scope sheet
  'export.scope.model': 'Stödmodell',
  'export.scope.capacity': 'Kapacitet',
  'export.scope.capacityValue': '{{hours}} timmar per månad',
  'export.scope.coverage': 'Täckning',
  'export.scope.timeZone': 'Tidszon',
  'export.scope.hours': 'Kontorstid',
  'export.scope.rolesCovered': 'Roller som ingår',
  'export.scope.sla': 'Servicenivåmål',
  'export.scope.severity': 'Allvarlighetsgrad',
  'export.scope.response': 'Svarstid',
  'export.scope.update': 'Uppdateringsintervall',
  'export.scope.restore': 'Återställning eller lösning',
  'export.scope.noTarget': 'Inget åtagande',
  'export.scope.service': 'Tjänst',
  'export.scope.inclusion': 'Omfattning',
  'export.scope.provider': 'Levereras av',
  'export.scope.serviceManagement': 'Leverans- och tjänstestyrning',
  'export.scope.additionalResources': 'Ytterligare resurser',
  'export.scope.none': 'Inga',
  'export.duration.minutes': '{{count}} min',
  'export.duration.hours': '{{count}} tim',
  'export.duration.days': '{{count}} d',
  // Sign-off sheet
  'export.signoff.heading': 'Underskrifter',
  'export.signoff.statement':
    'Genom sin underskrift nedan godkänner varje part version ”{{revision}}” av ”{{title}}” enligt beskrivningen i detta underlag (innehållets kontrollsumma {{fingerprint}}).',
  'export.signoff.name': 'Namn',
  'export.signoff.title': 'Befattning',
  'export.signoff.signature': 'Underskrift',
  'export.signoff.date': 'Datum',
  // Page header and footer
  'export.csv.phase': 'Fas',
  'export.footer.page': 'Sida &P av &N',
};
