// The hostile corpus: one file per kind of broken or malicious input, built on the fly (nothing binary is committed).
// Used by test/hostile.test.ts and by the bench, which times each one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip, inlineCell, SHEET_OPEN, workbookParts } from './zip-builder';

export interface HostileCase {
  readonly name: string;
  readonly file: string;
  /** What the error message must say. */
  readonly message: RegExp;
}

const MB = 1024 * 1024;

export function buildHostileCorpus(dir: string, realExport: Buffer): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, fileName: string, data: Buffer, message: RegExp) => {
    const file = join(dir, fileName);
    writeFileSync(file, data);
    cases.push({ name, file, message });
  };
  const sheet = (body: string) => `${SHEET_OPEN}<sheetData>${body}</sheetData></worksheet>`;

  add(
    'non-zip bytes',
    'random.xlsx',
    Buffer.from('This is a plain text file pretending to be a workbook.\n'.repeat(40)),
    /is not an Excel workbook \(\.xlsx\): it is not a zip archive/,
  );
  add('a truncated zip', 'truncated.xlsx', realExport.subarray(0, Math.floor(realExport.length / 2)), /is damaged or incomplete/);
  add(
    'a zip bomb',
    'bomb.xlsx',
    buildZip(
      workbookParts(sheet(''), {}).map((e) =>
        e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: Buffer.alloc(100 * MB, 0x20) } : e,
      ),
    ),
    /would unpack to 100 MB \(limit 64 MB\)/,
  );
  add(
    'a zip whose declared sizes lie',
    'liar.xlsx',
    buildZip(
      workbookParts(sheet(inlineCell('A1', 'x'.repeat(1000)) + ' '.repeat(40 * MB))).map((e) =>
        e.name === 'xl/worksheets/sheet1.xml' ? { ...e, declaredSize: 2048 } : e,
      ),
    ),
    /is damaged: part xl\/worksheets\/sheet1\.xml cannot be read/,
  );
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';
  add(
    'billion laughs',
    'laughs.xlsx',
    buildZip(workbookParts(`${laughs}${sheet(inlineCell('A1', '&lol4;'))}`)),
    /declares a document type \(DTD\)/,
  );
  add(
    'an external entity',
    'xxe.xlsx',
    buildZip(
      workbookParts(
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${sheet(inlineCell('A1', '&xxe;'))}`,
      ),
    ),
    /declares a document type \(DTD\)/,
  );
  const rows = Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"/>`).join('');
  add('1,048,576 rows', 'million-rows.xlsx', buildZip(workbookParts(sheet(rows))), /has a sheet with 1,048,576 rows/);
  // 1,600,000 empty cells in 80,000 rows: within the row limit, cheap to unzip, costly to parse; refused by counting.
  const crowded = Array.from({ length: 80_000 }, (_, i) => `<row r="${i + 1}">${'<c/>'.repeat(20)}</row>`).join('');
  add('1,600,000 cells', 'crowded.xlsx', buildZip(workbookParts(sheet(crowded))), /has more than 1,500,000 cells/);
  add(
    'namespaced XML',
    'namespaced.xlsx',
    buildZip(
      workbookParts(
        '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>R</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      ),
    ),
    /uses prefixed XML namespaces \(<x:worksheet>\)/,
  );
  const cfb = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
  Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024);
  add('a password-protected workbook', 'encrypted.xlsx', cfb, /is password-protected \(encrypted\)/);
  add('an empty workbook', 'empty.xlsx', buildZip(workbookParts(sheet(''))), /has no cells with data/);
  add(
    'an enormous string',
    'long-string.xlsx',
    buildZip(workbookParts(sheet(`<row r="1">${inlineCell('A1', 'y'.repeat(5 * MB))}</row>`))),
    /has a cell that is too long: .*5,242,880 characters/,
  );
  return cases;
}
