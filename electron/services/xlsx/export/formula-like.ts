/**
 * Text that starts like a formula (shared/clipboard/formula.ts decides) stays text in the workbook. exceljs writes
 * every JavaScript string as a string cell, never as a formula, so the cell already opens as typed; here such cells
 * also get the Text number format ("@"), so a client who opens the cell in Excel and presses Enter keeps text
 * instead of running it. The text itself is never changed: no apostrophe, no stripped spaces.
 */
import type { Row, Worksheet } from 'exceljs';
import { startsLikeFormula } from '../../../../shared/clipboard/formula';

/** Excel's built-in "Text" number format. */
export const TEXT_FORMAT = '@';

/** Marks every plain-string cell of `row` that a spreadsheet could take for a formula as Text. */
export function keepFormulaLikeTextAsText(row: Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && startsLikeFormula(cell.value))
      // A fresh style object: exceljs may share one style object between cells, and only this cell changes.
      cell.style = { ...cell.style, numFmt: TEXT_FORMAT };
  });
}

/** The part of exceljs's streaming sheet writer every committed row passes through (not in its typings). */
interface StreamedSheet {
  _writeRow(row: Row): void;
}

/**
 * Applies keepFormulaLikeTextAsText to every row of `ws`. A streamed sheet writes each row as the builder commits it,
 * so the check runs as each row is written; an in-memory sheet is checked once its builder is done.
 */
export function guardFormulaLikeText(ws: Worksheet, streamed: boolean): { afterWrite(): void } {
  if (!streamed) return { afterWrite: () => ws.eachRow((row) => keepFormulaLikeTextAsText(row)) };
  const sheet = ws as unknown as StreamedSheet;
  const writeRow = sheet._writeRow.bind(sheet);
  sheet._writeRow = (row) => {
    keepFormulaLikeTextAsText(row);
    writeRow(row);
  };
  return { afterWrite: () => undefined };
}
