/**
 * Localised messages for every part of the app, from one set of locale files. Runs anywhere (CLI, Electron, browser).
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from '../domain/languages';
import { LANGUAGES } from '../domain/languages';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { nl } from './locales/nl';
import { sv } from './locales/sv';

export type MessageKey = keyof typeof en;
/** A locale must translate every key; the compiler rejects a missing or unknown one. */
export type Messages = { readonly [K in MessageKey]: string };

export const LOCALES: Readonly<Record<Language, Messages>> = { en, sv, nl, fr };

/** A message with plural forms is asked for by its key without the suffix (`x_one`, `x_other` → `x`) and a `count`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey | PluralKey, params?: MessageParams) => string;

const instance: i18n = i18next.createInstance();
void instance.init({
  initAsync: false,
  showSupportNotice: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  keySeparator: false,
  nsSeparator: false,
  // Messages end up in plain text, Excel cells and React (which escapes on its own): never HTML-escape here.
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: LOCALES[l] }])),
});

export function translator(language: Language): Translate {
  const t = instance.getFixedT(language);
  return (key, params) => t(key, params ?? {});
}
