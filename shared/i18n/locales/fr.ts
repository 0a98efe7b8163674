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
  // Excel export: sheet names (at most 31 characters, no : \\ / ? * [ ])
  'export.sheet.cover': 'Page de garde',
  'export.sheet.scope': 'Périmètre des prestations',
  'export.sheet.signoff': 'Signatures',
  // Cover
  'export.cover.heading': 'Dossier de la prestation',
  'export.cover.client': 'Organisation cliente',
  'export.cover.preparedBy': 'Établi par',
  'export.cover.revision': 'Version',
  'export.cover.status': 'Statut de la version',
  'export.cover.date': 'Date du document',
  'export.cover.proposalDate': 'Date de la proposition',
  'export.cover.period': 'Période de la prestation',
  'export.cover.fingerprint': 'Empreinte du contenu (SHA-256)',
  'export.cover.contents': 'Sommaire',
  'export.cover.draft': 'BROUILLON',
  'export.cover.draftNote':
    "Ce document est un brouillon soumis pour relecture. Il n'engage les parties qu'à compter du retour de la version signée.",
  'export.cover.currentDraft': 'Brouillon en cours',
  'export.toc.matrix': 'Matrice des responsabilités : {{phases}} phases, {{activities}} activités',
  'export.toc.scope': "Modèle d'assistance, niveaux de service et objectifs SLA",
  'export.toc.signoff': 'Signatures des parties',
  // Matrix sheets
  'export.matrix.activity': 'Activité',
  'export.matrix.check': 'Contrôle',
  'export.matrix.notes': 'Remarques',
  'export.matrix.description': 'Descriptif',
  'export.matrix.legend': 'Légende',
  'export.matrix.id': 'Réf.',
  'export.check.ok': 'OK',
  'export.check.noAccountable': 'Aucun {{roles}}',
  'export.check.multipleAccountable': "Plus d'un {{roles}}",
  'export.check.noResponsible': 'Aucun {{roles}}',
  'export.validation.title': 'Rôle',
  'export.validation.prompt': 'Choisissez un rôle dans la liste : {{roles}}',
  'export.validation.error': "Ce n'est pas un rôle de {{vocabulary}}. Rôles possibles : {{roles}}",
  // Support scope sheet
  'export.scope.model': "Modèle d'assistance",
  'export.scope.capacity': 'Capacité',
  'export.scope.capacityValue': '{{hours}} heures par mois',
  'export.scope.coverage': 'Couverture',
  'export.scope.timeZone': 'Fuseau horaire',
  'export.scope.hours': 'Heures ouvrées',
  'export.scope.rolesCovered': 'Rôles couverts',
  'export.scope.sla': 'Objectifs de niveau de service',
  'export.scope.severity': 'Gravité',
  'export.scope.response': 'Délai de réponse',
  'export.scope.update': 'Fréquence des mises à jour',
  'export.scope.restore': 'Rétablissement ou résolution',
  'export.scope.noTarget': 'Sans engagement',
  'export.scope.service': 'Prestation',
  'export.scope.inclusion': 'Périmètre',
  'export.scope.provider': 'Fourni par',
  'export.scope.serviceManagement': 'Pilotage de la prestation et gestion des services',
  'export.scope.additionalResources': 'Ressources complémentaires',
  'export.scope.none': 'Néant',
  'export.duration.minutes': '{{count}} min',
  'export.duration.hours': '{{count}} h',
  'export.duration.days': '{{count}} j',
  // Sign-off sheet
  'export.signoff.heading': 'Signatures',
  'export.signoff.statement':
    'Par sa signature ci-dessous, chacune des parties accepte la version « {{revision}} » de « {{title}} » telle que décrite dans le présent document (empreinte du contenu : {{fingerprint}}).',
  'export.signoff.name': 'Nom',
  'export.signoff.title': 'Fonction',
  'export.signoff.signature': 'Signature et cachet',
  'export.signoff.date': 'Date de signature',
  // Page header and footer
  'export.csv.phase': 'Étape',
  'export.footer.page': 'Page &P sur &N',
  // The app
  'ui.loading': 'Chargement…',
  'ui.noDocument': 'Aucun classeur n’est ouvert. Lancez Engagebook avec un classeur : npx engagebook serve acme.engagement',
  'ui.activity': 'Activité',
  'ui.findings': 'Constats',
  'ui.noFindings': 'Aucun constat : toutes les règles sont respectées.',
  'ui.saved': 'Toutes les modifications sont enregistrées',
  'ui.undo': 'Annuler',
  'ui.redo': 'Rétablir',
  'ui.language': 'Langue',
  'ui.cellName': '{{activity}} — {{party}}',
  'ui.noRoles': 'aucun rôle',
  'ui.error': 'Échec de l’enregistrement : {{message}}',
};
