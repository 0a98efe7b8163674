/**
 * A client's own spreadsheet, planned: read once, the detector's guesses shown on a preview of the real sheet, read
 * again with every correction the person makes, and made into a new workbook when they are content.
 */
import type { ForeignPreview } from '../../../../shared/api/methods/transfer';
import type { Language } from '../../../../shared/domain/languages';
import type { Mapping } from '../../../../shared/import/detect/mapping';
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { ApiError } from '../../../../shared/api/errors';

/** What the host keeps of a foreign plan between the calls (opaque to it). */
export interface ForeignState {
  readonly name: string;
}

export interface ForeignInput {
  readonly file: string;
  readonly name: string;
  readonly grid: WorkbookGrid;
  readonly language: Language;
}

export function planForeign(_input: ForeignInput): { state: ForeignState; preview: ForeignPreview } {
  throw new ApiError('internal', "a client's spreadsheet preview is not built yet");
}

export function previewForeign(_state: ForeignState, _mapping: Mapping): ForeignPreview {
  throw new ApiError('internal', "a client's spreadsheet preview is not built yet");
}

/** Writes the new workbook `out` from the plan read with `mapping`; nothing is written unless all of it could be. */
export function createFromForeign(
  _state: ForeignState,
  _mapping: Mapping | undefined,
  _options: { title?: string; language: Language; out: string },
): void {
  throw new ApiError('internal', "a client's spreadsheet preview is not built yet");
}
