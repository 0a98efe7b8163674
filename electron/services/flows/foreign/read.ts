/**
 * One reading of a client's sheet: the detector run with a mapping (the person's corrections). Creating a workbook
 * needs a matrix and fails naming the file; a preview must survive a correction that finds nothing.
 */
import type { Content } from '../../../../shared/domain/document';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { Language } from '../../../../shared/domain/languages';
import { detectWorkbook, type DetectionReport } from '../../../../shared/import/detect';
import type { Mapping } from '../../../../shared/import/detect/mapping';
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { newId } from '../../store/structure';

export interface ReadOptions {
  readonly language: Language;
  /** The new workbook's title. */
  readonly title: string;
  /** The name the person knows the file by: errors name it, never the host's temporary copy. */
  readonly name: string;
}

/** Detects with `mapping`; when nothing is found it throws, naming the file. */
export function detectNamed(
  grid: WorkbookGrid,
  mapping: Mapping | undefined,
  options: ReadOptions,
): { content: Content; report: DetectionReport } {
  try {
    return detectWorkbook(grid, { language: options.language, newId, title: options.title, ...(mapping ? { mapping } : {}) });
  } catch (error) {
    if (error instanceof EngagebookError && !error.file) throw new EngagebookError(error.code, error.message, options.name);
    throw error;
  }
}

/** Detects with `mapping`; null when it finds no matrix (or names a sheet that is not there). */
export function readWith(
  grid: WorkbookGrid,
  mapping: Mapping,
  options: ReadOptions,
): { content: Content; report: DetectionReport } | null {
  try {
    return detectNamed(grid, mapping, options);
  } catch (error) {
    if (error instanceof EngagebookError && (error.code === 'no-matrix' || error.code === 'invalid-argument')) return null;
    throw error;
  }
}
