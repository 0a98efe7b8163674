// The page tells the host which changes of a returned file are accepted in the shorter of two forms
// (shared/api/accepted.ts): a review that keeps most of 100,000 changes must fit the browser bridge's 2 MB body.
import { describe, expect, it } from 'vitest';
import { accepts, acceptedPayload } from '../shared/api/accepted';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `cell|activity-${i}|party-${i % 12}`);

describe('the accepted changes of a returned file', () => {
  it('say the same set in either form', () => {
    const all = ids(50);
    for (const every of [1, 2, 3, 7]) {
      const accepted = new Set(all.filter((_, i) => i % every === 0));
      const taken = accepts(acceptedPayload(accepted, all));
      expect(all.filter(taken)).toEqual(all.filter((id) => accepted.has(id)));
    }
    expect(all.filter(accepts(acceptedPayload(new Set(), all)))).toEqual([]);
    expect(all.filter(accepts(acceptedPayload(new Set(all), all)))).toEqual(all);
  });

  it('name the accepted few, or the rejected few', () => {
    const all = ids(10);
    expect(acceptedPayload(new Set(all.slice(0, 2)), all)).toEqual(all.slice(0, 2));
    expect(acceptedPayload(new Set(all.slice(2)), all)).toEqual({ allExcept: all.slice(0, 2) });
  });

  it('keep a review of 100,000 changes with a few rejected far under the 2 MB body limit', () => {
    const all = ids(100_000);
    const accepted = new Set(all.filter((_, i) => i % 10_000 !== 0));
    const body = JSON.stringify({ planId: 'p', accept: acceptedPayload(accepted, all) });
    expect(body.length).toBeLessThan(2_000);
    expect(JSON.stringify({ planId: 'p', accept: [...accepted] }).length).toBeGreaterThan(2 * 1024 * 1024);
  });
});
