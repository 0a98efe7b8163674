import { describe, expect, it } from 'vitest';
import type { Content, Matrix } from '../shared/domain/document';
import { builtinVocabulary } from '../shared/domain/vocabulary';
import { hasErrors, validateContent } from '../shared/rules';
import { emptyContent } from '../shared/templates/common';
import { counterIds, template } from './helpers';

/** A one-matrix workbook whose activities are given as role strings per party, e.g. ['A,R', 'C', '']. */
function raciWorkbook(rows: Record<string, string[]>, vocabularyId: 'raci' | 'oca' = 'raci'): Content {
  const content = emptyContent({ language: 'en', newId: counterIds() }, 'Test');
  content.parties = ['Customer', 'Partner', 'Provider'].map((name, i) => ({ id: `p${i}`, name, group: null, kind: 'other' }));
  content.vocabularies = [builtinVocabulary(vocabularyId, 'en')];
  const matrix: Matrix = {
    id: 'm1',
    title: 'Matrix',
    vocabularyId,
    partyIds: ['p0', 'p1', 'p2'],
    phases: [
      {
        id: 'ph1',
        title: 'Phase',
        activities: Object.entries(rows).map(([title, roles], i) => ({
          id: `a${i}`,
          title,
          description: null,
          cells: roles.flatMap((r, column) => (r ? [{ partyId: `p${column}`, roles: r.split(','), note: null }] : [])),
        })),
      },
    ],
  };
  content.matrices = [matrix];
  return content;
}

const rulesOf = (content: Content) => validateContent(content).map((f) => f.rule);

describe('matrix rules', () => {
  it('accepts a clean RACI row', () => {
    expect(validateContent(raciWorkbook({ Build: ['A', 'R', 'I'] }))).toEqual([]);
  });

  it('requires exactly one accountable', () => {
    expect(rulesOf(raciWorkbook({ Build: ['R', 'C', 'I'] }))).toEqual(['no-accountable']);
    const two = validateContent(raciWorkbook({ Build: ['A', 'A,R', ''] }));
    expect(two.map((f) => f.rule)).toEqual(['multiple-accountable', 'party-never-assigned']);
    expect(two[0]?.message).toContain('Customer, Partner');
    expect(two[0]?.location).toEqual({ matrixId: 'm1', phaseId: 'ph1', activityId: 'a0' });
  });

  it('tells "no responsible" apart from "accountable without responsible"', () => {
    expect(rulesOf(raciWorkbook({ Build: ['C', 'I', ''] }))).toEqual([
      'no-accountable',
      'no-responsible',
      'party-never-assigned',
    ]);
    const findings = validateContent(raciWorkbook({ Build: ['A', 'C', 'I'] }));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['accountable-without-responsible', 'warning']]);
  });

  it('reports an empty activity once, as a warning', () => {
    const findings = validateContent(raciWorkbook({ Build: ['A', 'R', 'I'], Later: ['', '', ''] }));
    expect(findings.map((f) => [f.rule, f.severity, f.location.activityId])).toEqual([['unassigned-activity', 'warning', 'a1']]);
  });

  it('reports a party that never holds a role', () => {
    const findings = validateContent(raciWorkbook({ Build: ['A,R', 'C', ''] }));
    expect(findings.map((f) => [f.rule, f.location.partyId])).toEqual([['party-never-assigned', 'p2']]);
  });

  it('reports duplicate titles in a phase, whatever the case and spacing', () => {
    const rules = rulesOf(raciWorkbook({ 'Go live': ['A', 'R', 'I'], ' go  LIVE ': ['A', 'R', 'I'] }));
    expect(rules).toEqual(['duplicate-activity']);
  });

  it('reports unknown codes and forbidden combinations', () => {
    expect(rulesOf(raciWorkbook({ Build: ['A', 'R', 'X'] }))).toEqual(['unknown-role']);
    const oca = raciWorkbook({ Build: ['O,C', 'C', 'A'] }, 'oca');
    expect(rulesOf(oca)).toEqual(['combination-not-allowed']);
  });

  it('lets O/C/A owners do the work: no responsible rule without a responsible-kind role', () => {
    expect(validateContent(raciWorkbook({ Build: ['O', 'C', 'A'] }, 'oca'))).toEqual([]);
    expect(rulesOf(raciWorkbook({ Build: ['O', 'O', 'A'] }, 'oca'))).toEqual(['multiple-accountable']);
  });

  it('localises messages', () => {
    const content = raciWorkbook({ Build: ['R', 'C', 'I'] });
    const en = validateContent(content, 'en')[0]?.message;
    const sv = validateContent(content, 'sv')[0]?.message;
    const fr = validateContent(content, 'fr')[0]?.message;
    expect(en).toContain('Accountable');
    expect(sv).toContain('Build');
    expect(new Set([en, sv, fr]).size).toBe(3);
    expect(sv).not.toMatch(/\{\{|\}\}/);
  });
});

describe('scope rules', () => {
  const withScope = (patch: (c: Content) => void) => {
    const content = template('managed-services');
    patch(content);
    return validateContent(content).map((f) => f.rule);
  };

  it('the template scope is clean', () => {
    expect(withScope(() => undefined)).toEqual([]);
  });

  it('flags capacity outside the model range', () => {
    expect(
      withScope((c) => {
        c.scope!.model = 'fixed-capacity';
        c.scope!.coverage.kind = 'business-hours';
        c.scope!.capacityHoursPerMonth = 200;
      }),
    ).toEqual(['capacity-out-of-range']);
    expect(withScope((c) => (c.scope!.capacityHoursPerMonth = null))).toEqual(['capacity-missing']);
  });

  it('flags missing 24x7 for a model that promises it, as an error', () => {
    const content = template('managed-services');
    content.scope!.coverage.kind = 'business-hours';
    const findings = validateContent(content);
    expect(findings.map((f) => f.rule)).toEqual(['coverage-below-model']);
    expect(hasErrors(findings)).toBe(true);
  });

  it('flags included services without a provider and inverted SLAs', () => {
    const rules = withScope((c) => {
      c.scope!.serviceLevels[0]!.activities[0]!.providerPartyId = null;
      c.scope!.sla[0]!.responseMinutes = 600;
    });
    expect(rules).toEqual(['included-without-provider', 'sla-order']);
  });
});
