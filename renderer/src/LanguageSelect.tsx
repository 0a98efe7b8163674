/** The UI language switch, languages by their own names; a choice here is remembered and outranks the workbook's
 * language (ui-language.ts). The workbook's own language is a property of the document. */
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../shared/domain/languages';
import { rememberLanguage } from './ui-language';
import { pageStorage } from './ui/storage';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      {t('ui.language')}{' '}
      <select
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) rememberLanguage(pageStorage(), e.target.value);
          void i18n.changeLanguage(e.target.value);
        }}
        aria-label={t('ui.language')}
      >
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
