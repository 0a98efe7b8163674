/**
 * Copy and paste between the RACI grid and spreadsheets or web pages, as pure functions: the grid's copy, paste and
 * fill handlers read the clipboard, call these, and send the edits as one undoable change.
 *
 *   const grid = parseClipboard({ text: e.clipboardData.getData('text/plain'), html: e.clipboardData.getData('text/html') });
 *   const { edits, problems, clipped, range } = planPaste(view, selection, grid);
 *   // or, when the block's first column holds titles: existing rows by title, the rest offered as new activities
 *   const { edits, newActivities } = planRowsPaste(view, grid, { onTitles, parties }) ?? …;
 *
 *   const { text, html } = copyCells(view, selection);   // setData('text/plain', text); setData('text/html', html)
 */
export { copyCells, type CopiedCells, type CopyOptions } from './copy';
export { escapeFormula, startsLikeFormula, unescapeFormula } from './formula';
export { MAX_CLIPBOARD_CELLS, parseClipboard, parseHtmlTable, parseTsv, type ClipboardData } from './parse';
export { planFill, planPaste, type FillOptions, type PastePlan, type PasteProblem } from './plan';
export { readCell, readRoleText, sameRoles, type PasteProblemReason, type ReadCell } from './roles';
export { planRowsPaste, type NewActivity, type RowPasteProblem, type RowsPasteOptions, type RowsPastePlan } from './rows';
export {
  clampRange,
  rangeBetween,
  ROLE_SEPARATOR,
  roleText,
  type CellEdit,
  type CellPosition,
  type CellRange,
  type MatrixView,
} from './view';
