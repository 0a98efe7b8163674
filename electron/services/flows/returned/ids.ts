/**
 * Ids for what a client added to a returned file, the same each time the same file is read. Reading the file twice
 * then gives the same client's version, with the same fingerprint: that is how a file imported before is recognised
 * (see plan.ts), and why its added rows are not offered a second time as new ones.
 */
import { createHash } from 'node:crypto';
import type { NewId } from '../../xlsx/import/returned';

/**
 * `seed` names the export (its workbook and fingerprint); the reader's key names the thing (a new row's matrix, phase
 * and title; a new column's header). The same key twice in one read (two rows alike) gets two ids. The ids look like
 * the store's own (UUIDs, version 5 by layout).
 */
export function stableIds(seed: string): NewId {
  const seen = new Map<string, number>();
  return (key) => {
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const hex = createHash('sha256').update(`${seed}\u0000${key}\u0000${occurrence}`).digest('hex');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
