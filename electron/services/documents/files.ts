import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EngagebookError } from '../../../shared/domain/errors';

/** Writes `file` via a temporary sibling and a rename: readers see the old file or the new one, never half of it. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new EngagebookError('io', `cannot write: ${(error as Error).message}`, file);
  }
}

/** Reads a text file that must exist and stay under `maxBytes`; both failures name the file. */
export function readBoundedText(file: string, maxBytes: number): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new EngagebookError('not-found', 'no such file', file);
  }
  if (size > maxBytes) {
    throw new EngagebookError('invalid-document', `is too large to import (${size} bytes; the limit is ${maxBytes})`, file);
  }
  return readFileSync(file, 'utf8');
}
