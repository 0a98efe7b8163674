/**
 * The base copy an export carries is checked against the export's fingerprint. The check first hashes the unpacked
 * text as it is (the export writes the canonical JSON the fingerprint hashes), and fingerprints the parsed content
 * only when that hash differs: these tests pin that a base written otherwise is still accepted when its content
 * matches, and that a changed content is refused either way.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stableStringify } from '../shared/domain/canonical';
import type { Content } from '../shared/domain/document';
import type { SheetGrid } from '../shared/import/grid';
import { fingerprint } from '../electron/services/fingerprint';
import { readExportMeta } from '../electron/services/xlsx/import/meta';
import { BASE_ENCODING, META_KEYS, META_MARKER, META_SHEET } from '../electron/services/xlsx/layout';
import { template } from './helpers';

/** A metadata sheet as the export writes it, with `text` as the base's JSON and `print` as the fingerprint. */
function metaSheet(text: string, print: string): SheetGrid {
  const packed = gzipSync(Buffer.from(text, 'utf8')).toString('base64');
  const half = Math.ceil(packed.length / 2);
  const rows: Array<readonly string[]> = [
    [META_MARKER, '1'],
    [META_KEYS.workbookId, 'wb-1'],
    [META_KEYS.revisionStatus, 'draft'],
    [META_KEYS.fingerprint, print],
    [META_KEYS.baseEncoding, BASE_ENCODING],
    // Chunks out of order: they are put together by their index.
    [META_KEYS.baseChunk, '1', packed.slice(half)],
    [META_KEYS.baseChunk, '0', packed.slice(0, half)],
  ];
  return {
    name: META_SHEET,
    state: 'veryHidden',
    rows: rows.map((cells, i) => [i + 1, cells.map((text, c) => [c + 1, text] as const)] as const),
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    notes: [],
  };
}

const read = (text: string, print: string) => readExportMeta({ sheets: [metaSheet(text, print)] }, 'sent.xlsx');

describe('the base copy of an export', () => {
  const content: Content = template('managed-services');
  const print = fingerprint(content);

  it('is read when it is the canonical JSON of the fingerprinted content, as the export writes it', () => {
    expect(read(stableStringify(content), print)?.base).toEqual(content);
  });

  it('is read when it is other JSON of the same content (its text hashes differently, its content matches)', () => {
    const pretty = JSON.stringify(content, null, 2);
    expect(pretty).not.toBe(stableStringify(content));
    expect(read(pretty, print)?.base).toEqual(content);
  });

  it('is refused, naming the file, when its content is not the fingerprinted one', () => {
    const changed = { ...content, title: `${content.title} (changed)` };
    for (const text of [stableStringify(changed), JSON.stringify(changed, null, 2)]) {
      expect(() => read(text, print)).toThrow(
        /sent\.xlsx.*damaged metadata \(the exported content does not match its fingerprint\)/,
      );
    }
  });

  it('is refused when its text hashes to the fingerprint but is not a document', () => {
    const text = '{"not":"a document"}';
    const ownHash = fingerprint({ not: 'a document' } as unknown as Content);
    expect(() => read(text, ownHash)).toThrow(/the exported content is not a valid document/);
  });
});
