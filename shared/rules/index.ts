/** All rules over a workbook, localised. Pure: the grid runs this on every edit, the CLI in `validate`. */
import type { Content } from '../domain/document';
import type { Language } from '../domain/languages';
import { translator } from '../i18n/messages';
import type { Finding } from './finding';
import { checkMatrix } from './matrix-rules';
import { checkScope } from './scope-rules';

export type { Finding, FindingLocation, RuleId, Severity } from './finding';

export function validateContent(content: Content, language: Language = content.language): Finding[] {
  const t = translator(language);
  const raw = [...content.matrices.flatMap((m) => checkMatrix(content, m, language)), ...checkScope(content, t)];
  return raw.map(({ rule, severity, location, messageKey, params }) => ({
    rule,
    severity,
    location,
    message: t(messageKey, params),
  }));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
