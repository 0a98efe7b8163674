/**
 * What a label looks like, in any of the languages clients write: an ID ("#", "1.1", "T-01"), a number or a date
 * (never a party's name), a short name (a person, a team, a job title, a kebab-case role id) or a phrase (an activity:
 * several words, often starting with a verb). Orientation and column choices are decided on these looks, not on which
 * side of the table is longer.
 */
import { clean, tidy } from './hygiene';

/** Headings of a numbering column: "#", "No.", "Nr", "ID", "Step Id", "№", "Nº", "Ref", "Item". */
const ID_HEADING =
  /^(#|№|n[º°o]\.?|no\.?|nr\.?|num(ber)?\.?|nummer|número|numero|номер|id|ref\.?|item|(step|task|activity|row|item|req|requirement|process)[\s_-]*(id|no\.?|nr\.?|#|number))$/i;

/** "12", "1.1", "1.2.3", "4)", "T-01", "REQ-12", "A1", "L1", "1a", "II.3": a numbering, not a name or a title. */
const ID_VALUE =
  /^(\d+([.)]|(\.\d+)+\.?)?|\d+[a-z]|([A-Z]{1,4}[-_.]?|[a-z]{1,4}[-_.])\d+([.-]\d+)*|[IVXivx]{1,5}([.)]|\.\d+(\.\d+)*))$/;

/** Numbers with units, percentages, money, times: "15 min", "4 h", "99.9 %", "€ 1,200", "24/7". */
const NUMERIC = /^[-+~<>≤≥]?\s*[€$£]?\s*\d[\d\s.,:/]*\s*(%|[a-zа-я€$£]{0,5}\.?)$/i;

/** Dates and weeks: "2026-01-31", "31.01.2026", "1/31/26", "Q3 2026", "W12", "Jan 2026". */
const DATE =
  /^(\d{4}-\d{1,2}(-\d{1,2})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|q[1-4]\s*\d{2,4}|w(k|eek)?\s?\d{1,2}|[a-zé]{3,9}\.?\s+\d{4})$/i;

export function isIdHeading(text: string): boolean {
  return ID_HEADING.test(clean(text));
}

export function isIdValue(text: string): boolean {
  return ID_VALUE.test(clean(text));
}

/** A number, an ID, a date, a time or an amount: something that can never be a party's name. */
export function isNumbering(text: string): boolean {
  const t = clean(text);
  return t !== '' && (ID_VALUE.test(t) || NUMERIC.test(t) || DATE.test(t));
}

// Verbs that start activity titles, in the languages clients write (infinitives and imperatives; lower case).
const VERBS = new Set(
  [
    // en
    'define approve review create prepare manage plan build test deploy run monitor maintain update write deliver ' +
      'set sign agree develop design implement configure install provide report analyse analyze assess collect ' +
      'conduct coordinate decide document draft ensure escalate establish evaluate identify inform kick launch ' +
      'measure migrate obtain organise organize perform prioritise prioritize publish schedule select send submit ' +
      'support track train validate verify hold share handle close open communicate confirm check book order ' +
      'negotiate estimate allocate onboard recruit hire pay invoice',
    // sv
    'definiera godkänna granska skapa förbereda hantera planera bygga testa driftsätta övervaka underhålla ' +
      'uppdatera skriva leverera ta sätta fastställa genomföra utveckla utforma konfigurera rapportera besluta ' +
      'dokumentera säkerställa samordna utvärdera informera upprätta välja skicka följa utbilda validera verifiera boka',
    // nl
    'definiëren definieren goedkeuren beoordelen maken opstellen voorbereiden beheren plannen bouwen testen ' +
      'uitrollen bewaken onderhouden bijwerken schrijven leveren vaststellen uitvoeren ontwikkelen ontwerpen ' +
      'configureren rapporteren besluiten documenteren zorgen coördineren evalueren informeren kiezen versturen ' +
      'opleiden valideren controleren',
    // fr
    'définir definir approuver valider examiner créer creer préparer preparer gérer gerer planifier construire ' +
      'tester déployer deployer surveiller maintenir mettre rédiger rediger livrer fixer établir etablir réaliser ' +
      'realiser développer developper concevoir configurer rapporter décider decider documenter assurer ' +
      'coordonner évaluer evaluer informer choisir envoyer suivre former vérifier verifier organiser signer',
    // de
    'definieren genehmigen prüfen pruefen erstellen vorbereiten verwalten planen bauen testen bereitstellen ' +
      'überwachen warten aktualisieren schreiben liefern festlegen durchführen entwickeln entwerfen ' +
      'konfigurieren berichten entscheiden dokumentieren sicherstellen koordinieren bewerten informieren ' +
      'auswählen senden schulen validieren abnehmen freigeben',
    // pt
    'definir aprovar rever revisar criar preparar gerir gerenciar planejar planear construir testar implantar ' +
      'monitorar manter atualizar escrever entregar estabelecer realizar desenvolver projetar configurar relatar ' +
      'decidir documentar garantir coordenar avaliar informar escolher enviar acompanhar treinar validar verificar',
  ]
    .join(' ')
    .split(/\s+/),
);

