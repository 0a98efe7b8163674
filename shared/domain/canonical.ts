/**
 * Canonical form and fingerprint of a workbook's content.
 *
 * The fingerprint is SHA-256 over a JSON serialisation with object keys sorted at every level and array order kept
 * (array order is meaning: column order, row order). It does not depend on how the document was built or stored, so
 * an export, a revision and a re-import of the same content all carry the same fingerprint.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Content, EngagementDocument } from './document';

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

export function fingerprint(content: Content): string {
  return bytesToHex(sha256(utf8ToBytes(stableStringify(contentOf(content)))));
}

/** The content part of a document: everything except its revisions. */
export function contentOf(doc: Content | EngagementDocument): Content {
  if (!('revisions' in doc)) return doc;
  const { revisions: _revisions, ...content } = doc;
  return content;
}
