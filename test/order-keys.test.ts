// Order keys: the sequence matches the library's own, keys between neighbours sort between them, and re-keying a list
// keeps every key whose order still holds.
import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { integerKey, keyBetween, keysKeepingOrder } from '../electron/services/store/order-keys';

describe('order keys', () => {
  it('integerKey(n) is the n-th key the library appends, across the one- to three-digit boundaries', () => {
    let key: string | null = null;
    for (let n = 0; n < 4_000; n++) {
      key = generateKeyBetween(key, null);
      expect(integerKey(n)).toBe(key);
    }
    expect(integerKey(62 + 3844)).toBe('c000');
  });

  it('puts a key strictly between two others, and refuses neighbours out of order as a damaged file', () => {
    const between = keyBetween('a1', 'a2');
    expect('a1' < between && between < 'a2').toBe(true);
    expect(keyBetween(null, 'a0') < 'a0').toBe(true);
    expect(() => keyBetween('a2', 'a1')).toThrow(/order of rows is damaged/);
  });

  it('keeps the longest run of keys already in order and gives new keys only to the others', () => {
    const keys = keysKeepingOrder(['a3', 'a0', 'a1', undefined, 'a2', 'a5']);
    expect(keys[1]).toBe('a0');
    expect(keys[2]).toBe('a1');
    expect(keys[4]).toBe('a2');
    expect(keys[5]).toBe('a5');
    expect([...keys].sort()).toEqual(keys); // ascending, so the list reads in the wanted order
    expect(new Set(keys).size).toBe(keys.length);
    expect(keysKeepingOrder([undefined, undefined])).toEqual(['a0', 'a1']);
  });
});
