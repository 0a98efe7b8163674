/**
 * The sanitiser works on bytes (electron/services/xlsx/import/xml-bytes.ts) and must answer exactly as the regular
 * expressions it replaced answer on the decoded text. Those expressions are kept here as the specification, and both
 * are run over many generated parts made of the fragments where the two could part ways: the removed elements with
 * and without their ends, one cut joining the next pattern together, Unicode spaces after a name, DTDs in any case,
 * prefixed roots, bytes that are not UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeParts } from '../electron/services/xlsx/import/sanitize';
import { scanXml } from '../electron/services/xlsx/import/xml-bytes';

const SHEET = 'xl/worksheets/sheet1.xml';

/** The sanitiser's sheet handling as it was written on strings: the specification. */
function expected(bytes: Buffer): { error: string } | { bytes: Buffer; rows: number; cells: number } {
  let xml = bytes.toString('utf8');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { error: 'DTD' };
  if (/^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*):(workbook|worksheet|sst)\b/.test(xml)) return { error: 'prefixed' };
  const count = (tag: string) => {
    let n = 0;
    for (let i = xml.indexOf(tag); i !== -1; i = xml.indexOf(tag, i + tag.length))
      if (/[ >/\t\n\r]/.test(xml[i + tag.length] ?? '')) n++;
    return n;
  };
  const rows = count('<row');
  const cells = count('<c');
  for (const pattern of [
    /<dataValidations[\s>][\s\S]*?<\/dataValidations>/g,
    /<dataValidations[^>]*\/>/g,
    /<conditionalFormatting[\s>][\s\S]*?<\/conditionalFormatting>/g,
    /<extLst[\s>][\s\S]*?<\/extLst>/g,
  ])
    xml = xml.replace(pattern, '');
  return { bytes: Buffer.from(xml, 'utf8'), rows, cells };
}

function actual(bytes: Buffer): { error: string } | { bytes: Buffer } {
  try {
    return { bytes: sanitizeParts(new Map([[SHEET, bytes]]), 'f.xlsx').get(SHEET)! };
  } catch (error) {
    const message = (error as Error).message;
    return { error: message.includes('DTD') ? 'DTD' : message.includes('prefixed') ? 'prefixed' : message };
  }
}

const FRAGMENTS = [
  '<row r="1">',
  '<row>',
  '<rows>',
  '<c r="A1"/>',
  '<c\tr="B1">',
  '<col min="1"/>',
  '<cols>',
  '</c>',
  'text é ✓ 😀',
  '<dataValidations count="1">',
  '<dataValidations>',
  '<dataValidations/>',
  '<dataValidations a="1" />',
  '<dataValidationsX/>',
  '<dataValidations\u00a0x="1">',
  '<dataValidations\u2028>',
  '<dataValidations\u00e9>',
  '</dataValidations>',
  '<dataVal',
  'idations/>',
  '<conditionalFormatting sqref="A1">',
  '<conditionalFormatting\n>',
  '</conditionalFormatting>',
  '<conditional',
  'Formatting>',
  '<extLst>',
  '<extLst\ufeff>',
  '</extLst>',
  '<ext',
  'Lst>',
  '>',
  '/',
  '<',
  ' ',
  '<!-- note -->',
  '<![CDATA[x]]>',
];
const RARE = ['<!DOCTYPE x>', '<!doctype x>', '<!EnTiTy y>', '<!DOCTYP', '<!ENTIT'];

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('the byte sanitiser answers as the regular expressions on the text', () => {
  it('on thousands of generated sheets', () => {
    const next = random(12);
    let differences = 0;
    let stripped = 0;
    for (let n = 0; n < 4000; n++) {
      const pieces: string[] = [];
      const length = 1 + Math.floor(next() * 14);
      for (let i = 0; i < length; i++) {
        const pool = next() < 0.03 ? RARE : FRAGMENTS;
        pieces.push(pool[Math.floor(next() * pool.length)]!);
      }
      const bytes = Buffer.from(`<worksheet>${pieces.join('')}</worksheet>`, 'utf8');
      const want = expected(bytes);
      const got = actual(bytes);
      if ('bytes' in want && 'bytes' in got) {
        if (!want.bytes.equals(got.bytes)) differences++;
        if (want.bytes.length < bytes.length) stripped++;
        const scan = scanXml(bytes);
        if (scan.rows !== want.rows || scan.cells !== want.cells) differences++;
      } else if (JSON.stringify(want) !== JSON.stringify(got)) differences++;
    }
    expect(differences).toBe(0);
    // The generator does reach the cuts (and so tests them).
    expect(stripped).toBeGreaterThan(500);
  });

  it('joins what a cut brings together, as the sequential replacements did', () => {
    const bytes = Buffer.from('<worksheet><dataVal<dataValidations>x</dataValidations>idations/></worksheet>');
    const got = actual(bytes);
    expect(got).toEqual({ bytes: Buffer.from('<worksheet></worksheet>') });
    expect(got).toEqual({ bytes: (expected(bytes) as { bytes: Buffer }).bytes });
  });

  it('replaces bytes that are not UTF-8 with U+FFFD, as decoding the part did', () => {
    const bytes = Buffer.concat([
      Buffer.from('<worksheet><c r="A1"><v>'),
      Buffer.from([0xff, 0xc3]),
      Buffer.from('</v></c></worksheet>'),
    ]);
    const got = actual(bytes);
    expect(got).toEqual({ bytes: Buffer.from('<worksheet><c r="A1"><v>\ufffd\ufffd</v></c></worksheet>', 'utf8') });
  });

  it('finds a prefixed root behind a long XML declaration and a byte order mark', () => {
    const head = `\ufeff<?xml version="1.0" ${'a="b" '.repeat(2000)}?>\n  `;
    expect(actual(Buffer.from(`${head}<x:worksheet xmlns:x="u"><x:sheetData/></x:worksheet>`))).toEqual({ error: 'prefixed' });
    expect(actual(Buffer.from(`${head}<worksheet><sheetData/></worksheet>`))).toHaveProperty('bytes');
  });
});
