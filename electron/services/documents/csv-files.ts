import { basename, dirname, extname, join } from 'node:path';
import type { EngagementDocument } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import { findMatrix } from '../../../shared/domain/references';
import { exportedContent } from '../export/context';
import { writeFileAtomic } from './files';
import { matrixCsv } from './csv-export';

/** A file-name-safe form of a title: letters and digits of any script, dashes between words. */
export function slug(title: string, fallback = 'matrix'): string {
  return (
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback
  );
}

/**
 * Writes one CSV per matrix of the current content, or of the revision `revision` names. With `matrix` (or when there
 * is only one) the file is `out` itself; otherwise each matrix goes to `<out>-<n>-<title>.csv`. Returns the files
 * written.
 */
export function exportCsv(
  doc: EngagementDocument,
  out: string,
  options: { language?: Language; matrix?: string; revision?: string } = {},
): string[] {
  const { content } = exportedContent(doc, options.revision);
  const matrices = options.matrix ? [findMatrix(content, options.matrix)] : content.matrices;
  const stem = join(dirname(out), basename(out, extname(out)));
  const files = matrices.map((m, i) => (matrices.length === 1 ? out : `${stem}-${i + 1}-${slug(m.title)}.csv`));
  const texts = matrices.map((m) => matrixCsv(content, m, options.language));
  files.forEach((file, i) => writeFileAtomic(file, texts[i] ?? ''));
  return files;
}
