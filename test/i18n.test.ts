import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/domain/languages';
import { BUILTIN_VOCABULARIES } from '../shared/domain/vocabulary';
import { LOCALES, translator } from '../shared/i18n/messages';
import { en } from '../shared/i18n/locales/en';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Texts that are the same in every language: international unit symbols and the universal "OK". */
const INTERNATIONAL: ReadonlySet<string> = new Set(['export.duration.minutes', 'export.check.ok', 'ui.cellName']);
/** Words a language shares with English: Swedish "cell" is "cell". */
const SAME_WORD: Readonly<Record<string, ReadonlySet<string>>> = { sv: new Set(['step.cells_one']) };
const hasWords = (s: string) => /[a-z]{3}/.test(s.replace(/\{\{\w+\}\}/g, ''));

describe('message locales', () => {
  for (const language of ['sv', 'nl', 'fr'] as const) {
    it(`${language} has every key, the same placeholders, and no English left`, () => {
      const messages = LOCALES[language];
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        const translated = messages[key as keyof typeof en];
        expect(placeholders(translated), `${language} ${key}`).toEqual(placeholders(value));
        if (hasWords(value) && !INTERNATIONAL.has(key) && !SAME_WORD[language]?.has(key))
          expect(translated, `${language} ${key}`).not.toBe(value);
      }
    });
  }

  it('interpolates without HTML escaping', () => {
    const t = translator('en');
    expect(t('rule.unassignedActivity', { activity: 'R&D <setup>' })).toBe('"R&D <setup>" has no roles assigned yet.');
  });

  it('labels every built-in role in every language', () => {
    for (const vocabulary of BUILTIN_VOCABULARIES) {
      for (const role of vocabulary.roles) {
        for (const language of LANGUAGES)
          expect(role.labels[language].length, `${vocabulary.id} ${role.code}`).toBeGreaterThan(0);
      }
    }
  });
});
