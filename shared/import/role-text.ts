/**
 * Reading the roles a person typed into a cell: "R/A", "r, a", "A+R" or "RA" all mean R and A in RACI. What is not a
 * role of the vocabulary is returned separately, never dropped silently.
 */
import { findRole, normalizeRoleCodes, type Vocabulary } from '../domain/vocabulary';

export interface ParsedRoles {
  readonly roles: string[];
  readonly unknown: string[];
}

export function parseRoleText(text: string, vocabulary: Vocabulary): ParsedRoles {
  const roles: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[\s/,;+&|]+/).filter(Boolean)) {
    if (findRole(vocabulary, token)) roles.push(token);
    else if (token.length > 1 && [...token].every((ch) => findRole(vocabulary, ch))) roles.push(...token);
    else unknown.push(token);
  }
  return { roles: normalizeRoleCodes(vocabulary, roles), unknown };
}
