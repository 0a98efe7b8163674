// Role text as every import path reads it (returned exports, paste; the detector shares the reading of parts).
import { describe, expect, it } from 'vitest';
import { builtinVocabulary } from '../shared/domain/vocabulary';
import { parseRoleText } from '../shared/import/role-text';

const raci = builtinVocabulary('raci', 'en');
const oca = builtinVocabulary('oca', 'en');

describe('parseRoleText', () => {
  it('reads codes and combined codes as before', () => {
    expect(parseRoleText('R/A', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('a, r', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('R+A', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('RA', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('', raci)).toEqual({ roles: [], unknown: [] });
  });

  it('reads labels in all four languages, alone and combined as full words', () => {
    expect(parseRoleText('Bidragsgivare', oca)).toEqual({ roles: ['C'], unknown: [] });
    expect(parseRoleText('Propriétaire', oca)).toEqual({ roles: ['O'], unknown: [] });
    expect(parseRoleText('Responsible / Accountable', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('Accountable & Responsible', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('Utförande och Ansvarig', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(parseRoleText('Eindverantwoordelijk, Geraadpleegd', raci)).toEqual({ roles: ['A', 'C'], unknown: [] });
    expect(parseRoleText('Geïnformeerd'.normalize('NFD'), raci)).toEqual({ roles: ['I'], unknown: [] });
  });

  it('takes a known role word only where the vocabulary has that letter for that kind of role', () => {
    expect(parseRoleText('Responsable', raci)).toEqual({ roles: ['R'], unknown: [] });
    // "Advisor" is A in Owner/Contributor/Advisor, but A in RACI is accountable: not a guess to make.
    expect(parseRoleText('Advisor', oca)).toEqual({ roles: ['A'], unknown: [] });
    expect(parseRoleText('Advisor', raci)).toEqual({ roles: [], unknown: ['Advisor'] });
    expect(parseRoleText('maybe?', raci)).toEqual({ roles: [], unknown: ['maybe?'] });
    expect(parseRoleText('R / maybe', raci)).toEqual({ roles: ['R'], unknown: ['maybe'] });
  });
});
