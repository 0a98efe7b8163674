/**
 * Role vocabularies: which letters may stand in a matrix cell and what they mean to the rules.
 *
 * A role's `kind` is what the rules read, so the same rule ("exactly one accountable per activity") covers RACI's A and
 * O/C/A's Owner alike. The built-in vocabularies are the one list of them; templates and imports refer to them by id.
 */
import type { Role, Vocabulary } from './document';
import type { Language, Localized } from './languages';

export type { Role, Vocabulary };

export const ROLE_KINDS = ['accountable', 'responsible', 'supporting', 'informed', 'other'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

interface BuiltinRole {
  readonly code: string;
  readonly labels: Localized;
  readonly color: string;
  readonly kind: RoleKind;
}
interface BuiltinVocabulary {
  readonly id: string;
  readonly name: Localized;
  readonly combinable: boolean;
  readonly roles: readonly BuiltinRole[];
}

// Colours are chosen to stay distinguishable when printed in greyscale: accountable darkest, informed lightest.
const ACCOUNTABLE = '#C0392B';
const RESPONSIBLE = '#2E86C1';
const SUPPORTING = '#27AE60';
const CONSULTED = '#F39C12';
const INFORMED = '#95A5A6';

const RESPONSIBLE_ROLE: BuiltinRole = {
  code: 'R',
  labels: { en: 'Responsible', sv: 'Utförande', nl: 'Uitvoerend', fr: 'Réalisateur' },
  color: RESPONSIBLE,
  kind: 'responsible',
};
const ACCOUNTABLE_ROLE: BuiltinRole = {
  code: 'A',
  labels: { en: 'Accountable', sv: 'Ansvarig', nl: 'Eindverantwoordelijk', fr: 'Approbateur' },
  color: ACCOUNTABLE,
  kind: 'accountable',
};
const CONSULTED_ROLE: BuiltinRole = {
  code: 'C',
  labels: { en: 'Consulted', sv: 'Konsulterad', nl: 'Geraadpleegd', fr: 'Consulté' },
  color: CONSULTED,
  kind: 'other',
};
const INFORMED_ROLE: BuiltinRole = {
  code: 'I',
  labels: { en: 'Informed', sv: 'Informerad', nl: 'Geïnformeerd', fr: 'Informé' },
  color: INFORMED,
  kind: 'informed',
};

export const BUILTIN_VOCABULARIES: readonly BuiltinVocabulary[] = [
  {
    id: 'raci',
    name: { en: 'RACI', sv: 'RACI', nl: 'RACI', fr: 'RACI' },
    combinable: true,
    roles: [RESPONSIBLE_ROLE, ACCOUNTABLE_ROLE, CONSULTED_ROLE, INFORMED_ROLE],
  },
  {
    id: 'rasci',
    name: { en: 'RASCI', sv: 'RASCI', nl: 'RASCI', fr: 'RASCI' },
    combinable: true,
    roles: [
      RESPONSIBLE_ROLE,
      ACCOUNTABLE_ROLE,
      {
        code: 'S',
        labels: { en: 'Supporting', sv: 'Stödjande', nl: 'Ondersteunend', fr: 'Support' },
        color: SUPPORTING,
        kind: 'supporting',
      },
      CONSULTED_ROLE,
      INFORMED_ROLE,
    ],
  },
  {
    id: 'oca',
    name: {
      en: 'Owner / Contributor / Advisor',
      sv: 'Ägare / Bidragsgivare / Rådgivare',
      nl: 'Eigenaar / Bijdrager / Adviseur',
      fr: 'Propriétaire / Contributeur / Conseiller',
    },
    combinable: false,
    roles: [
      {
        code: 'O',
        labels: { en: 'Owner', sv: 'Ägare', nl: 'Eigenaar', fr: 'Propriétaire' },
        color: ACCOUNTABLE,
        kind: 'accountable',
      },
      {
        code: 'C',
        labels: { en: 'Contributor', sv: 'Bidragsgivare', nl: 'Bijdrager', fr: 'Contributeur' },
        color: SUPPORTING,
        kind: 'supporting',
      },
      {
        code: 'A',
        labels: { en: 'Advisor', sv: 'Rådgivare', nl: 'Adviseur', fr: 'Conseiller' },
        color: CONSULTED,
        kind: 'other',
      },
    ],
  },
  {
    id: 'primary-support',
    name: {
      en: 'Primary / Support',
      sv: 'Primär / Stöd',
      nl: 'Primair / Ondersteunend',
      fr: 'Principal / Support',
    },
    combinable: false,
    roles: [
      {
        code: 'P',
        labels: { en: 'Primary', sv: 'Primär', nl: 'Primair', fr: 'Principal' },
        color: ACCOUNTABLE,
        kind: 'accountable',
      },
      {
        code: 'S',
        labels: { en: 'Support', sv: 'Stöd', nl: 'Ondersteunend', fr: 'Support' },
        color: SUPPORTING,
        kind: 'supporting',
      },
    ],
  },
];

export type BuiltinVocabularyId = 'raci' | 'rasci' | 'oca' | 'primary-support';

/** Whether a stored vocabulary is a built-in one: editing it makes a custom copy for the workbook (store/roles.ts). */
export const isBuiltinVocabulary = (id: string): boolean => BUILTIN_VOCABULARIES.some((v) => v.id === id);

/** A built-in vocabulary as stored in a workbook, labelled in `language`. */
export function builtinVocabulary(id: BuiltinVocabularyId, language: Language): Vocabulary {
  const found = BUILTIN_VOCABULARIES.find((v) => v.id === id);
  if (!found) throw new Error(`unknown built-in vocabulary "${id}"`);
  return {
    id: found.id,
    name: found.name[language],
    combinable: found.combinable,
    roles: found.roles.map((r) => ({
      code: r.code,
      label: r.labels[language],
      labels: { ...r.labels },
      color: r.color,
      kind: r.kind,
    })),
  };
}

/** Role codes compare case-insensitively: "a" typed in a cell is the vocabulary's "A". */
export function findRole(vocabulary: Vocabulary, code: string): Role | undefined {
  const wanted = code.trim().toUpperCase();
  return vocabulary.roles.find((r) => r.code.toUpperCase() === wanted);
}

/** Roles in a cell are kept in vocabulary order, so "R,A" and "A,R" are the same assignment. */
export function normalizeRoleCodes(vocabulary: Vocabulary, codes: readonly string[]): string[] {
  const position = new Map(vocabulary.roles.map((r, i) => [r.code, i]));
  const canonical = codes.map((c) => findRole(vocabulary, c)?.code ?? c.trim());
  return [...new Set(canonical)].sort((a, b) => (position.get(a) ?? 1e9) - (position.get(b) ?? 1e9) || a.localeCompare(b));
}

/** How several roles in one cell are written everywhere — grid, clipboard, Excel, CSV: codes joined by "/", e.g. "R/A". */
export const ROLE_SEPARATOR = '/';
