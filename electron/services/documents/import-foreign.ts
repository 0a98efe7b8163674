/** A client's own spreadsheet → a new workbook, with a report of every guess the detector made. */
import { basename, extname } from 'node:path';
import type { Content } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { detectWorkbook, type DetectionReport } from '../../../shared/import/detect';
import { MappingSchema, type Mapping } from '../../../shared/import/detect/mapping';
import type { WorkbookGrid } from '../../../shared/import/grid';
import { newId } from '../store/structure';
import { readBoundedText } from './files';

// Reading the file is the first step of every import (./import-read.ts); these names are kept for the callers.
export { readSpreadsheetGrid, readSpreadsheetWithExportMeta } from './import-read';

/** Reads and checks a mapping file: JSON, the mapping schema, nothing else. */
export function readMapping(file: string): Mapping {
  let value: unknown;
  try {
    value = JSON.parse(readBoundedText(file, 1024 * 1024));
  } catch (error) {
    if (error instanceof EngagebookError) throw error;
    throw new EngagebookError('invalid-argument', `is not valid JSON (${(error as Error).message})`, file);
  }
  const parsed = MappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EngagebookError(
      'invalid-argument',
      `is not a valid mapping: at ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`,
      file,
    );
  }
  return parsed.data;
}

export function detectForeign(
  grid: WorkbookGrid,
  file: string,
  options: { language: Language; sheet?: string; mapping?: Mapping },
): { content: Content; report: DetectionReport } {
  try {
    return detectWorkbook(grid, {
      language: options.language,
      newId,
      title: basename(file, extname(file)),
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
    });
  } catch (error) {
    if (error instanceof EngagebookError && !error.file) throw new EngagebookError(error.code, error.message, file);
    throw error;
  }
}
