/**
 * Reading the roles a person typed into a cell — the one reading behind every way roles come in (a returned export,
 * a client's own sheet, paste): codes ("R/A", "r, a", "A+R", "RA" all mean R and A in RACI), role words in any of our
 * languages ("Accountable", "Bidragsgivare"), and words combined ("Responsible / Accountable", "Accountable &
 * Responsible", "Ansvarig och Utförande"). What is not a role is returned separately, never dropped silently.
 */
import { findRole, normalizeRoleCodes, type Vocabulary } from '../domain/vocabulary';
import { roleWord } from './detect/role-words';

export interface ParsedRoles {
  readonly roles: string[];
  readonly unknown: string[];
}

/** What a reading knows: the code a word names, and the codes a typed token holds (undefined: not a role). */
export interface RoleLookup {
  /** A role word or label, which may have several words ("Sign off") → its code. */
  word(text: string): string | undefined;
  /** A typed code or a run of codes ("r", "RA") → its codes. */
  codes(token: string): readonly string[] | undefined;
}

// Between two roles: punctuation a label cannot hold, or "and" in one of our languages.
const BETWEEN_ROLES = /\s*[/,;+&|\n]\s*|\s+(?:and|och|en|et)\s+/i;

/** Reads `text` with `lookup`: as a whole, then each part between separators, then each word of a part. */
export function readRoleParts(text: string, lookup: RoleLookup): ParsedRoles {
  const plain = text.normalize('NFC').trim();
  const roles: string[] = [];
  const unknown: string[] = [];
  if (!plain) return { roles, unknown };
  const whole = lookup.word(plain);
  if (whole) return { roles: [whole], unknown };
  for (const part of plain.split(BETWEEN_ROLES).filter(Boolean)) {
    const named = lookup.word(part);
    if (named) {
      roles.push(named);
      continue;
    }
    for (const token of part.split(/\s+/).filter(Boolean)) {
      const word = lookup.word(token);
      const codes = lookup.codes(token) ?? (word ? [word] : undefined);
      if (codes) roles.push(...codes);
      else unknown.push(token);
    }
  }
  return { roles, unknown };
}

// Labels compare without case, spacing or Unicode composition differences ("Geïnformeerd" typed either way).
const labelKey = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

// Built once per vocabulary object: an import of thousands of cells would otherwise rebuild it for each.
const lookups = new WeakMap<Vocabulary, RoleLookup>();

/**
 * A vocabulary's roles by code and by label in each of its languages; other role words we know ("Responsable",
 * "Owner") count when the vocabulary has a role of that letter and kind. A label two roles share is not guessed.
 */
function vocabularyLookup(vocabulary: Vocabulary): RoleLookup {
  const cached = lookups.get(vocabulary);
  if (cached) return cached;
  const labels = new Map<string, Set<string>>();
  for (const role of vocabulary.roles) {
    for (const label of [role.label, ...Object.values(role.labels)]) {
      if (label.trim()) labels.set(labelKey(label), (labels.get(labelKey(label)) ?? new Set()).add(role.code));
    }
  }
  const lookup: RoleLookup = {
    word(text) {
      const codes = labels.get(labelKey(text));
      if (codes) return codes.size === 1 ? [...codes][0] : undefined;
      const known = roleWord(text);
      const role = known && findRole(vocabulary, known.code);
      return role && role.kind === known.kind ? role.code : undefined;
    },
    codes(token) {
      const role = findRole(vocabulary, token);
      if (role) return [role.code];
      if (token.length > 1 && [...token].every((ch) => findRole(vocabulary, ch))) return [...token];
      return undefined;
    },
  };
  lookups.set(vocabulary, lookup);
  return lookup;
}

export function parseRoleText(text: string, vocabulary: Vocabulary): ParsedRoles {
  const { roles, unknown } = readRoleParts(text, vocabularyLookup(vocabulary));
  return { roles: normalizeRoleCodes(vocabulary, roles), unknown };
}
