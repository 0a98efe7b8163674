/**
 * Opens an .xlsx (a zip archive) without trusting it: recognises other formats by their first bytes, checks the central
 * directory (entry count, declared sizes) before inflating anything, and inflates with yauzl, which stops as soon as an
 * entry inflates to more than it declared. Only the parts a workbook needs are read.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { EngagebookError } from '../../../../shared/domain/errors';
import { IMPORT_LIMITS } from './limits';

const MB = 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Parts of a workbook that the grid reader needs; everything else (images, printer settings, …) is skipped. */
export function isNeededPart(name: string): boolean {
  return (
    name === '[Content_Types].xml' ||
    name === '_rels/.rels' ||
    /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml)$/.test(name) ||
    /^xl\/worksheets\/(_rels\/)?[^/]+\.xml(\.rels)?$/.test(name) ||
    /^xl\/comments[^/]*\.xml$/.test(name) ||
    /^xl\/comments\/[^/]+\.xml$/.test(name)
  );
}

function readStart(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Says what a non-zip file is, in words a user can act on. */
function notAZip(file: string, start: Buffer): EngagebookError {
  if (start.subarray(0, 8).equals(CFB_MAGIC)) {
    if (start.includes(ENCRYPTED_PACKAGE)) {
      return new EngagebookError(
        'invalid-document',
        'is password-protected (encrypted); open it in Excel, remove the password to open, save it, and import again',
        file,
      );
    }
    return new EngagebookError(
      'invalid-document',
      'is an old Excel 97–2003 (.xls) file; save it as .xlsx and import again',
      file,
    );
  }
  return new EngagebookError('invalid-document', 'is not an Excel workbook (.xlsx): it is not a zip archive', file);
}

const openZip = (file: string) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    ),
  );

function inflate(zip: ZipFile, entry: Entry, file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(damaged(file, entry.fileName, error));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > entry.uncompressedSize)
          stream.destroy(damaged(file, entry.fileName, new Error('inflates beyond its declared size')));
        else chunks.push(chunk);
      });
      stream.on('error', (e) => reject(damaged(file, entry.fileName, e)));
      stream.on('end', () => resolve(Buffer.concat(chunks, size)));
    });
  });
}

function damaged(file: string, part: string, cause: unknown): EngagebookError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new EngagebookError('invalid-document', `is damaged: part ${part} cannot be read (${reason})`, file);
}

/** The size of a file to import, refused when it is missing, empty or over IMPORT_LIMITS.fileBytes. */
export function checkedFileSize(file: string): number {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new EngagebookError('not-found', 'no such file', file);
  }
  if (size === 0) throw new EngagebookError('invalid-document', 'is empty (0 bytes)', file);
  if (size > IMPORT_LIMITS.fileBytes) {
    throw new EngagebookError(
      'invalid-document',
      `is too large to import (${(size / MB).toFixed(0)} MB; the limit is ${IMPORT_LIMITS.fileBytes / MB} MB)`,
      file,
    );
  }
  return size;
}

/** Reads the parts of an .xlsx that the importer needs, enforcing IMPORT_LIMITS. */
export async function readXlsxParts(file: string): Promise<Map<string, Buffer>> {
  const size = checkedFileSize(file);
  const start = readStart(file, Math.min(size, 4 * MB));
  if (start.subarray(0, 4).equals(EMPTY_ZIP_MAGIC))
    throw new EngagebookError('invalid-document', 'is an empty zip archive, not a workbook', file);
  if (!start.subarray(0, 4).equals(ZIP_MAGIC)) throw notAZip(file, start);

  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw new EngagebookError(
      'invalid-document',
      `is damaged or incomplete (${(error as Error).message}); was it fully downloaded?`,
      file,
    );
  }
  try {
    if (zip.entryCount > IMPORT_LIMITS.entries) {
      throw new EngagebookError(
        'invalid-document',
        `has ${zip.entryCount} parts; a workbook has far fewer (limit ${IMPORT_LIMITS.entries})`,
        file,
      );
    }
    const parts = new Map<string, Buffer>();
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) =>
        reject(new EngagebookError('invalid-document', `is damaged or incomplete (${e.message})`, file)),
      );
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        const name = entry.fileName;
        if (!isNeededPart(name)) return zip.readEntry();
        if (entry.uncompressedSize > IMPORT_LIMITS.entryBytes) {
          return reject(
            new EngagebookError(
              'invalid-document',
              `part ${name} would unpack to ${(entry.uncompressedSize / MB).toFixed(0)} MB (limit ${IMPORT_LIMITS.entryBytes / MB} MB); refusing it`,
              file,
            ),
          );
        }
        total += entry.uncompressedSize;
        if (total > IMPORT_LIMITS.totalBytes) {
          return reject(
            new EngagebookError(
              'invalid-document',
              `would unpack to more than ${IMPORT_LIMITS.totalBytes / MB} MB; refusing it`,
              file,
            ),
          );
        }
        inflate(zip, entry, file).then((data) => {
          parts.set(name, data);
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
    if (!parts.has('xl/workbook.xml')) {
      throw new EngagebookError('invalid-document', 'is a zip archive but not an Excel workbook (no xl/workbook.xml)', file);
    }
    return parts;
  } finally {
    zip.close();
  }
}
