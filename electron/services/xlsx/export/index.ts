/**
 * Excel export: the workbook that leaves the building for review and signature.
 *
 * Small documents are built in memory; above STREAMING_THRESHOLD activities the streaming writer flushes each row as
 * it is done, so memory stays flat however large the matrix. Both go through the same sheet builders (which only build
 * top-down), so the content is the same; a test compares the two. `exportXlsx` writes a file under a temporary name
 * and renames it into place; `renderXlsx` returns the same bytes and writes nothing (the export service's path).
 */
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import type { EngagementDocument } from '../../../../shared/domain/document';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { Language } from '../../../../shared/domain/languages';
import { translator } from '../../../../shared/i18n/messages';
import { exportContext, exportSource, type ExportedRevision } from '../../export/context';
import { LISTS_SHEET, META_SHEET } from '../layout';
import { writeCoverSheet, type TocEntry } from './cover-sheet';
import { guardFormulaLikeText } from './formula-like';
import { writeListsSheet, writeMetaSheet } from './hidden-sheets';
import { matrixSheetOptions, writeMatrixSheet } from './matrix-sheet';
import { sheetOptions } from './styles';
import { dropdownValues } from './roles';
import { writeScopeSheet } from './scope-sheet';
import { writeSignoffSheet } from './signoff-sheet';
import { sheetName } from './text';

/** Above this many activities the export streams. */
export const STREAMING_THRESHOLD = 2_000;

export interface XlsxExportOptions {
  /** Labels, legend and sheet names; default: the workbook's language. */
  readonly language?: Language;
  /** Id or label of a revision to export; default: the current content as a draft. */
  readonly revision?: string;
  /** Lock structure and labels, leave role, note and sign-off cells editable. Deters accidents; it is not security. */
  readonly protect?: boolean;
  /** Force the streaming (true) or in-memory (false) writer; default: by size. */
  readonly streaming?: boolean;
  /** The export time (tests pass a fixed one). */
  readonly now?: Date;
}

export interface XlsxExportResult {
  readonly file: string;
  readonly sheets: string[];
  readonly streamed: boolean;
  readonly revision: ExportedRevision;
}

type Book = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;

/** Where the workbook goes: a file (written by exceljs itself) or any writable stream. */
type Target = { readonly filename: string } | { readonly stream: Writable };

/** Builds the workbook into `target`; the sheet builders are the same for both writers and both targets. */
async function writeWorkbook(
  doc: EngagementDocument,
  target: Target,
  options: XlsxExportOptions,
): Promise<Omit<XlsxExportResult, 'file'>> {
  const now = options.now ?? new Date();
  const language = options.language ?? doc.language;
  const { content, revision } = exportSource(doc, options.revision, now, translator(language));
  const ctx = exportContext(content, revision, language, { protect: options.protect ?? false, exportedAt: now.toISOString() });
  const { t } = ctx;
  const activityCount = content.matrices.reduce((n, m) => n + m.phases.reduce((k, p) => k + p.activities.length, 0), 0);
  const streamed = options.streaming ?? activityCount > STREAMING_THRESHOLD;

  // Names first: the cover's table of contents links to every sheet.
  const taken = new Set<string>([LISTS_SHEET.toLowerCase(), META_SHEET.toLowerCase()]);
  const coverName = sheetName(t('export.sheet.cover'), taken);
  const matrixNames = content.matrices.map((m) => ({ id: m.id, sheet: sheetName(m.title, taken) }));
  const scopeName = content.scope ? sheetName(t('export.sheet.scope'), taken) : null;
  const signoffName = sheetName(t('export.sheet.signoff'), taken);
  const toc: TocEntry[] = [
    ...content.matrices.map((m, i) => ({
      sheet: matrixNames[i]!.sheet,
      description: t('export.toc.matrix', {
        phases: m.phases.length,
        activities: m.phases.reduce((n, p) => n + p.activities.length, 0),
      }),
    })),
    ...(scopeName ? [{ sheet: scopeName, description: t('export.toc.scope') }] : []),
    { sheet: signoffName, description: t('export.toc.signoff') },
  ];

  const book: Book = streamed
    ? // Inline strings: a shared-string table would hold every text of the workbook in memory until the end.
      new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useStyles: true, useSharedStrings: false })
    : new ExcelJS.Workbook();
  book.creator = 'Engagebook';
  book.created = now;
  book.modified = now;

  const add = async (
    name: string,
    write: (ws: ExcelJS.Worksheet) => Promise<void> | void,
    options: Partial<ExcelJS.AddWorksheetOptions> = sheetOptions(ctx),
  ) => {
    const ws = book.addWorksheet(name, options);
    const guard = guardFormulaLikeText(ws, streamed);
    await write(ws);
    guard.afterWrite();
    if (streamed) await (ws as unknown as { commit(): Promise<void> }).commit();
  };
  await add(coverName, (ws) => writeCoverSheet(ws, ctx, toc));
  for (const [i, matrix] of content.matrices.entries()) {
    const vocabularyIndex = content.vocabularies.findIndex((v) => v.id === matrix.vocabularyId);
    const vocabulary = content.vocabularies[vocabularyIndex];
    if (!vocabulary) throw new EngagebookError('invalid-document', `matrix "${matrix.title}" has no vocabulary`);
    await add(
      matrixNames[i]!.sheet,
      (ws) => writeMatrixSheet(ws, ctx, { matrix, vocabulary, listColumn: vocabularyIndex + 1 }),
      matrixSheetOptions(ctx, matrix),
    );
  }
  if (content.scope && scopeName) {
    const scope = content.scope;
    await add(scopeName, (ws) => writeScopeSheet(ws, ctx, scope, scopeName));
  }
  await add(signoffName, (ws) => writeSignoffSheet(ws, ctx));
  await add(LISTS_SHEET, (ws) => writeListsSheet(ws, content.vocabularies.map(dropdownValues)), { state: 'veryHidden' });
  await add(
    META_SHEET,
    (ws) => writeMetaSheet(ws, ctx, { matrices: matrixNames, scope: scopeName, signoff: signoffName }, content),
    { state: 'veryHidden' },
  );

  if (streamed) await (book as ExcelJS.stream.xlsx.WorkbookWriter).commit();
  else if ('filename' in target) await (book as ExcelJS.Workbook).xlsx.writeFile(target.filename);
  else await (book as ExcelJS.Workbook).xlsx.write(target.stream);
  return {
    sheets: [coverName, ...matrixNames.map((m) => m.sheet), ...(scopeName ? [scopeName] : []), signoffName],
    streamed,
    revision,
  };
}

/** Writes the workbook to `file`, under a temporary name renamed into place: a failed export leaves no partial file. */
export async function exportXlsx(
  doc: EngagementDocument,
  file: string,
  options: XlsxExportOptions = {},
): Promise<XlsxExportResult> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const result = await writeWorkbook(doc, { filename: temporary }, options);
    renameSync(temporary, file);
    return { file, ...result };
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof EngagebookError) throw error;
    throw new EngagebookError('io', `cannot write the Excel file: ${(error as Error).message}`, file);
  }
}

/**
 * The workbook as bytes, writing nothing: the same writers (streaming above the threshold), into memory. The bytes
 * are what the file would hold.
 */
export async function renderXlsx(
  doc: EngagementDocument,
  options: XlsxExportOptions = {},
): Promise<Omit<XlsxExportResult, 'file'> & { bytes: Buffer }> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const result = await writeWorkbook(doc, { stream }, options);
  return { ...result, bytes: Buffer.concat(chunks) };
}
