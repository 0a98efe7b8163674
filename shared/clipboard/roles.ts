/**
 * Reading a pasted cell's text as roles of a vocabulary: codes as people type them, or role labels in any language.
 * Both ways of pasting (onto cells by position, and rows by title: ./rows.ts) read cells through here.
 */
import { looseText } from '../domain/references';
import { normalizeRoleCodes, type Vocabulary } from '../domain/vocabulary';
import { parseRoleText, type ParsedRoles } from '../import/role-text';
import { unescapeFormula } from './formula';

export type PasteProblemReason =
  /** Some of the text is not a role code or label of the vocabulary; `unknown` lists those parts. */
  | 'unknown-role'
  /** Several roles in one cell where the vocabulary allows only one. */
  | 'not-combinable';

// Built once per vocabulary object: a paste of many unreadable cells would otherwise rebuild it for each.
const labelIndexes = new WeakMap<Vocabulary, Map<string, Set<string>>>();

function labelIndex(vocabulary: Vocabulary): Map<string, Set<string>> {
  const cached = labelIndexes.get(vocabulary);
  if (cached) return cached;
  const index = new Map<string, Set<string>>();
  for (const role of vocabulary.roles) {
    for (const label of [role.label, ...Object.values(role.labels)]) {
      if (!label.trim()) continue;
      const codes = index.get(looseText(label)) ?? new Set<string>();
      index.set(looseText(label), codes.add(role.code));
    }
  }
  labelIndexes.set(vocabulary, index);
  return index;
}

/**
 * The roles a pasted text names. Codes as people type them ("A/R", "a, r", "AR") are read by parseRoleText; what it
 * cannot read is tried as role labels in any of the vocabulary's languages ("Accountable", "Ansvarig / Utförande"),
 * compared without case, spacing or Unicode composition differences. A label two roles share is not guessed. Empty
 * text means no roles.
 */
export function readRoleText(text: string, vocabulary: Vocabulary): ParsedRoles {
  const plain = unescapeFormula(text.trim()).trim();
  const byCode = parseRoleText(plain, vocabulary);
  if (byCode.unknown.length === 0) return byCode;
  // Labels may hold spaces ("Sign off"), so split only on the separators that cannot be part of one.
  const labels = labelIndex(vocabulary);
  const roles: string[] = [];
  for (const part of plain.split(/[/,;+&|\n]+/).filter((p) => p.trim())) {
    const codes = labels.get(looseText(part));
    if (codes?.size === 1) roles.push(...codes);
    else {
      const parsed = parseRoleText(part, vocabulary);
      if (parsed.unknown.length > 0) return byCode;
      roles.push(...parsed.roles);
    }
  }
  return { roles: normalizeRoleCodes(vocabulary, roles), unknown: [] };
}

/** A pasted cell read for the grid: the roles to set, or why it cannot be set (then `unknown` lists what was not read). */
export type ReadCell =
  | { readonly roles: string[]; readonly reason: null }
  | { readonly roles: string[]; readonly reason: PasteProblemReason; readonly unknown: string[] };

export function readCell(text: string, vocabulary: Vocabulary): ReadCell {
  const { roles, unknown } = readRoleText(text, vocabulary);
  if (unknown.length > 0) return { roles, reason: 'unknown-role', unknown };
  if (roles.length > 1 && !vocabulary.combinable) return { roles, reason: 'not-combinable', unknown };
  return { roles, reason: null };
}

/** Whether two role lists hold the same roles, in any order. */
export const sameRoles = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && b.every((r) => a.includes(r));
