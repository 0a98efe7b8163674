/**
 * One export service for every format: the workbook, or one of its revisions, as the bytes of an Excel sign-off
 * workbook, a PDF sign-off pack, one matrix as CSV, or canonical JSON, with a file name to offer and the revision it
 * shows. It writes nothing and changes nothing: the CLI writes the bytes to `--out`; the app saves them where the user
 * chooses. Each format's code (exceljs, pdfmake) is loaded only when that format is asked for. See docs/export.md.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/methods/transfer';
import type { EngagementDocument } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { findMatrix } from '../../../shared/domain/references';
import { translator } from '../../../shared/i18n/messages';
import { exportContext, exportedContent, exportSource, type ExportedRevision } from './context';
import { exportFileName } from './file-name';

// The formats are the API contract's: the page offers exactly what this service makes.
export { EXPORT_FORMATS, type ExportFormat };

export const EXPORT_MIME: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

export interface RenderExportOptions {
  readonly format: ExportFormat;
  /** Labels, sheet names, role names; default: the workbook's language. Not used by JSON. */
  readonly language?: Language;
  /** Id or label of a stored revision to export; default: the current content, as a draft. */
  readonly revision?: string;
  /** xlsx: lock structure and labels (not security). */
  readonly protect?: boolean;
  /** csv: id or title of the matrix; default: the first. */
  readonly matrix?: string;
  /** The export time (the draft's date; tests pass a fixed one). */
  readonly now?: Date;
}

export interface RenderedExport {
  readonly bytes: Buffer;
  /** A default name for the file, e.g. `acme-managed-services-v1.pdf`. */
  readonly fileName: string;
  readonly mime: string;
  /** What was exported: the stored revision, or the current content as a draft (id null) with its fingerprint. */
  readonly revision: ExportedRevision;
}

export async function renderExport(doc: EngagementDocument, options: RenderExportOptions): Promise<RenderedExport> {
  const now = options.now ?? new Date();
  const language = options.language ?? doc.language;
  const { format } = options;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new EngagebookError(
      'invalid-argument',
      `cannot export as "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  const done = (bytes: Buffer, revision: ExportedRevision, title: string, matrix?: string): RenderedExport => ({
    bytes,
    fileName: exportFileName({ title, revision: revision.label, ...(matrix !== undefined && { matrix }) }, format),
    mime: EXPORT_MIME[format],
    revision,
  });

  if (format === 'xlsx') {
    const { renderXlsx } = await import('../xlsx/export');
    const { bytes, revision } = await renderXlsx(doc, {
      language,
      now,
      protect: options.protect ?? false,
      ...(options.revision !== undefined && { revision: options.revision }),
    });
    return done(bytes, revision, exportedContent(doc, options.revision).content.title);
  }

  const { content, revision } = exportSource(doc, options.revision, now, translator(language));
  switch (format) {
    case 'pdf': {
      const { renderPdf } = await import('../io/pdf');
      const ctx = exportContext(content, revision, language, { protect: false, exportedAt: now.toISOString() });
      return done(await renderPdf(ctx), revision, content.title);
    }
    case 'csv': {
      const { matrixCsv } = await import('../documents/csv-export');
      const matrix = options.matrix !== undefined ? findMatrix(content, options.matrix) : content.matrices[0];
      if (!matrix) throw new EngagebookError('not-found-in-document', `"${content.title}" has no matrix to export as CSV`);
      const text = matrixCsv(content, matrix, language);
      return done(Buffer.from(text, 'utf8'), revision, content.title, content.matrices.length > 1 ? matrix.title : undefined);
    }
    case 'json': {
      const { documentJson } = await import('./json');
      const stored = revision.id === null ? null : (doc.revisions.find((r) => r.id === revision.id) ?? null);
      return done(Buffer.from(documentJson(doc, stored), 'utf8'), revision, content.title);
    }
  }
}
