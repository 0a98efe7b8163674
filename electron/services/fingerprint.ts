/**
 * The content fingerprint (shared/domain/canonical.ts) with Node's native SHA-256: the same hex as the portable hash the
 * browser uses, several times faster on a large workbook — a returned 20,000-activity export is fingerprinted when it
 * is read back. Everything in electron/services fingerprints through here.
 */
import { createHash } from 'node:crypto';
import { fingerprint as fingerprintWith, type Sha256Hex } from '../../shared/domain/canonical';
import type { Content } from '../../shared/domain/document';

export const nodeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export function fingerprint(content: Content): string {
  return fingerprintWith(content, nodeSha256Hex);
}
