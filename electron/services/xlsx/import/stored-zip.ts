/**
 * Packs the sanitised parts of a workbook into a zip for the parse worker, stored (no compression): the worker's
 * reader only takes a zip, and packing 20 MB of XML with JSZip cost the main thread about a quarter of a second before
 * the worker could start. Writing the few headers by hand, with Node's native CRC-32, costs a few milliseconds. The
 * parts have passed safe-zip's limits (at most 2,000 parts and 200 MB), so the classic zip format's 4 GB and 65,535
 * entry limits are never near.
 */
import { crc32 } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** General purpose flag 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** Version 2.0, the version that reads a stored entry. */
const VERSION = 20;

export function storedZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries = [...parts].map(([name, data]) => ({ name: Buffer.from(name, 'utf8'), data, crc: crc32(data) }));
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const zip = Buffer.alloc(localSize + centralSize + 22);
  let at = 0;
  const offsets: number[] = [];
  for (const { name, data, crc } of entries) {
    offsets.push(at);
    at = zip.writeUInt32LE(LOCAL_HEADER, at);
    at = zip.writeUInt16LE(VERSION, at);
    at = zip.writeUInt16LE(UTF8_NAMES, at);
    at = zip.writeUInt16LE(0, at); // stored
    at = zip.writeUInt32LE(0, at); // time and date: none
    at = zip.writeUInt32LE(crc, at);
    at = zip.writeUInt32LE(data.length, at);
    at = zip.writeUInt32LE(data.length, at);
    at = zip.writeUInt16LE(name.length, at);
    at = zip.writeUInt16LE(0, at); // no extra field
    at += name.copy(zip, at);
    zip.set(data, at);
    at += data.length;
  }
  const centralStart = at;
  entries.forEach(({ name, data, crc }, i) => {
    at = zip.writeUInt32LE(CENTRAL_HEADER, at);
    at = zip.writeUInt16LE(VERSION, at); // made by
    at = zip.writeUInt16LE(VERSION, at); // needed
    at = zip.writeUInt16LE(UTF8_NAMES, at);
    at = zip.writeUInt16LE(0, at);
    at = zip.writeUInt32LE(0, at);
    at = zip.writeUInt32LE(crc, at);
    at = zip.writeUInt32LE(data.length, at);
    at = zip.writeUInt32LE(data.length, at);
    at = zip.writeUInt16LE(name.length, at);
    at = zip.writeUInt16LE(0, at); // extra
    at = zip.writeUInt16LE(0, at); // comment
    at = zip.writeUInt16LE(0, at); // disk
    at = zip.writeUInt16LE(0, at); // internal attributes
    at = zip.writeUInt32LE(0, at); // external attributes
    at = zip.writeUInt32LE(offsets[i]!, at);
    at += name.copy(zip, at);
  });
  at = zip.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, at);
  at = zip.writeUInt16LE(0, at); // this disk
  at = zip.writeUInt16LE(0, at); // disk of the central directory
  at = zip.writeUInt16LE(entries.length, at);
  at = zip.writeUInt16LE(entries.length, at);
  at = zip.writeUInt32LE(centralSize, at);
  at = zip.writeUInt32LE(centralStart, at);
  zip.writeUInt16LE(0, at); // no comment
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength);
}

/**
 * The parts of a zip written by storedZip, as views into `zip` (no copies): the parse worker takes the workbook apart
 * again to hand SheetJS and the sheet scan each their share. Only our own stored layout is accepted.
 */
export function readStoredZip(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const parts = new Map<string, Uint8Array>();
  let at = 0;
  while (at + 30 <= zip.length && view.getUint32(at, true) === LOCAL_HEADER) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const start = at + 30 + nameLength + extraLength;
    if (view.getUint16(at + 8, true) !== 0 || start + size > zip.length) throw new Error('not a stored zip');
    parts.set(Buffer.from(zip.buffer, zip.byteOffset + at + 30, nameLength).toString('utf8'), zip.subarray(start, start + size));
    at = start + size;
  }
  return parts;
}
