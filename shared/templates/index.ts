/**
 * Templates: the starting points of a new workbook. A template is a pure function of language and an id source, so the
 * same code builds a workbook in the CLI, the app and the tests.
 */
import type { Content } from '../domain/document';
import { EngagebookError } from '../domain/errors';
import { emptyContent, type NewWorkbookOptions } from './common';
import type { Language } from '../domain/languages';
import { builtinVocabulary, type BuiltinVocabularyId } from '../domain/vocabulary';
import { buildManagedServices } from './managed-services';

export type { IdSource, NewWorkbookOptions } from './common';

export interface TemplateInfo {
  readonly id: string;
  readonly name: Readonly<Record<Language, string>>;
  readonly description: Readonly<Record<Language, string>>;
}

interface Template extends TemplateInfo {
  build(options: NewWorkbookOptions): Content;
}

function blankMatrixTemplate(vocabularyId: BuiltinVocabularyId, info: TemplateInfo): Template {
  return {
    ...info,
    build(options) {
      const content = emptyContent(options, info.name[options.language]);
      const vocabulary = builtinVocabulary(vocabularyId, options.language);
      const partyNames = BLANK_PARTIES[options.language];
      const parties = (['customer', 'provider'] as const).map((kind, i) => ({
        id: options.newId(),
        name: partyNames[i] ?? kind,
        group: null,
        kind,
      }));
      content.parties = parties;
      content.vocabularies = [vocabulary];
      content.matrices = [
        {
          id: options.newId(),
          title: info.name[options.language],
          vocabularyId: vocabulary.id,
          partyIds: parties.map((p) => p.id),
          phases: [],
        },
      ];
      return content;
    },
  };
}

const BLANK_PARTIES: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['Customer', 'Provider'],
  sv: ['Kund', 'Leverantör'],
  nl: ['Klant', 'Leverancier'],
  fr: ['Client', 'Prestataire'],
};

const TEMPLATES: readonly Template[] = [
  {
    id: 'managed-services',
    name: {
      en: 'Managed services',
      sv: 'Förvaltningstjänster',
      nl: 'Beheerde diensten',
      fr: 'Services managés',
    },
    description: {
      en: 'Roles and responsibilities (49 activities in 6 phases), upgrade matrix and support scope',
      sv: 'Roller och ansvar (49 aktiviteter i 6 faser), uppgraderingsmatris och supportomfattning',
      nl: 'Rollen en verantwoordelijkheden (49 activiteiten in 6 fasen), upgradematrix en ondersteuningsscope',
      fr: 'Rôles et responsabilités (49 activités en 6 phases), matrice de mise à niveau et périmètre du support',
    },
    build: buildManagedServices,
  },
  blankMatrixTemplate('raci', {
    id: 'raci',
    name: { en: 'RACI matrix', sv: 'RACI-matris', nl: 'RACI-matrix', fr: 'Matrice RACI' },
    description: {
      en: 'An empty matrix with Responsible, Accountable, Consulted, Informed',
      sv: 'En tom matris med Utförande, Ansvarig, Konsulterad, Informerad',
      nl: 'Een lege matrix met Uitvoerend, Eindverantwoordelijk, Geraadpleegd, Geïnformeerd',
      fr: 'Une matrice vide avec Réalisateur, Approbateur, Consulté, Informé',
    },
  }),
  blankMatrixTemplate('rasci', {
    id: 'rasci',
    name: { en: 'RASCI matrix', sv: 'RASCI-matris', nl: 'RASCI-matrix', fr: 'Matrice RASCI' },
    description: {
      en: 'An empty matrix that adds Supporting to RACI',
      sv: 'En tom matris som lägger till Stödjande till RACI',
      nl: 'Een lege matrix die Ondersteunend aan RACI toevoegt',
      fr: 'Une matrice vide qui ajoute Support au RACI',
    },
  }),
];

export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map(({ id, name, description }) => ({ id, name, description }));
}

export function buildTemplate(templateId: string, options: NewWorkbookOptions): Content {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) {
    throw new UnknownTemplateError(templateId);
  }
  return template.build(options);
}

export class UnknownTemplateError extends EngagebookError {
  constructor(readonly templateId: string) {
    super('invalid-argument', `unknown template "${templateId}"; available: ${TEMPLATES.map((t) => t.id).join(', ')}`);
  }
}
