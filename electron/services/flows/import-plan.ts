/**
 * The first step of every import from the page: read the uploaded file once and decide what it is — a returned export
 * of the open workbook (reviewed change by change), canonical JSON or another workbook's export (a new workbook as it
 * is), or a client's own spreadsheet (a new workbook from the detector's guesses, corrected in a preview).
 */
import { extname } from 'node:path';
import type { ImportPlanView } from '../../../shared/api/methods/transfer';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { readSpreadsheetWithExportMeta } from '../documents/import-foreign';
import { readReturnedFile } from '../documents/import-returned';
import { readJsonFile } from '../documents/json-file';
import { createWorkbook, readContent, type Workbook } from '../store';
import { planForeign, type ForeignState } from './foreign/plan';
import { planReturned, type ReturnedState } from './returned/plan';
import type { Progress } from './types';

/** A file that becomes a workbook as it is. */
export interface WorkbookState {
  readonly title: string;
  readonly create: (out: string) => Promise<void>;
}

export type PlanState =
  | { readonly kind: 'returned'; readonly state: ReturnedState }
  | { readonly kind: 'foreign'; readonly state: ForeignState }
  | { readonly kind: 'workbook'; readonly state: WorkbookState };

export interface PlanTarget {
  readonly docId: string;
  readonly workbook: Workbook;
  readonly file: string;
}

/**
 * Errors name the file the person chose, not the temporary copy the host read: the message they see must make sense
 * to them.
 */
export function naming<T>(file: string, name: string, work: () => T): T {
  const rename = (error: unknown): never => {
    if (error instanceof EngagebookError && error.file === file) {
      const message = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
      throw new EngagebookError(error.code, message, name);
    }
    throw error;
  };
  try {
    const result = work();
    return (result instanceof Promise ? result.catch(rename) : result) as T;
  } catch (error) {
    return rename(error);
  }
}

export async function planImport(
  file: string,
  name: string,
  target: PlanTarget | null,
  options: { language: Language; progress: Progress },
): Promise<{ plan: PlanState; view: ImportPlanView }> {
  return naming(file, name, async () => {
    if (extname(file) === '.json') {
      const doc = readJsonFile(file);
      return workbookPlan(name, 'json', doc.title, [], async (out) => createWorkbook(out, doc, doc.revisions));
    }
    options.progress('reading', 0, null);
    const { grid, meta } = await readSpreadsheetWithExportMeta(file);
    if (meta && target && meta.workbookId === readContent(target.workbook.db, target.file).id) {
      const { state, view } = planReturned({
        docId: target.docId,
        file,
        name,
        grid,
        meta,
        workbook: target.workbook,
        workbookFile: target.file,
        language: options.language,
        progress: options.progress,
      });
      return { plan: { kind: 'returned', state }, view };
    }
    if (meta) {
      // Another workbook's export (or one opened from the start screen): its client's version, as a new workbook.
      const { theirs, notices } = await readReturnedFile(file, grid, meta);
      return workbookPlan(name, 'export', theirs.title, notices, async (out) => createWorkbook(out, theirs));
    }
    const { state, preview } = planForeign({ file, name, grid, language: options.language });
    return { plan: { kind: 'foreign', state }, view: { kind: 'foreign', fileName: name, preview } };
  });
}

function workbookPlan(
  name: string,
  source: 'json' | 'export',
  title: string,
  notices: string[],
  create: (out: string) => Promise<void>,
): { plan: PlanState; view: ImportPlanView } {
  return {
    plan: { kind: 'workbook', state: { title, create } },
    view: { kind: 'workbook', fileName: name, title, source, notices },
  };
}
