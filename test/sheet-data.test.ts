// The parse worker reads a worksheet's cells with its own scan (sheet-data.ts) and lets SheetJS read the rest of the
// workbook, or the whole sheet when the scan does not recognise it (xlsx-to-grid.ts). These tests hold the result
// equal to SheetJS reading everything, over the client corpus and over hand-made sheets of every case the scan reads or
// hands back; and they check the values themselves, so that both readers being wrong the same way would still fail.
import * as XLSX from '@e965/xlsx';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxParts } from '../electron/services/xlsx/import/safe-zip';
import { sanitizeParts } from '../electron/services/xlsx/import/sanitize';
import { scanSheetData, xmlText, type CellContext } from '../electron/services/xlsx/import/sheet-data';
import { sheetJsToGrid } from '../electron/services/xlsx/import/sheetjs-to-grid';
import { storedZip } from '../electron/services/xlsx/import/stored-zip';
import { CellTooLongError } from '../electron/services/xlsx/import/to-grid';
import { readXlsxBook } from '../electron/services/xlsx/import/xlsx-to-grid';
import type { WorkbookGrid } from '../shared/import/grid';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx (as the worker receives it: a stored zip) with one sheet whose <sheetData> inner XML is `cells`. */
function workbook(cells: string, options: { strings?: string[]; tail?: string; comments?: string } = {}): Uint8Array {
  const parts = new Map<string, string>([
    [
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${options.strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${options.comments ? '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' : ''}</Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${options.strings ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    ],
    [
      // Style 1: a date (built-in format 14); style 2: a custom date format; style 3: a number with decimals.
      'xl/styles.xml',
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${cells}</sheetData>${options.tail ?? ''}${options.comments ? '<legacyDrawing r:id="rId9"/>' : ''}</worksheet>`,
    ],
  ]);
  if (options.strings) {
    parts.set(
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${options.strings.length}">${options.strings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    );
  }
  if (options.comments) {
    parts.set(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
    );
    parts.set(
      'xl/comments1.xml',
      `<?xml version="1.0"?><comments xmlns="${MAIN}"><authors><author>A</author></authors><commentList>${options.comments}</commentList></comments>`,
    );
  }
  return storedZip(new Map([...parts].map(([name, xml]) => [name, Buffer.from(xml, 'utf8')])));
}

const bySheetJs = (zip: Uint8Array): WorkbookGrid => sheetJsToGrid(XLSX, zip, true);
function byScan(zip: Uint8Array): WorkbookGrid {
  const book = readXlsxBook(XLSX, zip);
  return { sheets: book.names.map((_name, i) => book.sheet(i)) };
}
const rowsOf = (grid: WorkbookGrid) => grid.sheets[0]!.rows;

/** A context for calling the scan directly: two shared strings, no dates. */
const plain: CellContext = {
  sharedString: (i) => ['zero', 'one'][i],
  numberText: (value) => String(value),
};
const scan = (xml: string) => scanSheetData(Buffer.from(xml, 'utf8'), 'Cases', plain);

describe('the sheet scan', () => {
  it('reads the ordinary cases as SheetJS does, value for value', () => {
    const zip = workbook(
      [
        '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>46460</v></c>',
        '<c r="D1" s="2"><v>46460.395833333336</v></c><c r="E1"><v>0.30000000000000004</v></c><c r="F1" s="3"><v>1234567</v></c></row>',
        '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#DIV/0!</v></c>',
        '<c r="D3" t="str"><f>A1&amp;B1</f><v>R &amp; A, &lt;lead&gt;</v></c><c r="E3" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c></row>',
        // Cells and a row without references take the next position, as SheetJS and Excel read them.
        '<row><c t="s"><v>1</v></c><c r="C4" t="str"><v>Заказчик ✓ 😀 &amp; é</v></c><c t="str"><v>line_x000D_&#10;break</v></c></row>',
        '<row r="6"/><row r="7"><c r="A7" s="1"/><c r="B7" t="n"/><c r="C7" t="s"/></row>',
        // Formulas without a stored result (some libraries write none): no value, as in SheetJS.
        '<row r="8"><c r="A8"><f>1+1</f></c><c r="B8" t="str"><f>A1</f></c><c r="C8"><f>2+2</f><v></v></c></row>',
      ].join(''),
      { strings: ['<t>Design</t>', '<r><t>Sign-</t></r><r><rPr><b/></rPr><t>off</t></r>'] },
    );
    const scanned = byScan(zip);
    expect(scanned).toEqual(bySheetJs(zip));
    expect(rowsOf(scanned)).toEqual([
      [
        1,
        [
          [1, 'Design'],
          [2, 'Sign-off'],
          [3, '2027-03-14'],
          [4, '2027-03-14 09:30:00'],
          [5, '0.3'],
          [6, '1234567'],
        ],
      ],
      [
        3,
        [
          [1, 'TRUE'],
          [2, 'FALSE'],
          [4, 'R & A, <lead>'],
          [5, ' padded '],
        ],
      ],
      [
        4,
        [
          [1, 'Sign-off'],
          [3, 'Заказчик ✓ 😀 & é'],
          [4, 'line\nbreak'],
        ],
      ],
    ]);
  });

  it('keeps two texts as written where SheetJS alters them', () => {
    // "&amp;lt;" in the XML is the text "&lt;"; SheetJS's general path unescapes a formula's text twice, into "<".
    // "&#x1F600;" is one character beyond the first 65,536, which SheetJS does not read as one.
    const zip = workbook(
      '<row r="1"><c r="A1" t="str"><f>"&amp;lt;"</f><v>a &amp;lt; b</v></c><c r="B1" t="str"><v>&#x1F600;</v></c></row>',
    );
    expect(rowsOf(byScan(zip))).toEqual([
      [
        1,
        [
          [1, 'a &lt; b'],
          [2, '😀'],
        ],
      ],
    ]);
    const sheetJs = rowsOf(bySheetJs(zip))[0]![1];
    expect(sheetJs[0]).toEqual([1, 'a < b']);
    expect(sheetJs[1]).not.toEqual([2, '😀']);
  });

  it('leaves out the text behind a merge, and keeps notes, one of them on A1', () => {
    const zip = workbook(
      '<row r="1"><c r="A1" t="str"><v>Title</v></c><c r="B1" t="str"><v>hidden by the merge</v></c></row><row r="2"><c r="A2" t="str"><v>R</v></c></row>',
      {
        tail: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
        comments:
          '<comment ref="A1" authorId="0"><text><r><t>on the title</t></r></text></comment><comment ref="D5" authorId="0"><text><r><t>on an empty cell</t></r></text></comment>',
      },
    );
    const scanned = byScan(zip);
    expect(scanned).toEqual(bySheetJs(zip));
    expect(rowsOf(scanned)).toEqual([
      [1, [[1, 'Title']]],
      [2, [[1, 'R']]],
    ]);
    expect(scanned.sheets[0]!.notes).toEqual([
      [1, 1, 'on the title'],
      [5, 4, 'on an empty cell'],
    ]);
  });

  it('hands every unusual sheet back to SheetJS, which then reads it', () => {
    const unusual = {
      'an ISO date cell': '<row r="1"><c r="A1" t="d"><v>2027-03-14</v></c></row>',
      'CDATA in a value': '<row r="1"><c r="A1" t="str"><v><![CDATA[a < b]]></v></c></row>',
      'rich inline text': '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>',
      'a cell in another row than its own': '<row r="1"><c r="A2" t="str"><v>x</v></c></row>',
      'rows out of order': '<row r="2"><c r="A2" t="str"><v>x</v></c></row><row r="1"><c r="A1" t="str"><v>y</v></c></row>',
      'columns out of order': '<row r="1"><c r="B1" t="str"><v>x</v></c><c r="A1" t="str"><v>y</v></c></row>',
      'a namespace prefix': '<x:row r="1"><x:c r="A1" t="str"><x:v>x</x:v></x:c></x:row>',
      'text between cells': '<row r="1">stray<c r="A1" t="str"><v>x</v></c></row>',
    };
    for (const [what, cells] of Object.entries(unusual)) {
      expect(scan(cells), what).toBeNull();
      const zip = workbook(cells);
      expect(byScan(zip), what).toEqual(bySheetJs(zip));
    }
    // The general path gives these their values; the hand-over is not a loss.
    expect(rowsOf(byScan(workbook(unusual['CDATA in a value'])))).toEqual([[1, [[1, 'a < b']]]]);
    expect(rowsOf(byScan(workbook(unusual['rich inline text'])))).toEqual([[1, [[1, 'ab']]]]);
  });

  it('refuses a shared string that does not exist the way SheetJS does', () => {
    const zip = workbook('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', { strings: ['<t>only</t>'] });
    expect(() => bySheetJs(zip)).toThrow();
    expect(() => byScan(zip)).toThrow();
  });

  it('names the cell that is too long', () => {
    const long = 'x'.repeat(32_768);
    expect(() => scan(`<row r="2"><c r="AB2" t="str"><v>${long}</v></c></row>`)).toThrow(CellTooLongError);
    expect(() => scan(`<row r="2"><c r="AB2" t="str"><v>${long}</v></c></row>`)).toThrow(/cell AB2 holds 32,768/);
  });

  it('reads XML text: entities, character references, _xHHHH_ escapes and line ends', () => {
    expect(xmlText('a &amp; b &lt;&gt; &quot;q&quot; &apos;s&apos; &#233; &#xE9; &unknown;')).toBe(
      'a & b <> "q" \'s\' é é &unknown;',
    );
    expect(xmlText('one_x000D__x000A_two\r\nthree_x0009_')).toBe('one\ntwo\nthree\t');
  });

  it('gives the same grid as SheetJS on every workbook of the client corpus', async () => {
    const dir = join(import.meta.dirname, 'fixtures', 'clients');
    const files = readdirSync(dir).filter((name) => name.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(20);
    for (const name of files) {
      const file = join(dir, name);
      const zip = storedZip(sanitizeParts(await readXlsxParts(file), file));
      expect(byScan(zip), name).toEqual(bySheetJs(zip));
    }
  });
});
