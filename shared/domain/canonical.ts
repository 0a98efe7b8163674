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

/**
 * JSON with object keys sorted (by UTF-16 code units, as `<` compares them) at every level, array order kept. For
 * JSON-shaped values, which documents are.
 *
 * Speed matters: a 20,000-activity export is fingerprinted when it comes back. The native JSON.stringify with a replacer
 * that hands it each object with its keys sorted takes a third of the time of serialising by hand. An object's
 * integer-like keys ("10") would be listed first by the engine whatever the insertion order, so an object with such a
 * key sends the whole value to the slower path that writes keys in the order given.
 */
export function stableStringify(value: unknown): string {
  let integerKeys = false;
  const native = JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v).sort();
    const sorted: Record<string, unknown> = {};
    for (const key of keys) {
      if (INTEGER_LIKE.test(key)) integerKeys = true;
      sorted[key] = (v as Record<string, unknown>)[key];
    }
    return sorted;
  }) as string | undefined;
  return integerKeys || native === undefined ? stringifyByHand(value) : native;
}

const INTEGER_LIKE = /^(0|[1-9]\d*)$/;

function stringifyByHand(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stringifyByHand).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stringifyByHand(v)}`).join(',')}}`;
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
export type Sha256Hex = (text: string) => string;

/** The hash in plain JavaScript, which runs in the browser as well as in Node. */
export const portableSha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * `sha256Hex` lets Node pass its native hash (electron/services/fingerprint.ts): on a 20,000-activity workbook it
 * takes a fraction of the plain-JavaScript one's 200 ms. Both give the same hex for the same text.
 */
export function fingerprint(content: Content, sha256Hex: Sha256Hex = portableSha256Hex): string {
  return sha256Hex(stableStringify(contentOf(content)));
}

/** The content part of a document: everything except its revisions. */
export function contentOf(doc: Content | EngagementDocument): Content {
  if (!('revisions' in doc)) return doc;
  const { revisions: _revisions, ...content } = doc;
  return content;
}
