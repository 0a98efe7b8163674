/**
 * The vocabulary legend: each role's letter in the UI language (its code, unless shared/domain/role-letters.ts
 * localises it), colour and name in the UI language, and whether a cell may hold several
 * roles. One wrapping line of chips, so it fits under the grid without taking rows away from it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../shared/domain/languages';
import { roleLetters } from '../../shared/domain/role-letters';
import type { Role, Vocabulary } from '../../shared/domain/vocabulary';
import './workload.css';

export interface LegendProps {
  readonly vocabulary: Vocabulary;
}

/**
 * A role's name in the UI language. `labels` may be empty for a language a custom vocabulary never named, so fall back to
 * `label`, the name in the workbook's own language (the same rule as the grid's cell names).
 */
export function roleLabel(role: Role, language: string): string {
  return (isLanguage(language) && role.labels[language]) || role.label;
}

export function Legend({ vocabulary }: LegendProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const letters = roleLetters(vocabulary, isLanguage(i18n.language) ? i18n.language : 'en');
  return (
    <section className="legend" aria-labelledby={titleId}>
      {/* The heading alone names the region, so tests and screen readers find it as "Legend" whatever the vocabulary. */}
      <h2 id={titleId} className="legend-title">
        {t('ui.legend.title')}
      </h2>
      <span className="legend-vocabulary">{vocabulary.name}</span>
      <ul className="legend-roles">
        {vocabulary.roles.map((role) => (
          <li key={role.code} className="legend-role">
            <span className="legend-swatch" style={{ background: role.color }} aria-hidden="true" />
            <strong className="legend-code">{letters.letterOf(role.code)}</strong> {roleLabel(role, i18n.language)}
          </li>
        ))}
      </ul>
      <p className="legend-combination">{t(vocabulary.combinable ? 'ui.legend.combinable' : 'ui.legend.single')}</p>
    </section>
  );
}
