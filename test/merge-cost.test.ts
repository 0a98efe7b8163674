/**
 * What reviewing a returned file may cost (issue 13, point 1: every method's cost bounded by its input): planning
 * (`threeWay`) and applying (`applyChanges`) must grow with the rows and the changes, not their product. Work is
 * counted as the array elements that searches (find, findIndex, some, filter, includes, indexOf) walk over while the
 * function runs — no clock — and compared at two sizes: a search of the whole content per change makes it grow
 * four-fold when both double.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyChanges } from '../shared/merge/apply';
import { threeWay } from '../shared/merge/changes';
import type { Content } from '../shared/domain/document';
import { counterIds, template } from './helpers';

const SEARCHES = ['find', 'findIndex', 'some', 'filter', 'includes', 'indexOf'] as const;

/** The elements array searches walk over while `fn` runs (each call counted at its array's length). */
function searched<T>(fn: () => T): { result: T; work: number } {
  let work = 0;
  for (const name of SEARCHES) {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    vi.spyOn(Array.prototype, name).mockImplementation(function (this: unknown[], ...args: unknown[]) {
      work += this.length;
      return original.apply(this, args);
    } as never);
  }
  try {
    return { result: fn(), work };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

/** The template with `count` more activities in its first phase, each with a cell for the first party. */
function grown(count: number): Content {
  const content = template('managed-services');
  const newId = counterIds('grown');
  const matrix = content.matrices[0]!;
  const partyId = matrix.partyIds[0]!;
  for (let i = 0; i < count; i++) {
    matrix.phases[i % matrix.phases.length]!.activities.push({
      id: newId(),
      title: `Generated activity ${i}`,
      description: null,
      cells: [{ partyId, roles: ['C'], note: null }],
    });
  }
  return content;
}

const generated = (content: Content) =>
  content.matrices[0]!.phases.flatMap((p) => p.activities).filter((a) => a.title.startsWith('Generated'));

/** Their copy: every generated activity renamed and its cell changed, or removed. */
function returned(base: Content, edit: 'change' | 'remove'): Content {
  const theirs = structuredClone(base);
  for (const phase of theirs.matrices[0]!.phases) {
    if (edit === 'remove') phase.activities = phase.activities.filter((a) => !a.title.startsWith('Generated'));
    else
      for (const activity of phase.activities.filter((a) => a.title.startsWith('Generated'))) {
        activity.title = `${activity.title} (theirs)`;
        activity.cells = [{ ...activity.cells[0]!, roles: ['A'] }];
      }
  }
  return theirs;
}

describe('a returned file costs its rows plus its changes', () => {
  it('planning a file that removed every generated row', () => {
    const work = (count: number) => {
      const base = grown(count);
      const { result, work } = searched(() => threeWay(base, returned(base, 'remove'), base));
      expect(result.filter((c) => c.kind === 'activity-removed')).toHaveLength(count);
      return work;
    };
    const small = work(300);
    const large = work(600);
    expect(large / small).toBeLessThan(2.5);
  });

  it.each(['change', 'remove'] as const)('applying every change of a returned file (every generated row: %s)', (edit) => {
    const work = (count: number) => {
      const base = grown(count);
      const theirs = returned(base, edit);
      const changes = threeWay(base, theirs, base);
      const { result, work } = searched(() => applyChanges(base, theirs, changes));
      const rows = generated(result);
      if (edit === 'remove') expect(rows).toHaveLength(0);
      else expect(rows.every((a) => a.title.endsWith('(theirs)') && a.cells[0]!.roles[0] === 'A')).toBe(true);
      return work;
    };
    const small = work(300);
    const large = work(600);
    expect(large / small).toBeLessThan(2.5);
  });
});
