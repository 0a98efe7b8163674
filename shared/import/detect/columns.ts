/**
 * The activity (label) column and the phase column, left of the parties. A numbering column ("#", "Step Id", 1..n,
 * "1.1", "T-01") is neither: the title is the text column next to it.
 */
import type { Sheet } from '../grid';
import { codeReaderFor } from './cells';
import type { CodeContext } from './codes';
import { isPlaceholder } from './hygiene';
import { isIdHeading, isNumbering } from './labels';

export interface TextColumn {
  readonly column: number;
  /** Rows of the table with a title-like text in this column. */
  readonly count: number;
}

export interface LabelChoice {
  readonly labelColumn: number;
  readonly labelCount: number;
  /** The columns left of the parties that hold text, numbering columns excluded. */
  readonly textColumns: TextColumn[];
  /** Columns passed over because they number the rows. */
  readonly idColumns: number[];
}

/** Rows of the table read to choose the label and phase columns. */
const LABEL_SAMPLE = 2000;

/** The text column with the most titles left of the parties; the rightmost of equals (nearest the roles). */
export function chooseLabelColumn(
  sheet: Sheet,
  header: number,
  tableRows: readonly number[],
  firstParty: number,
  context: CodeContext,
): LabelChoice {
  let labelColumn = 0;
  let labelCount = -1;
  const textColumns: TextColumn[] = [];
  const idColumns: number[] = [];
  // The first rows of the table say which column holds the titles as well as all of them would.
  const sample = tableRows.slice(0, LABEL_SAMPLE);
  const readCodes = codeReaderFor(context);
  for (let c = 1; c < firstParty; c++) {
    let count = 0;
    let numbers = 0;
    for (const r of sample) {
      const text = sheet.text(r, c);
      if (!text || readCodes(text)?.length || isPlaceholder(text)) continue;
      count++;
      if (isNumbering(text)) numbers++;
    }
    if (count > 0 && (isIdHeading(sheet.text(header, c)) || numbers / count >= 0.8)) {
      idColumns.push(c);
      continue;
    }
    textColumns.push({ column: c, count });
    if (count >= labelCount) {
      labelColumn = c;
      labelCount = count;
    }
  }
  // Milestones named by their dates: the numbering column is all the titles there are.
  if (labelColumn === 0 && idColumns.length > 0) {
    const column = idColumns[idColumns.length - 1]!;
    return { labelColumn: column, labelCount: sample.filter((r) => sheet.text(r, column)).length, textColumns, idColumns: [] };
  }
  // With a numbering column, the titles are in the text column right after it (a description further right is not).
  const afterId = textColumns.find((t) => idColumns.includes(t.column - 1));
  if (afterId && afterId.column !== labelColumn && afterId.count >= 0.8 * labelCount) {
    labelColumn = afterId.column;
    labelCount = afterId.count;
  }
  return { labelColumn, labelCount, textColumns, idColumns };
}

/** A sparser text column left of the label column groups rows into phases (filled down). */
export function choosePhaseColumn(choice: LabelChoice): number | null {
  return (
    choice.textColumns
      .filter((t) => t.column < choice.labelColumn && t.count > 0 && t.count < choice.labelCount)
      .sort((a, b) => b.count - a.count)[0]?.column ?? null
  );
}
