import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, stableStringify } from '../shared/domain/canonical';
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

  it('docs/engagebook-1.schema.json is generated from the current schema (run "npm run schema" when this fails)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'docs', 'engagebook-1.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())));
  });
});
