/**
 * Role words in the languages we speak, mapped to the kind the rules use. Used to read legends ("A = Accountable",
 * "R: Utförande") and cells that hold words instead of letters ("Owner").
 */
import type { RoleKind } from '../../domain/vocabulary';

interface RoleWord {
  readonly kind: RoleKind;
  /** The letter such a role usually has. */
  readonly code: string;
}

const WORDS: ReadonlyArray<[string[], RoleWord]> = [
  [
    [
      'responsible',
      'responsable',
      'utförande',
      'utförare',
      'utför',
      'uitvoerend',
      'uitvoerder',
      'verantwoordelijk',
      'réalisateur',
      'realisateur',
      'does',
      'doer',
    ],
    { kind: 'responsible', code: 'R' },
  ],
  [
    ['accountable', 'ansvarig', 'eindverantwoordelijk', 'aansprakelijk', 'approbateur', 'approver', 'approves', 'autorité'],
    { kind: 'accountable', code: 'A' },
  ],
  [['consulted', 'consult', 'konsulterad', 'rådfrågad', 'geraadpleegd', 'consulté', 'consulte'], { kind: 'other', code: 'C' }],
  [['informed', 'inform', 'informerad', 'geïnformeerd', 'geinformeerd', 'informé', 'informe'], { kind: 'informed', code: 'I' }],
  [
    ['supporting', 'support', 'supports', 'stödjande', 'stöd', 'ondersteunend', 'ondersteuning', 'soutien'],
    { kind: 'supporting', code: 'S' },
  ],
  [['owner', 'owns', 'ägare', 'eigenaar', 'propriétaire', 'proprietaire'], { kind: 'accountable', code: 'O' }],
  [['contributor', 'contributes', 'bidragsgivare', 'bidrar', 'bijdrager', 'contributeur'], { kind: 'supporting', code: 'C' }],
  [['advisor', 'adviser', 'advises', 'rådgivare', 'adviseur', 'conseiller'], { kind: 'other', code: 'A' }],
  [['primary', 'lead', 'primär', 'primair', 'principal'], { kind: 'accountable', code: 'P' }],
  [['auxiliary', 'assists', 'assist'], { kind: 'supporting', code: 'A' }],
  [['verifies', 'verifier', 'verify', 'sign-off', 'signs off'], { kind: 'other', code: 'V' }],
];

const INDEX = new Map(WORDS.flatMap(([words, role]) => words.map((w) => [w, role] as const)));

/** The role a word names, if it is one we know ("Accountable", "ansvarig", "Owner "…). */
export function roleWord(text: string): RoleWord | undefined {
  return INDEX.get(
    text
      .trim()
      .toLowerCase()
      .replace(/[.:;]+$/, ''),
  );
}
