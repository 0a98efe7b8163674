/**
 * Cells of a file read in that hold control characters (shared/domain/control-characters.ts). An import does not fail
 * for them and does not change them — the text is the client's, and may be fixed in the workbook afterwards — but it
 * says where they are, because they are invisible on screen and most spreadsheet formats cannot carry them back out.
 */
import { codePointName, controlCharacterProblem } from '../domain/control-characters';
import { columnName, type SheetGrid, type WorkbookGrid } from './grid';

export interface ControlCell {
  /** The cell as a spreadsheet names it, e.g. "B7" (a note: "B7 (note)"). */
  readonly cell: string;
  /** The control characters it holds, as U+0007, in order of appearance, each once. */
  readonly characters: readonly string[];
}

// eslint-disable-next-line no-control-regex
const EACH_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const charactersIn = (text: string): string[] => [...new Set(text.match(EACH_CONTROL) ?? [])].map(codePointName);

/** Every cell (and note) of `sheet` holding a control character, row by row. */
export function controlCells(sheet: SheetGrid): ControlCell[] {
  const found: ControlCell[] = [];
  // Indexed loops, no destructuring: every cell of every sheet passes here once, before the engine has optimised it.
  for (let r = 0; r < sheet.rows.length; r++) {
    const [row, cells] = sheet.rows[r]!;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]![1];
      if (controlCharacterProblem(text))
        found.push({ cell: `${columnName(cells[i]![0])}${row}`, characters: charactersIn(text) });
    }
  }
  for (const [row, column, text] of sheet.notes)
    if (controlCharacterProblem(text)) found.push({ cell: `${columnName(column)}${row} (note)`, characters: charactersIn(text) });
  return found;
}

/** "B7 (U+0007), C9 (U+001B, U+0000) and 3 more": the first few, so a message stays readable. */
export function describeControlCells(cells: readonly ControlCell[], shown = 5): string {
  const listed = cells.slice(0, shown).map((c) => `${c.cell} (${c.characters.join(', ')})`);
  const more = cells.length - listed.length;
  return more > 0 ? `${listed.join(', ')} … +${more}` : listed.join(', ');
}

/** One notice per sheet of `grid` with such cells, for the reports of returned exports and the command line. */
export function controlCharacterNotices(grid: WorkbookGrid): string[] {
  return grid.sheets.flatMap((sheet) => {
    const cells = controlCells(sheet);
    return cells.length === 0
      ? []
      : [`sheet "${sheet.name}" ${describeControlCells(cells)}: invisible control characters, kept as they are`];
  });
}
