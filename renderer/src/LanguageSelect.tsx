/** The UI language switch (en/sv/nl/fr); the workbook's own language is a property of the document. */
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../shared/domain/languages';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      {t('ui.language')}{' '}
      <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('ui.language')}>
        <LanguageOptions />
      </select>
    </label>
  );
}

/** The four languages as options, each by its own name ("Svenska"), for every language picker. */
export function LanguageOptions() {
  return LANGUAGES.map((l) => (
    <option key={l} value={l}>
      {LANGUAGE_NAMES[l]}
    </option>
  ));
}
