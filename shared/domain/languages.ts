/** The languages Engagebook speaks: UI, exports and templates. One list, used everywhere. */
export const LANGUAGES = ['en', 'sv', 'nl', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A text in every language; the type makes a missing translation a compile error. */
export type Localized = Readonly<Record<Language, string>>;
