import { describe, expect, it } from 'vitest';
import { ContentSchema } from '../shared/domain/document';
import { integrityProblems } from '../shared/domain/integrity';
import { LANGUAGES } from '../shared/domain/languages';
import { findRole } from '../shared/domain/vocabulary';
import { validateContent } from '../shared/rules';
import { listTemplates } from '../shared/templates';
import { en } from '../shared/templates/managed-services/text/en';
import { MANAGED_SERVICES_TEXT } from '../shared/templates/managed-services/text';
import { activityCount, template } from './helpers';

/** Values that are only acronyms, numbers and punctuation may read the same in every language. */
const languageNeutral = (s: string) => /^[A-Z0-9\s()/+.,&-]*$/.test(s);

describe('managed-services template', () => {
  for (const language of LANGUAGES) {
    describe(language, () => {
      const content = template('managed-services', language);

      it('has the roles matrix (6 phases, 49 activities, 3 parties) and the upgrade matrix (4 steps, 10 tasks)', () => {
        expect(content.matrices).toHaveLength(2);
        const [roles, upgrade] = content.matrices;
        expect([roles?.phases.length, activityCount(content, 0), roles?.partyIds.length]).toEqual([6, 49, 3]);
        expect([upgrade?.phases.length, activityCount(content, 1), upgrade?.partyIds.length]).toEqual([4, 10, 3]);
      });

      it('is a valid, consistent document without rule errors', () => {
        expect(ContentSchema.safeParse(content).success).toBe(true);
        expect(integrityProblems(content)).toEqual([]);
        expect(validateContent(content).filter((f) => f.severity === 'error')).toEqual([]);
      });

      it('has exactly one Owner per activity', () => {
        const vocabulary = content.vocabularies[0]!;
        for (const matrix of content.matrices) {
          for (const activity of matrix.phases.flatMap((p) => p.activities)) {
            const owners = activity.cells.filter((c) =>
              c.roles.some((code) => findRole(vocabulary, code)?.kind === 'accountable'),
            );
            expect(owners, activity.title).toHaveLength(1);
          }
        }
      });

      it('keeps the upgrade remarks as notes on the Managed Services column', () => {
        const upgrade = content.matrices[1]!;
        const managedServices = upgrade.partyIds[2];
        const notes = upgrade.phases.flatMap((p) => p.activities).flatMap((a) => a.cells.filter((c) => c.note));
        expect(notes).toHaveLength(9);
        expect(notes.every((c) => c.partyId === managedServices)).toBe(true);
      });

      it('has a support scope with the four service levels and service management', () => {
        expect(content.scope?.serviceLevels.map((l) => l.level)).toEqual(['L1', 'L2', 'L3', 'optional']);
        expect(content.scope?.serviceManagement).toHaveLength(8);
        expect(content.scope?.sla.map((s) => s.severity)).toEqual([1, 2, 3, 4]);
      });
    });
  }

  it('translates every text: no sv/nl/fr value is left in English', () => {
    for (const language of ['sv', 'nl', 'fr'] as const) {
      const text = MANAGED_SERVICES_TEXT[language];
      const untranslated = Object.entries(en).filter(
        ([key, value]) => text[key as keyof typeof en] === value && !languageNeutral(value),
      );
      expect(untranslated, language).toEqual([]);
      expect(Object.keys(text).sort()).toEqual(Object.keys(en).sort());
      expect(Object.values(text).every((v) => v.trim().length > 0)).toBe(true);
    }
  });

  it('gives activity titles in each language that differ from English', () => {
    const titles = (language: (typeof LANGUAGES)[number]) =>
      template('managed-services', language).matrices.flatMap((m) => m.phases.flatMap((p) => p.activities.map((a) => a.title)));
    const english = titles('en');
    for (const language of ['sv', 'nl', 'fr'] as const) {
      const same = titles(language).filter((t, i) => t === english[i] && !languageNeutral(t));
      expect(same, language).toEqual([]);
    }
  });
});

describe('blank templates', () => {
  it('lists managed-services, raci and rasci', () => {
    expect(listTemplates().map((t) => t.id)).toEqual(['managed-services', 'raci', 'rasci']);
  });

  for (const id of ['raci', 'rasci']) {
    it(`${id} has one empty matrix with the ${id.toUpperCase()} vocabulary and no findings`, () => {
      const content = template(id, 'nl');
      expect(content.matrices).toHaveLength(1);
      expect(content.vocabularies[0]?.roles.map((r) => r.code).join('')).toBe(id.toUpperCase());
      expect(content.vocabularies[0]?.roles[0]?.label).toBe('Uitvoerend');
      expect(validateContent(content)).toEqual([]);
    });
  }
});
