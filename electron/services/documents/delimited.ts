/** CSV and TSV files as a grid; the reading itself is shared with the clipboard (shared/import/delimited.ts). */
import { basename } from 'node:path';
import { EngagebookError } from '../../../shared/domain/errors';
import { delimitedGrid } from '../../../shared/import/delimited';
import type { WorkbookGrid } from '../../../shared/import/grid';
import { readBoundedText } from './files';

const MAX_BYTES = 50 * 1024 * 1024;

export function readDelimitedFile(file: string): WorkbookGrid {
  const text = readBoundedText(file, MAX_BYTES);
  try {
    return delimitedGrid(text, basename(file).replace(/\.[^.]+$/, ''));
  } catch (error) {
    throw new EngagebookError('invalid-document', `cannot be read as CSV (${(error as Error).message})`, file);
  }
}
