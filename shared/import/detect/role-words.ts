/**
 * Role words in the languages we speak, mapped to the kind the rules use. Used to read legends ("A = Accountable",
 * "R: Utförande") and cells that hold words instead of letters ("Owner").
 */
import type { RoleKind } from '../../domain/vocabulary';
import { clean } from './hygiene';

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
      // German: "Verantwortlich" is the R of a German RACI (Durchführungsverantwortung); A is "Rechenschaftspflichtig".
      'verantwortlich',
      'durchführend',
      'durchführung',
      'réalise',
      'realise',
      'réalisation',
      'ausführend',
      // Russian: "Исполнитель" does the work (R); "Ответственный" answers for it (A), as Russian RACI charts use them.
      'исполнитель',
      'исполняет',
      'responsável',
      'responsavel',
      'executa',
      'executor',
      'execução',
      'executante',
    ],
    { kind: 'responsible', code: 'R' },
  ],
  [
    [
      'accountable',
      'ansvarig',
      'eindverantwoordelijk',
      'aansprakelijk',
      'approbateur',
      'approver',
      'approves',
      'autorité',
      'rechenschaftspflichtig',
      'verantwortung',
      'approuve',
      'genehmigend',
      'genehmiger',
      'entscheidend',
      'entscheider',
      'ответственный',
      'утверждающий',
      'утверждает',
      'aprovador',
      'aprova',
      'autoridade',
      'sign-off',
      'sign off',
      'signs off',
    ],
    { kind: 'accountable', code: 'A' },
  ],
  [
    [
      'consulted',
      'consult',
      'konsulterad',
      'rådfrågad',
      'geraadpleegd',
      'consulté',
      'consulte',
      'konsultiert',
      'mitwirkend',
      'befragt',
      'beratend',
      'консультирует',
      'консультант',
      'консультируемый',
      'consultado',
      'reviewer',
      'reviews',
      'review',
    ],
    { kind: 'other', code: 'C' },
  ],
  [
    [
      'informed',
      'inform',
      'informerad',
      'geïnformeerd',
      'geinformeerd',
      'informé',
      'informe',
      'informiert',
      'information',
      'информируется',
      'информируемый',
      'информирование',
      'informado',
    ],
    { kind: 'informed', code: 'I' },
  ],
  [
    [
      'supporting',
      'support',
      'supports',
      'stödjande',
      'stöd',
      'ondersteunend',
      'ondersteuning',
      'soutien',
      'unterstützend',
      // The M of a German D/V/M/I chart (Durchführung, Verantwortung, Mitwirkung, Information) works along: support.
      'mitwirkung',
      'unterstützung',
      'поддержка',
      'поддерживает',
      'apoio',
      'suporte',
      'secondary',
      'sekundär',
      'secundair',
      'secondaire',
    ],
    { kind: 'supporting', code: 'S' },
  ],
  [
    ['owner', 'owns', 'ägare', 'eigenaar', 'propriétaire', 'proprietaire', 'eigentümer', 'владелец', 'dono'],
    { kind: 'accountable', code: 'O' },
  ],
  [['contributor', 'contributes', 'bidragsgivare', 'bidrar', 'bijdrager', 'contributeur'], { kind: 'supporting', code: 'C' }],
  [['advisor', 'adviser', 'advises', 'rådgivare', 'adviseur', 'conseiller'], { kind: 'other', code: 'A' }],
  [
    [
      'primary',
      'lead',
      'primär',
      'primärt',
      'huvudansvar',
      'huvudansvarig',
      'primair',
      'principal',
      'leitend',
      'leitung',
      'ведущий',
      'líder',
      'lider',
    ],
    { kind: 'accountable', code: 'P' },
  ],
  [['auxiliary', 'assists', 'assist', 'auxiliar', 'вспомогательный'], { kind: 'supporting', code: 'A' }],
  [['verifies', 'verifier', 'verify'], { kind: 'other', code: 'V' }],
];

// Keys folded the way codes are read (a Cyrillic "С" typed for "C"), so a word matches however its look-alikes were
// typed; the folding is only for finding the word, never for text that is kept.
export const wordKey = (text: string) =>
  clean(text.toUpperCase())
    .toLowerCase()
    .replace(/[.:;]+$/, '');

const INDEX = new Map(WORDS.flatMap(([words, role]) => words.map((w) => [wordKey(w), role] as const)));

/**
 * Role words that are as often a party's name: "Исполнитель" is the R of a Russian RACI and also "the contractor" of
 * every Russian contract (Заказчик / Исполнитель). A cell or heading holding one is read as a role only when the sheet's
 * legend defines the word.
 */
const NAMES_TOO = new Set(['исполнитель'].map(wordKey));

export function isAlsoAName(text: string): boolean {
  return NAMES_TOO.has(wordKey(text.normalize('NFC')));
}

/** The role a word names, if it is one we know ("Accountable", "ansvarig", "Owner "…). */
export function roleWord(text: string): RoleWord | undefined {
  return INDEX.get(wordKey(text.normalize('NFC')));
}
