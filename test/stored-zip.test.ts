import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { storedZip } from '../electron/services/xlsx/import/stored-zip';

describe('the stored zip handed to the parse worker', () => {
  it('is read back by another zip reader with every part, byte for byte, and correct checksums', async () => {
    const parts = new Map<string, Buffer>([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet>' + 'x'.repeat(100_000) + '</worksheet>')],
      ['xl/worksheets/blad-ö.xml', Buffer.from('Åtgärd 👩‍💼', 'utf8')],
      ['xl/empty.xml', Buffer.alloc(0)],
    ]);
    const zip = await JSZip.loadAsync(storedZip(parts), { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names).toEqual([...parts.keys()]);
    for (const [name, data] of parts) expect(Buffer.from(await zip.file(name)!.async('uint8array'))).toEqual(data);
  });

  it('notices a damaged part: the checksums are real', async () => {
    const packed = storedZip(new Map([['a.xml', Buffer.from('<a>hello</a>')]]));
    const at = 30 + 'a.xml'.length + 1; // one byte of the part's data
    packed[at] = packed[at]! ^ 0xff;
    await expect(JSZip.loadAsync(packed, { checkCRC32: true })).rejects.toThrow(/crc32/i);
  });
});
