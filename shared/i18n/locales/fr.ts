/**
 * French messages. Same keys, in the same order, as en.ts (the compiler checks the set against ../messages.ts).
 * Typography: French quotation marks, with a no-break space inside them and before colons and semicolons.
 */
import type { Messages } from '../messages';

export const fr: Messages = {
  // Severity and where a finding sits
  'severity.error': 'Erreur',
  'severity.warning': 'Avertissement',

  // Rules over responsibility matrices
  'rule.noAccountable': "« {{activity}} » n'a aucun {{roles}} ; chaque activité doit en avoir exactement un.",
  'rule.multipleAccountable':
    '« {{activity}} » compte {{count}} parties marquées {{roles}} ({{parties}}) ; il doit y en avoir exactement une.',
  'rule.noResponsible': "Personne n'est marqué {{roles}} pour « {{activity}} » ; quelqu'un doit réaliser le travail.",
  'rule.accountableWithoutResponsible':
    "« {{activity}} » : {{party}} est {{accountable}}, mais aucune partie n'est {{responsible}}.",
  'rule.unassignedActivity': "Aucun rôle n'est encore attribué à « {{activity}} ».",
  'rule.partyNeverAssigned': "{{party}} n'a aucun rôle dans « {{matrix}} ».",
  'rule.duplicateActivity': '« {{activity}} » apparaît {{count}} fois dans « {{phase}} ».',
  'rule.unknownRole': "« {{activity}} », {{party}} : « {{code}} » n'est pas un rôle de {{vocabulary}}.",
  'rule.combinationNotAllowed':
    "« {{activity}} », {{party}} : {{vocabulary}} n'autorise qu'un seul rôle par cellule, or la cellule contient {{codes}}.",
  // Rules over the support scope
  'rule.capacityOutOfRange':
    'Une capacité de {{hours}} heures par mois sort de la fourchette habituelle ({{min}}–{{max}}) pour « {{model}} ».',
  'rule.capacityMissing': '« {{model}} » nécessite une capacité mensuelle en heures.',
  'rule.coverageBelowModel': '« {{model}} » prévoit une couverture {{required}}, mais la couverture configurée est : {{actual}}.',
  'rule.includedWithoutProvider': "« {{service}} » est inclus, mais aucune partie n'est désignée pour le fournir.",
  'rule.slaOrder': 'La gravité {{severity}} a un délai de réponse plus long que la gravité {{lower}}.',

  // Support models
  'model.fixed-capacity': 'Assistance à la production et évolutions à capacité fixe',
  'model.sla-hotfix': 'Assistance sous SLA avec correctifs urgents',
  'model.sla-critical-dedicated': 'Assistance sous SLA pour les incidents critiques avec capacité de réalisation dédiée',
  'model.managed-fixed-maintenance': 'Infogérance avec capacité de maintenance fixe',
  'model.custom': "Modèle d'assistance sur mesure",
  'coverage.business-hours': 'heures ouvrées',
  'coverage.24x7-sev1': '24h/24, 7j/7 pour la gravité 1',
  'coverage.24x7-all': '24h/24, 7j/7 pour toutes les gravités',
  'inclusion.included': 'Inclus',
  'inclusion.optional': 'En option',
  'inclusion.excluded': 'Exclu',
  'coveredRole.dev': 'Développement',
  'coveredRole.qa': 'Assurance qualité',
  'coveredRole.sa': 'Architecture de solution',
  'coveredRole.pm': 'Gestion de projet',
  'coveredRole.rm': 'Gestion des mises en production',

  // Revisions and parties
  'status.draft': 'Brouillon',
  'status.sent': 'Envoyé',
  'status.returned': 'Retourné',
  'status.signed': 'Signé',
  'partyKind.customer': 'Client',
  'partyKind.partner': 'Partenaire',
  'partyKind.provider': 'Prestataire',
  'partyKind.other': 'Autre',
};
