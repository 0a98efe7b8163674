/**
 * Dutch messages. Same keys, in the same order, as en.ts (the compiler checks the set against ../messages.ts).
 */
import type { Messages } from '../messages';

export const nl: Messages = {
  // Severity and where a finding sits
  'severity.error': 'Fout',
  'severity.warning': 'Waarschuwing',

  // Rules over responsibility matrices
  'rule.noAccountable': '‘{{activity}}’ heeft geen {{roles}}; elke activiteit heeft er precies één nodig.',
  'rule.multipleAccountable':
    '‘{{activity}}’ heeft {{count}} partijen gemarkeerd als {{roles}} ({{parties}}); dat moet er precies één zijn.',
  'rule.noResponsible': 'Bij ‘{{activity}}’ is niemand gemarkeerd als {{roles}}; iemand moet het werk uitvoeren.',
  'rule.accountableWithoutResponsible':
    '‘{{activity}}’: {{party}} is {{accountable}}, maar geen enkele partij is {{responsible}}.',
  'rule.unassignedActivity': 'Aan ‘{{activity}}’ zijn nog geen rollen toegewezen.',
  'rule.partyNeverAssigned': '{{party}} heeft nergens in ‘{{matrix}}’ een rol.',
  'rule.duplicateActivity': '‘{{activity}}’ komt {{count}} keer voor in ‘{{phase}}’.',
  'rule.unknownRole': '‘{{activity}}’, {{party}}: ‘{{code}}’ is geen rol in {{vocabulary}}.',
  'rule.combinationNotAllowed':
    '‘{{activity}}’, {{party}}: {{vocabulary}} staat maar één rol per cel toe, maar de cel bevat {{codes}}.',
  // Rules over the support scope
  'rule.capacityOutOfRange':
    '{{hours}} uur per maand valt buiten de gebruikelijke bandbreedte van {{min}}–{{max}} uur voor ‘{{model}}’.',
  'rule.capacityMissing': '‘{{model}}’ vereist een maandelijkse capaciteit in uren.',
  'rule.coverageBelowModel': '‘{{model}}’ garandeert {{required}}, maar de dekking staat ingesteld op {{actual}}.',
  'rule.includedWithoutProvider': '‘{{service}}’ is inbegrepen, maar er is geen partij aangewezen die deze dienst levert.',
  'rule.slaOrder': 'Prioriteit {{severity}} krijgt een langere reactietijd dan prioriteit {{lower}}.',

  // Support models
  'model.fixed-capacity': 'Productieondersteuning en doorontwikkeling met vaste capaciteit',
  'model.sla-hotfix': 'Ondersteuning op basis van SLA met hotfixes',
  'model.sla-critical-dedicated': 'Ondersteuning op basis van SLA voor kritieke incidenten met toegewijde uitvoeringscapaciteit',
  'model.managed-fixed-maintenance': 'Beheerde dienstverlening met vaste onderhoudscapaciteit',
  'model.custom': 'Ondersteuningsmodel op maat',
  'coverage.business-hours': 'kantooruren',
  'coverage.24x7-sev1': '24/7 voor prioriteit 1',
  'coverage.24x7-all': '24/7 voor alle prioriteiten',
  'inclusion.included': 'Inbegrepen',
  'inclusion.optional': 'Optioneel',
  'inclusion.excluded': 'Niet inbegrepen',
  'coveredRole.dev': 'Ontwikkeling',
  'coveredRole.qa': 'Kwaliteitsborging',
  'coveredRole.sa': 'Oplossingsarchitectuur',
  'coveredRole.pm': 'Projectmanagement',
  'coveredRole.rm': 'Releasebeheer',

  // Revisions and parties
  'status.draft': 'Concept',
  'status.sent': 'Verzonden',
  'status.returned': 'Geretourneerd',
  'status.signed': 'Ondertekend',
  'partyKind.customer': 'Klant',
  'partyKind.partner': 'Partnerorganisatie',
  'partyKind.provider': 'Dienstverlener',
  'partyKind.other': 'Overig',
  // Excel export: sheet names (at most 31 characters, no : \\ / ? * [ ])
  'export.sheet.cover': 'Voorblad',
  'export.sheet.scope': 'Omvang dienstverlening',
  'export.sheet.signoff': 'Ondertekening',
  // Cover
  'export.cover.heading': 'Opdrachtdossier',
  'export.cover.client': 'Klant',
  'export.cover.preparedBy': 'Opgesteld door',
  'export.cover.revision': 'Versie',
  'export.cover.status': 'Versiestatus',
  'export.cover.date': 'Datum',
  'export.cover.proposalDate': 'Offertedatum',
  'export.cover.period': 'Looptijd van de opdracht',
  'export.cover.fingerprint': 'Vingerafdruk van de inhoud (SHA-256)',
  'export.cover.contents': 'Inhoud',
  'export.cover.draft': 'CONCEPT',
  'export.cover.draftNote':
    'Dit is een concept ter beoordeling. Het wordt pas bindend wanneer de ondertekende versie is geretourneerd.',
  'export.cover.currentDraft': 'Huidig concept',
  'export.toc.matrix': 'Verantwoordelijkheidsmatrix: {{phases}} fasen, {{activities}} activiteiten',
  'export.toc.scope': 'Ondersteuningsmodel, serviceniveaus en SLA-doelstellingen',
  'export.toc.signoff': 'Handtekeningen van de partijen',
  // Matrix sheets
  'export.matrix.activity': 'Activiteit',
  'export.matrix.check': 'Controle',
  'export.matrix.notes': 'Opmerkingen',
  'export.matrix.description': 'Omschrijving',
  'export.matrix.legend': 'Legenda',
  'export.matrix.id': 'Nr.',
  'export.check.ok': 'OK',
  'export.check.noAccountable': 'Geen {{roles}}',
  'export.check.multipleAccountable': 'Meer dan één {{roles}}',
  'export.check.noResponsible': 'Niemand {{roles}}',
  'export.validation.title': 'Rol',
  'export.validation.prompt': 'Kies een rol uit de lijst: {{roles}}',
  'export.validation.error': 'Dit is geen rol in {{vocabulary}}. Gebruik: {{roles}}',
  // Support scope sheet
  'export.scope.model': 'Ondersteuningsmodel',
  'export.scope.capacity': 'Capaciteit',
  'export.scope.capacityValue': '{{hours}} uur per maand',
  'export.scope.coverage': 'Dekking',
  'export.scope.timeZone': 'Tijdzone',
  'export.scope.hours': 'Kantooruren',
  'export.scope.rolesCovered': 'Inbegrepen rollen',
  'export.scope.sla': 'Doelstellingen serviceniveau',
  'export.scope.severity': 'Prioriteit',
  'export.scope.response': 'Reactietijd',
  'export.scope.update': 'Updatefrequentie',
  'export.scope.restore': 'Herstel of oplossing',
  'export.scope.noTarget': 'Geen toezegging',
  'export.scope.service': 'Dienst',
  'export.scope.inclusion': 'Afbakening',
  'export.scope.provider': 'Geleverd door',
  'export.scope.serviceManagement': 'Leverings- en servicemanagement',
  'export.scope.additionalResources': 'Aanvullende middelen',
  'export.scope.none': 'Geen',
  'export.duration.minutes': '{{count}} min',
  'export.duration.hours': '{{count}} u',
  'export.duration.days': '{{count}} d',
  // Sign-off sheet
  'export.signoff.heading': 'Ondertekening',
  'export.signoff.statement':
    'Door ondertekening hieronder aanvaardt elke partij versie ‘{{revision}}’ van ‘{{title}}’ zoals beschreven in dit dossier (vingerafdruk van de inhoud: {{fingerprint}}).',
  'export.signoff.name': 'Naam',
  'export.signoff.title': 'Functie',
  'export.signoff.signature': 'Handtekening',
  'export.signoff.date': 'Datum',
  // Page header and footer
  'export.csv.phase': 'Fase',
  'export.footer.page': 'Pagina &P van &N',
  // The app
  'ui.loading': 'Bezig met laden…',
  'ui.noDocument': 'Er is geen werkmap geopend. Start Engagebook met een werkmap: npx engagebook serve acme.engagement',
  'ui.activity': 'Activiteit',
  'ui.findings': 'Bevindingen',
  'ui.noFindings': 'Geen bevindingen: aan alle regels is voldaan.',
  'ui.saved': 'Alle wijzigingen zijn opgeslagen',
  'ui.undo': 'Ongedaan maken',
  'ui.redo': 'Opnieuw',
  'ui.language': 'Taal',
  'ui.cellName': '{{activity}} — {{party}}',
  'ui.noRoles': 'geen rol',
  'ui.error': 'Opslaan is mislukt: {{message}}',
};
