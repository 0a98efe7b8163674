/** The UI speaks the same locale files as the exports and the rules (shared/i18n/locales). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../../shared/domain/languages';
import { LOCALES } from '../../shared/i18n/messages';

export function startI18n(language: string): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: isLanguage(language) ? language : 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    keySeparator: false,
    nsSeparator: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(LANGUAGES.map((l: Language) => [l, { translation: LOCALES[l] }])),
  });
  return i18next;
}
