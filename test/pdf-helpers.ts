// Reading our PDFs with poppler's pdfinfo and pdftotext (Debian's poppler-utils), independent of the library that
// wrote them. Tests that need them skip only where the tools are missing (.ci/run installs them).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const HAVE_POPPLER = existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdftotext');

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly landscape: boolean;
  /** The page's text as pdftotext reads it, in layout mode (cells of a row stay on one line). */
  readonly text: string;
}

export interface PdfFacts {
  readonly pages: PdfPage[];
  /** pdfinfo's own fields: Title, Author, Pages, Page size, … */
  readonly info: Record<string, string>;
  /**
   * All text in the order it was written (pdftotext -raw), white space made single spaces: a cell's wrapped lines
   * join up again, for phrases that must be there exactly.
   */
  readonly raw: string;
}

/** Writes `bytes` into `dir` and reads it back: every page's size and text. */
export function readPdf(dir: string, bytes: Buffer, name = 'export.pdf'): PdfFacts {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return readPdfFile(file);
}

export function readPdfFile(file: string): PdfFacts {
  const info = spawnSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  expect(info.stderr, 'pdfinfo reported an error').toBe('');
  expect(info.status).toBe(0);
  const fields = Object.fromEntries(
    info.stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .flatMap((m) => (m ? [[m[1]!, m[2]!]] : [])),
  );
  const count = Number(fields['Pages']);
  const sizes = spawnSync('/usr/bin/pdfinfo', ['-f', '1', '-l', String(count), file], { encoding: 'utf8' });
  const dimensions = [...sizes.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(dimensions).toHaveLength(count);
  const text = spawnSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  expect(text.status).toBe(0);
  // pdftotext ends every page with a form feed.
  const texts = text.stdout.split('\f').slice(0, count);
  const raw = spawnSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  expect(raw.status).toBe(0);
  return {
    info: fields,
    raw: raw.stdout.replace(/\s+/g, ' '),
    pages: dimensions.map(([width, height], i) => ({
      width: width!,
      height: height!,
      landscape: width! > height!,
      text: texts[i] ?? '',
    })),
  };
}

/** A4 in points, either way round. */
export const A4 = { short: 595.28, long: 841.89 } as const;

export function isA4(page: PdfPage): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - A4.short) < 1 && Math.abs(long - A4.long) < 1;
}
