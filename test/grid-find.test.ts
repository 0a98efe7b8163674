import { describe, expect, it } from 'vitest';
import type { Matrix } from '../shared/domain/document';
import { EMPTY_QUERY, findActivities, stepMatch } from '../renderer/src/grid/find';

const cell = (partyId: string, roles: string[]) => ({ partyId, roles, note: null });
const matrix = {
  id: 'm',
  title: 'Roles',
  vocabularyId: 'raci',
  partyIds: ['client', 'provider'],
  phases: [
    {
      id: 'p1',
      title: 'Provisioning',
      activities: [
        { id: 'a1', title: 'Cloud region selection', cells: [cell('client', ['O'])] },
        { id: 'a2', title: 'CDN  service provisioning', cells: [cell('provider', ['O']), cell('client', [])] },
      ],
    },
    {
      id: 'p2',
      title: 'Operations',
      activities: [{ id: 'a3', title: 'Service desk', cells: [cell('client', ['C'])] }],
    },
  ],
} as unknown as Matrix;

describe('find in the grid', () => {
  const none = new Set<string>();
  it('matches part of a title as a person reads it, in the grid order', () => {
    expect(findActivities(matrix, { ...EMPTY_QUERY, text: 'SERVICE' }, none)).toEqual(['a2', 'a3']);
    expect(findActivities(matrix, { ...EMPTY_QUERY, text: 'cdn service' }, none)).toEqual(['a2']);
    expect(findActivities(matrix, EMPTY_QUERY, none)).toEqual([]);
  });

  it('filters by phase, by a party holding a role (not an empty cell), and by findings', () => {
    expect(findActivities(matrix, { ...EMPTY_QUERY, text: 'service', phaseId: 'p2' }, none)).toEqual(['a3']);
    expect(findActivities(matrix, { ...EMPTY_QUERY, partyId: 'client' }, none)).toEqual(['a1', 'a3']);
    expect(findActivities(matrix, { ...EMPTY_QUERY, withFindings: true }, new Set(['a2']))).toEqual(['a2']);
    expect(findActivities(matrix, { ...EMPTY_QUERY, text: 'cloud', partyId: 'provider' }, none)).toEqual([]);
  });

  it('steps through matches and wraps around both ways', () => {
    expect(stepMatch(3, -1, false)).toBe(0);
    expect(stepMatch(3, -1, true)).toBe(2);
    expect(stepMatch(3, 2, false)).toBe(0);
    expect(stepMatch(3, 0, true)).toBe(2);
    expect(stepMatch(0, 0, false)).toBe(-1);
  });
});
