/** CSV and TSV files (and Excel's clipboard, which is TSV) as a grid, with the delimiter sniffed from the first line. */
import { parse } from 'csv-parse/sync';
import { basename } from 'node:path';
import { EngagebookError } from '../../../shared/domain/errors';
import type { WorkbookGrid } from '../../../shared/import/grid';
import { readBoundedText } from './files';

const MAX_BYTES = 50 * 1024 * 1024;

export function delimitedGrid(text: string, name: string): WorkbookGrid {
  const firstLine = text.slice(0, text.search(/\r?\n/) >>> 0 || text.length);
  const delimiter = ['\t', ';', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const records = parse(text.replace(/^\uFEFF/, ''), {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
  return {
    sheets: [
      {
        name,
        state: 'visible',
        rows: records
          .map((cells, r) => [r + 1, cells.flatMap((text, c) => (text.trim() ? [[c + 1, text] as const] : []))] as const)
          .filter(([, cells]) => cells.length > 0),
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
        notes: [],
      },
    ],
  };
}

export function readDelimitedFile(file: string): WorkbookGrid {
  const text = readBoundedText(file, MAX_BYTES);
  try {
    return delimitedGrid(text, basename(file).replace(/\.[^.]+$/, ''));
  } catch (error) {
    throw new EngagebookError('invalid-document', `cannot be read as CSV (${(error as Error).message})`, file);
  }
}
