/** How roles appear in the export: dropdown values, the order colours apply in, and the live check. */
import type { Cell } from '../../../../shared/domain/document';
import type { Language } from '../../../../shared/domain/languages';
import { findRole, type Role, type RoleKind, type Vocabulary } from '../../../../shared/domain/vocabulary';
import { ROLE_SEPARATOR } from '../layout';

/** Single roles, then — where the vocabulary combines — each responsible role paired with each accountable one ("R/A"). */
export function dropdownValues(vocabulary: Vocabulary): string[] {
  const singles = vocabulary.roles.map((r) => r.code);
  if (!vocabulary.combinable) return singles;
  const responsible = vocabulary.roles.filter((r) => r.kind === 'responsible');
  const accountable = vocabulary.roles.filter((r) => r.kind === 'accountable');
  return [...singles, ...responsible.flatMap((r) => accountable.map((a) => `${r.code}${ROLE_SEPARATOR}${a.code}`))];
}

const KIND_PRIORITY: readonly RoleKind[] = ['accountable', 'responsible', 'supporting', 'other', 'informed'];

/** Colour rules apply in this order, so "R/A" is coloured as accountable, the role that matters most. */
export function rolesByPriority(vocabulary: Vocabulary): Role[] {
  return [...vocabulary.roles].sort((a, b) => KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind));
}

export function labelsOfKind(vocabulary: Vocabulary, kind: RoleKind, language: Language): string {
  return vocabulary.roles
    .filter((r) => r.kind === kind)
    .map((r) => r.labels[language] || r.label)
    .join('/');
}

export type CheckOutcome = 'empty' | 'noAccountable' | 'multipleAccountable' | 'noResponsible' | 'ok';

/**
 * The same decision the check formula makes in Excel, computed here to store as the formula's cached result (readers
 * that do not recalculate show it). Mirrors `checkFormula` exactly; the tests compare the two through LibreOffice.
 */
export function checkOutcome(vocabulary: Vocabulary, cells: readonly Cell[], partyIds: readonly string[]): CheckOutcome {
  const filled = cells.filter((c) => partyIds.includes(c.partyId) && c.roles.length > 0);
  if (filled.length === 0) return 'empty';
  const count = (kind: RoleKind) =>
    filled.reduce((n, c) => n + c.roles.filter((code) => findRole(vocabulary, code)?.kind === kind).length, 0);
  const hasKind = (kind: RoleKind) => vocabulary.roles.some((r) => r.kind === kind);
  if (hasKind('accountable')) {
    const accountable = count('accountable');
    if (accountable === 0) return 'noAccountable';
    if (accountable > 1) return 'multipleAccountable';
  }
  if (hasKind('responsible') && count('responsible') === 0) return 'noResponsible';
  return 'ok';
}
