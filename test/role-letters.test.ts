import { describe, expect, it } from 'vitest';
import { readRoleText } from '../shared/clipboard/roles';
import { LANGUAGES } from '../shared/domain/languages';
import { lettersText, lettersToCodes, localisedLetters, roleLetters } from '../shared/domain/role-letters';
import { BUILTIN_VOCABULARIES, builtinVocabulary, type BuiltinVocabularyId } from '../shared/domain/vocabulary';

const oca = builtinVocabulary('oca', 'sv');

describe('role letters', () => {
  it('shows Swedish O/C/A as Ä/B/R and reads them back as the stored codes', () => {
    const letters = roleLetters(oca, 'sv');
    expect(letters.localised).toBe(true);
    expect(['O', 'C', 'A'].map((c) => letters.letterOf(c))).toEqual(['Ä', 'B', 'R']);
    expect(letters.codeOf('b')).toBe('C');
    expect(letters.codeOf('ä')).toBe('O');
    // A code that is no Swedish letter still works, for a colleague who types the codes.
    expect(letters.codeOf('O')).toBe('O');
    expect(lettersText(letters, ['O'])).toBe('Ä');
  });

  it('keeps the codes in English, where the letters are the codes', () => {
    const letters = roleLetters(builtinVocabulary('oca', 'en'), 'en');
    expect(letters.localised).toBe(false);
    expect(letters.letterOf('O')).toBe('O');
    expect(letters.codeOf('c')).toBe('C');
  });

  it('keeps the codes of a vocabulary named by them (RACI stays RACI in Swedish)', () => {
    expect(localisedLetters(builtinVocabulary('raci', 'sv'), 'sv')).toBeNull();
    expect(localisedLetters(builtinVocabulary('rasci', 'nl'), 'nl')).toBeNull();
  });

  it('falls back to the codes when two roles would share a letter (French P/C/C)', () => {
    expect(localisedLetters(builtinVocabulary('oca', 'fr'), 'fr')).toBeNull();
    expect(roleLetters(builtinVocabulary('oca', 'fr'), 'fr').letterOf('A')).toBe('A');
  });

  it('never gives two roles the same letter, in any built-in vocabulary and language', () => {
    for (const builtin of BUILTIN_VOCABULARIES)
      for (const language of LANGUAGES) {
        const vocabulary = builtinVocabulary(builtin.id as BuiltinVocabularyId, language);
        const letters = roleLetters(vocabulary, language);
        const shown = vocabulary.roles.map((r) => letters.letterOf(r.code));
        expect(new Set(shown).size, `${builtin.id} ${language}`).toBe(shown.length);
        for (const role of vocabulary.roles) expect(letters.codeOf(letters.letterOf(role.code))).toBe(role.code);
      }
  });

  it('turns typed letters into codes for the shared role reader, leaving role names alone', () => {
    const letters = roleLetters(oca, 'sv');
    expect(lettersToCodes(letters, 'B')).toBe('C');
    expect(readRoleText(lettersToCodes(letters, 'r'), oca).roles).toEqual(['A']);
    expect(readRoleText(lettersToCodes(letters, 'Bidragsgivare'), oca).roles).toEqual(['C']);
  });
});
