/**
 * Which language the UI speaks. A language the user picked in the toolbar wins and is remembered (localStorage, this
 * browser profile or desktop app); until then the UI follows the open workbook's language, so a Swedish proposal opens
 * in Swedish, and on the start screen it follows the system.
 */
import { isLanguage, type Language } from '../../shared/domain/languages';

const CHOSEN_KEY = 'engagebook.uiLanguage';

/** The part of the Web Storage API used here, so tests can pass a Map-backed one. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function chosenLanguage(storage: LanguageStorage | undefined): Language | null {
  try {
    const value = storage?.getItem(CHOSEN_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage refused (a locked-down profile): nothing chosen
  }
}

export function rememberLanguage(storage: LanguageStorage | undefined, language: Language): void {
  try {
    storage?.setItem(CHOSEN_KEY, language);
  } catch {
    // Not remembered across sessions; the UI still switches now.
  }
}

/** The UI language: the user's choice, else the workbook's, else the system's, else English. */
export function uiLanguage(
  chosen: Language | null,
  workbook: Language | null | undefined,
  system: string | undefined,
): Language {
  const systemLanguage = system?.slice(0, 2);
  return chosen ?? workbook ?? (isLanguage(systemLanguage) ? systemLanguage : 'en');
}

/** localStorage where the page has it (not in Node tests). */
export const browserStorage = (): LanguageStorage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;
