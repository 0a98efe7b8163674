/** The languages Engagebook speaks: UI, exports and templates. One list, used everywhere. */
export const LANGUAGES = ['en', 'sv', 'nl', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A text in every language; the type makes a missing translation a compile error. */
export type Localized = Readonly<Record<Language, string>>;

/** Each language by its own name, as people look for it in a list whatever language the UI is in. */
export const LANGUAGE_NAMES: Localized = { en: 'English', sv: 'Svenska', nl: 'Nederlands', fr: 'Français' };
