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
};