// Words that make a label a party — a role, a team, an organisation — in the languages clients write (lower case; a
// word starting with one counts, so "Projektleiterin", "leverantören" and "Руководителя" do too).
const PARTY_WORDS = (
  'manager lead owner engineer analyst director officer architect team department committee board customer client ' +
  'vendor supplier provider partner sponsor consultant developer tester admin administrator coordinator specialist ' +
  'head chief steward controller auditor assistant operator designer expert user group office desk unit staff ' +
  // sv
  'projektledare kund leverantör beställare styrgrupp ledningsgrupp förvaltare ägare chef avdelning ansvarig ' +
  'samordnare utvecklare testare arkitekt konsult användare ' +
  // nl
  'klant leverancier opdrachtgever projectleider afdeling stuurgroep beheerder eigenaar ontwikkelaar leverancier ' +
  // fr
  'fournisseur équipe direction chef prestataire maître donneur responsable pilote comité utilisateur ' +
  // de
  'kunde lieferant auftraggeber auftragnehmer projektleiter abteilung leiter lenkungsausschuss entwickler berater ' +
  // pt
  'cliente fornecedor gerente equipe equipa diretor coordenador gestor patrocinador utilizador usuário ' +
  // ru
  'заказчик подрядчик руководител менеджер отдел команд исполнител поставщик директор владел администратор ' +
  'аналитик архитектор разработчик тестировщик куратор спонсор пользовател'
)
  .split(/\s+/)
  .filter(Boolean);

/** A word that is, or inflects (at most two letters more), one of the party words. */
function partyWord(w: string): boolean {
  const word = w.toLowerCase();
  return PARTY_WORDS.some((p) => word === p || (p.length >= 5 && word.startsWith(p) && word.length - p.length <= 2));
}

/**
 * Whether a label names a role or a team: its head word is a party word — the last one ("Project manager", "IT
 * department"), or the first one before a preposition or a genitive ("Head of Finance", "Руководитель проекта").
 */
function namesParty(words: readonly string[]): boolean {
  if (partyWord(words[words.length - 1]!)) return true;
  return partyWord(words[0]!) && (words.length <= 2 || /^(of|for|de|du|des|van|voor|för|für|der|do|da|для)$/i.test(words[1]!));
}

/** A Russian infinitive ("Утвердить", "Подготовить") or verbal noun ("Согласование", "Подготовка"). */
const RUSSIAN_ACTION = /^[а-яё]+(ть|ти|чь|ться|ние|ание|ение|ция|ка)$/i;
/** English gerunds and action nouns ("Planning", "Approval" are weak hints only, so they are not here). */
const GERUND = /^[a-z]{3,}ing$/i;

/** The label without a parenthesised remark: "Anna Berg (Project lead)" looks like "Anna Berg". */
function core(text: string): string {
  // Tidied, not cleaned: folding look-alikes would turn a Cyrillic word into a mix of scripts.
  return tidy(text)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How much a label reads like an activity (a phrase) rather than a party (a name), from 0 to 1. A number, an ID or a
 * date scores 1: it is certainly not a party.
 */
export function phraseScore(text: string): number {
  if (isNumbering(text)) return 1;
  // "Anna Berg (Project lead)": a person with their role in parentheses.
  const remark = /\(([^)]*)\)/.exec(tidy(text))?.[1]?.split(/\s+/).filter(Boolean);
  if (remark?.length && namesParty(remark)) return 0;
  const label = core(text);
  if (!label) return 0.5;
  // kebab-case and snake_case role ids ("project-manager", "cloud_ops") are names.
  if (/^[a-z0-9]+([-_][a-z0-9]+)+$/.test(label)) return 0;
  const words = label.split(/\s+/);
  const first = words[0]!.toLowerCase();
  const verb = VERBS.has(first) || RUSSIAN_ACTION.test(first) || GERUND.test(first);
  // "Project manager", "Head of Finance", "IT department": a role or a team, unless a verb starts the phrase.
  if (!verb && words.length <= 4 && namesParty(words)) return 0;
  // Acronyms ("PM", "IT", "QA", "CISO") are teams or roles.
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(label)) return 0;
  let score = words.length >= 5 ? 1 : words.length === 4 ? 0.85 : words.length === 3 ? 0.6 : words.length === 2 ? 0.3 : 0.15;
  if (verb) score = Math.max(score, words.length >= 2 ? 0.9 : 0.6);
  if (label.length > 40) score = Math.max(score, 0.9);
  return score;
}

/** The mean phrase score of labels, read from at most `limit` of them (the rest say nothing new). */
export function meanPhraseScore(labels: readonly string[], limit = 200): number {
  const sample = labels.slice(0, limit);
  if (sample.length === 0) return 0.5;
  return sample.reduce((sum, label) => sum + phraseScore(label), 0) / sample.length;
}

/** Share of labels that are numbers, IDs or dates. */
export function numberingShare(labels: readonly string[], limit = 200): number {
  const sample = labels.slice(0, limit).filter(Boolean);
  if (sample.length === 0) return 0;
  return sample.filter(isNumbering).length / sample.length;
}
