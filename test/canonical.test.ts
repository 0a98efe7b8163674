import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, portableSha256Hex, stableStringify } from '../shared/domain/canonical';
import { fingerprint as nodeFingerprint, nodeSha256Hex } from '../electron/services/fingerprint';
import { documentJsonSchema } from '../shared/domain/json-schema';
import { template } from './helpers';

describe('canonical form', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(stableStringify({ b: 1, a: { d: [3, 1], c: null }, skip: undefined })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('fingerprints content independently of key order', () => {
    const content = template('managed-services');
    const reordered = JSON.parse(stableStringify(content)) as typeof content;
    expect(Object.keys(reordered)[0]).toBe('client');
    expect(fingerprint(reordered)).toBe(fingerprint(content));
    expect(fingerprint(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("Node's native SHA-256 and the browser's portable one give the same hex, so both sides agree on fingerprints", () => {
    // FIPS 180-2's test vector, then texts whose UTF-8 encoding matters: accents, astral characters, a lone surrogate.
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const text of ['', 'abc', 'Ansvarig för åtgärd', 'Заказчик 👩‍💼', 'broken \ud800 half', 'x'.repeat(100_000)])
      expect(nodeSha256Hex(text)).toBe(portableSha256Hex(text));
    const content = template('managed-services');
    content.parties[0]!.name = 'Örjan 𝔸 \ud83d';
    expect(nodeFingerprint(content)).toBe(fingerprint(content));
    expect(nodeFingerprint(content)).not.toBe(nodeFingerprint(template('managed-services')));
  });

  it('docs/engagebook-1.schema.json is generated from the current schema (run "npm run schema" when this fails)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'docs', 'engagebook-1.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())));
  });
});
