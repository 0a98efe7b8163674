/**
 * A returned export, planned: read once, compared three ways with the workbook, kept until the person has reviewed
 * it; then checked (the findings the result would have) and applied (one undo step plus a "returned" revision).
 */
import type { Finding } from '../../../../shared/rules';
import type { Language } from '../../../../shared/domain/languages';
import type { ReturnedPlan } from '../../../../shared/api/methods/transfer';
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { ApiError } from '../../../../shared/api/errors';
import type { RowChange, Workbook } from '../../store';
import type { ExportMeta } from '../../xlsx/import/meta';
import type { Progress } from '../types';

/** What the host keeps of a returned plan between the calls (opaque to it). */
export interface ReturnedState {
  readonly docId: string;
}

export interface ReturnedInput {
  readonly docId: string;
  readonly file: string;
  readonly name: string;
  readonly grid: WorkbookGrid;
  readonly meta: ExportMeta;
  readonly workbook: Workbook;
  readonly workbookFile: string;
  readonly language: Language;
  readonly progress: Progress;
}

export function planReturned(_input: ReturnedInput): { state: ReturnedState; view: Omit<ReturnedPlan, 'planId'> } {
  throw new ApiError('internal', 'returned-file review is not built yet');
}

export function checkReturned(
  _state: ReturnedState,
  _workbook: Workbook,
  _accept: ReadonlySet<string>,
  _language: Language,
): Finding[] {
  throw new ApiError('internal', 'returned-file review is not built yet');
}

export function applyReturned(
  _state: ReturnedState,
  _workbook: Workbook,
  _accept: ReadonlySet<string>,
): { rows: RowChange[]; applied: number; revision: { id: string; label: string } | null } {
  throw new ApiError('internal', 'returned-file review is not built yet');
}
