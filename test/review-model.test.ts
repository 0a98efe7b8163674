import { describe, expect, it } from 'vitest';
import type { ReviewChange } from '../shared/api/methods/transfer';
import { acceptance, groupChanges, initialAccepted, setAccepted, showValue } from '../renderer/src/import/review-model';

const change = (id: string, fields: Partial<ReviewChange>): ReviewChange => ({
  id,
  kind: 'cell-roles',
  matrix: 'RACI',
  phase: 'Build',
  activity: 'Task',
  party: 'Customer',
  field: null,
  where: `RACI › Task ${id}`,
  before: ['O'],
  after: ['C'],
  conflict: false,
  ...fields,
});
const WORDS = { scope: 'Support scope', signoff: 'Sign-off', other: 'Other' };

describe('the review of a returned file', () => {
  const changes = [
    change('1', {}),
    change('2', { phase: 'Run' }),
    change('3', { kind: 'scope-changed', matrix: null, phase: null, field: 'capacityHoursPerMonth' }),
    change('4', { conflict: true }),
    change('5', { kind: 'signoff-filled', matrix: null, phase: null }),
    change('6', { phase: null }),
  ];

  it('groups changes by matrix and phase, then scope and sign-off, in the order they first come', () => {
    expect(groupChanges(changes, WORDS).map((g) => [g.title, g.changes.map((c) => c.id)])).toEqual([
      ['RACI › Build', ['1', '4']],
      ['RACI › Run', ['2']],
      ['Support scope', ['3']],
      ['Sign-off', ['5']],
      ['RACI', ['6']],
    ]);
  });

  it('starts with every change accepted but the conflicts, and accepts or rejects a group at once', () => {
    const start = initialAccepted(changes);
    expect([...start].sort()).toEqual(['1', '2', '3', '5', '6']);
    const build = groupChanges(changes, WORDS)[0]!.changes;
    expect(acceptance(start, build)).toBe('some');
    const all = setAccepted(start, build, true);
    expect(acceptance(all, build)).toBe('all');
    expect(acceptance(setAccepted(all, build, false), build)).toBe('none');
    // The set it started from is left as it was: the screen keeps it for its previous render.
    expect(start.has('4')).toBe(false);
  });

  it('shows values as people read them', () => {
    const words = { yes: 'yes', no: 'no', empty: '—' };
    expect(showValue(['R', 'A'], words)).toBe('R/A');
    expect(showValue([], words)).toBe('—');
    expect(showValue(null, words)).toBe('—');
    expect(showValue(true, words)).toBe('yes');
    expect(showValue(160, words)).toBe('160');
  });
});
