import { timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented secret with the expected one in constant time. Lengths are compared as bytes: header text may
 * hold any character, and timingSafeEqual throws on buffers of different lengths.
 */
export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
