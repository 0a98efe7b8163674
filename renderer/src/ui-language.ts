/**
 * Which language the UI speaks. A language the user picked in the toolbar wins and is remembered (localStorage, this
 * browser profile or desktop app); until then the UI follows the open workbook's language, so a Swedish proposal opens
 * in Swedish, and on the start screen it follows the system.
 */
import { isLanguage, type Language } from '../../shared/domain/languages';
import { pageStorage, readPreference, writePreference, type PageStorage } from './ui/storage';

export { pageStorage as browserStorage } from './ui/storage';

const CHOSEN_KEY = 'engagebook.uiLanguage';

export function chosenLanguage(storage: PageStorage | undefined): Language | null {
  const value = readPreference(storage, CHOSEN_KEY);
  return isLanguage(value) ? value : null;
}

export const rememberLanguage = (storage: PageStorage | undefined, language: Language): void =>
  writePreference(storage, CHOSEN_KEY, language);

/** The UI language: the user's choice, else the workbook's, else the system's, else English. */
export function uiLanguage(chosen: Language | null, workbook: Language | null | undefined, system: string | undefined): Language {
  const systemLanguage = system?.slice(0, 2);
  return chosen ?? workbook ?? (isLanguage(systemLanguage) ? systemLanguage : 'en');
}

/** The UI language for the page now: the remembered choice, else `workbook` (the open one's), else the system's. */
export const preferredLanguage = (workbook: Language | null): Language =>
  uiLanguage(chosenLanguage(pageStorage()), workbook, typeof navigator === 'undefined' ? undefined : navigator.language);
