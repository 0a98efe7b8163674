/** All rules over a workbook, localised. Pure: the CLI runs this in `validate`; the UI keeps them current with
 * FindingsIndex (./incremental), which checks only what an edit touched and gives the same findings. */
import type { Content } from '../domain/document';
import type { Language } from '../domain/languages';
import { translator } from '../i18n/messages';
import type { Finding } from './finding';
import { localize } from './localize';
import { checkMatrix } from './matrix-rules';
import { checkScope } from './scope-rules';

export type { Finding, FindingLocation, RuleId, Severity } from './finding';
export { FindingsIndex } from './incremental';

export function validateContent(content: Content, language: Language = content.language): Finding[] {
  const t = translator(language);
  const raw = [...content.matrices.flatMap((m) => checkMatrix(content, m, language)), ...checkScope(content, t)];
  return raw.map(localize(t));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
