/**
 * Which findings belong next to which scope field, and the findings of a scope still being typed: the scope rules are
 * few and cheap, so the editor runs them on the draft at every keystroke, and the field shows what saving would show.
 */
import type { Content, SupportScope } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import { translator } from '../../../shared/i18n/messages';
import type { Finding } from '../../../shared/rules';
import { localize } from '../../../shared/rules/localize';
import { checkScope } from '../../../shared/rules/scope-rules';

/** Findings of the scope as typed (the saved one with `draft` on top), in the UI's language. */
export function draftFindings(doc: Content, draft: Partial<SupportScope>, language: Language): Finding[] {
  if (!doc.scope) return [];
  const t = translator(language);
  return checkScope({ ...doc, scope: { ...doc.scope, ...draft } }, t).map(localize(t));
}

/** The findings at one place of the scope: `coverage`, `sla.1`, `serviceLevels.L1.<id>`… */
export function findingsAt(findings: readonly Finding[], place: string): Finding[] {
  return findings.filter((f) => f.location.scope === place);
}

/** Where a service's findings point (see shared/rules/scope-rules.ts). */
export const servicePlace = (list: string, serviceId: string) =>
  list === 'management' ? `serviceManagement.${serviceId}` : `serviceLevels.${list}.${serviceId}`;
