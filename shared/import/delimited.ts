/**
 * CSV and TSV text as records: one reader for client files (CSV/TSV import) and for Excel's clipboard, which is TSV.
 *
 * csv-parse's default `sync` entry calls Node's global Buffer, which the renderer does not have. The renderer's Vite
 * build therefore swaps in csv-parse's browser build (an alias in vite.config.ts), which carries its own Buffer; Node
 * keeps the default entry, about three times faster on the tens-of-megabytes CSV files the import may read.
 */
import { parse } from 'csv-parse/sync';
import type { WorkbookGrid } from './grid';

export interface DelimitedOptions {
  /** The field separator; sniffed from the first line when not given. */
  readonly delimiter?: string;
  /**
   * Accept CRLF, LF and CR as row ends all in one text. Off, the first line end seen is the only one, so a bare LF in a
   * CRLF file stays inside its field (a file's own rule); the clipboard can mix them when text was pieced together.
   */
  readonly anyLineEnding?: boolean;
  /** Off, quotes are ordinary characters: for text whose quotes do not pair up (a cell that merely starts with one). */
  readonly quotes?: boolean;
}

/** The separator used most in the first line: tab, semicolon (European Excel) or comma. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n/) >>> 0 || text.length);
  return ['\t', ';', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * The records of a delimited text as written: empty fields kept, rows as long as they were. A line end after the last
 * row does not make an extra row; an empty line inside the text is a row with one empty field. Throws csv-parse's
 * error when a quoted field never closes.
 */
export function delimitedRecords(text: string, options: DelimitedOptions = {}): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  return parse(body, {
    delimiter: options.delimiter ?? sniffDelimiter(body),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    ...(options.anyLineEnding ? { record_delimiter: ['\r\n', '\n', '\r'] } : {}),
    ...(options.quotes === false ? { quote: false } : {}),
  });
}

/** A CSV/TSV file as the importers' grid: one sheet, only the cells that hold text. */
export function delimitedGrid(text: string, name: string): WorkbookGrid {
  const records = delimitedRecords(text);
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
