import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n/messages';
import { describeStep, parseStepLabel, stepLabel } from '../shared/i18n/step-labels';

describe('undo-step labels', () => {
  it('round-trips a key and its parameters through the stored text', () => {
    const stored = stepLabel('step.setCell', { activity: 'Design — "A"', party: 'Partner', roles: 'A/R' });
    expect(parseStepLabel(stored)).toEqual({
      key: 'step.setCell',
      params: { activity: 'Design — "A"', party: 'Partner', roles: 'A/R' },
    });
    expect(describeStep(stored)).toBe('Set Design — "A" — Partner to A/R');
  });

  it('shows a plain label of an older file as it is, in any language', () => {
    expect(parseStepLabel('Paste 12 cells')).toBeNull();
    expect(describeStep('Paste 12 cells', translator('sv'))).toBe('Paste 12 cells');
  });

  it('translates into the UI language, with plural forms', () => {
    const sv = translator('sv');
    expect(describeStep(stepLabel('step.paste', { count: 1 }), sv)).toBe('Klistra in 1 cell');
    expect(describeStep(stepLabel('step.paste', { count: 12 }), sv)).toBe('Klistra in 12 celler');
    expect(describeStep(stepLabel('step.paste', { count: 1 }))).toBe('Paste 1 cell');
    expect(describeStep(stepLabel('step.paste', { count: 12 }))).toBe('Paste 12 cells');
    expect(describeStep(stepLabel('step.addActivitiesAndSet', { count: 1, cells: 3 }), sv)).toBe(
      'Lägg till 1 aktivitet och sätt 3 celler',
    );
    expect(describeStep(stepLabel('step.addActivitiesAndSet', { count: 2, cells: 1 }))).toBe('Add 2 activities and set 1 cell');
  });

  it('names a support model and a scope field in the UI language', () => {
    const model = stepLabel('step.chooseSupportModel', { model: 'sla-hotfix' });
    expect(describeStep(model)).toBe('Choose support model SLA support with hotfix');
    expect(describeStep(model, translator('sv'))).toMatch(/^Välj supportmodell \S/);
    expect(describeStep(model, translator('sv'))).not.toContain('$t(');
    const fields = stepLabel('step.changeScope', {
      fields: ['step.scopeField.capacityHoursPerMonth', 'step.scopeField.coverage'],
    });
    expect(describeStep(fields)).toBe('Change capacity, coverage');
    expect(describeStep(fields, translator('sv'))).toBe('Ändra kapacitet, täckning');
  });

  it('names a step from a newer version by its key and parameters instead of failing', () => {
    const stored = '\u0001' + JSON.stringify(['step.somethingNew', { title: 'Design' }]);
    expect(describeStep(stored, translator('sv'))).toBe('step.somethingNew (Design)');
    expect(describeStep('\u0001not json')).toBe('not json');
  });
});
