/**
 * Reading a matrix in one orientation: the header row, the party columns under it, the activity label column, phases
 * from section rows or a fill-down grouping column, and party groups from a second header row.
 */
import { Sheet, textIn, type SheetGrid } from '../grid';
import { codeReaderFor, codesIn, MergeIndex, sheetContext, splitCell } from './cells';
import type { CodeContext } from './codes';
import { chooseLabelColumn, choosePhaseColumn } from './columns';
import { groupsFor } from './groups';
import { headerCandidates, mergedDown, type HeaderCandidate } from './header';
import { clean, isPlaceholder, tidy } from './hygiene';
import type { TableOverrides } from './mapping';
import type { DetectedRow, DetectedTable, PartyColumn } from './table';

/** The header row and party columns a mapping gives, or what the detector finds. */
function headerFor(grid: SheetGrid, context: CodeContext, overrides: TableOverrides): HeaderCandidate | null {
  if (overrides.headerRow && overrides.partyColumns) {
    const partyColumns = [...overrides.partyColumns].sort((a, b) => a - b);
    return { header: overrides.headerRow, partyColumns, codeCells: 0, filledCells: 0, score: 1 };
  }
  // A given header row: take the columns whose header names a party, as the detector would below it.
  const found = headerCandidates(grid, context, overrides.headerRow)[0] ?? null;
  if (!overrides.headerRow && found && overrides.partyColumns) return { ...found, partyColumns: [...overrides.partyColumns] };
  return found;
}

/** The header cell's text, or the text of a vertical merge that covers it from the row above. */
function headerText(sheet: Sheet, grid: SheetGrid, header: number, column: number): string {
  const own = sheet.text(header, column);
  if (own) return own;
  const row = grid.rows.find(([r]) => r === header)?.[1] ?? [];
  return mergedDown(grid, header, row).find(([c]) => c === column)?.[1] ?? '';
}

/** The codes of an empty cell, one array for all of them (frozen: nothing may add to it). */
const NO_CODES = Object.freeze([]) as unknown as string[];

export function detectTable(
  grid: SheetGrid,
  outer: CodeContext,
  transposed = false,
  overrides: TableOverrides = {},
): DetectedTable | null {
  const context = sheetContext(grid, outer);
  const sheet = Sheet.of(grid);
  const found = headerFor(grid, context, overrides);
  if (!found) return null;
  const { header, partyColumns } = found;
  const merges = new MergeIndex(grid);
  const firstParty = Math.min(...partyColumns);
  const dataRows = sheet.rowNumbers().filter((r) => r > header);
  // The table ends after two empty rows; what follows (a legend, notes) must not outvote the activity titles.
  const end = dataRows.findIndex((r, i) => i > 0 && r - dataRows[i - 1]! > 2);
  const tableRows = end < 0 ? dataRows : dataRows.slice(0, end);

  const choice = chooseLabelColumn(sheet, header, tableRows, firstParty, context);
  let { labelColumn } = choice;
  if (overrides.labelColumn) labelColumn = overrides.labelColumn;
  else if (labelColumn === 0 || choice.labelCount <= 0) return null;
  // The numbering column nearest the titles, if any.
  const idColumn = choice.idColumns.filter((c) => c < labelColumn).pop() ?? null;
  const phaseColumn = overrides.phaseColumn !== undefined ? overrides.phaseColumn : choosePhaseColumn(choice);

  const groups = groupsFor(sheet, merges, header, partyColumns);
  const parties: PartyColumn[] = partyColumns.map((column) => ({
    column,
    name: tidy(headerText(sheet, grid, header, column)),
    group: groups.get(column) ?? null,
  }));

  const readCodes = codeReaderFor(context);
  const noNotes = Object.freeze(partyColumns.map(() => null)) as Array<string | null>;
  const rows: DetectedRow[] = [];
  const skipped: Array<{ row: number; reason: string }> = [];
  let phase: string | null = null;
  let filledCells = 0;
  let codeCells = 0;
  const rowHasCodes = (r: number) => partyColumns.some((c) => codesIn(sheet.text(r, c), context)?.length);
  /** A titled row without roles is a section when it is not numbered and spans the parties, heads rows with roles, or comes first. */
  const isSection = (r: number, next: number | undefined, first: boolean) => {
    // A numbered row is an activity, even without roles — unless its number heads the next ones ("2" over "2.1").
    const id = idColumn ? clean(sheet.text(r, idColumn)) : '';
    const nextId = idColumn && next !== undefined ? clean(sheet.text(next, idColumn)) : '';
    const numbered = id !== '' && !(nextId.startsWith(`${id.replace(/\.$/, '')}.`) && nextId.length > id.length);
    if (numbered) return false;
    const merged = merges.at(r, labelColumn);
    const spansParties = merged !== undefined && merged[3] >= firstParty;
    return spansParties || (next !== undefined && rowHasCodes(next)) || first;
  };
  for (let i = 0; i < dataRows.length; i++) {
    const r = dataRows[i]!;
    if (end >= 0 && i >= end) {
      if (rows.length > 0) {
        skipped.push({ row: r, reason: 'after the end of the table' });
        continue;
      }
    }
    // The row's cells are looked up once; each column is then found among its dozen cells.
    const cells = sheet.rowCells(r);
    if (phaseColumn) {
      const group = tidy(textIn(cells, phaseColumn));
      if (group) phase = group;
    }
    // A row whose only label is in the grouping column (a step with no separate task) is an activity of its own.
    const ownLabel = textIn(cells, labelColumn);
    const label = splitCell(ownLabel || (phaseColumn ? textIn(cells, phaseColumn) : ''));
    const title = tidy(label.head);
    // One pass over the party cells, in plain loops: this runs for every row of a sheet 20,000 rows long. An empty
    // cell's codes and a row's lack of remarks are shared frozen arrays: a table keeps every row, and 100,000 empty
    // arrays were a good part of detection's garbage collection.
    const codes: string[][] = [];
    let notes = noNotes;
    let hasCodes = false;
    for (let k = 0; k < partyColumns.length; k++) {
      const text = textIn(cells, partyColumns[k]!);
      const read = text ? readCodes(text) : NO_CODES;
      if (text) filledCells++;
      if (read?.length) {
        codeCells++;
        hasCodes = true;
      }
      codes.push(read ?? NO_CODES);
      const note = text.includes('\n') ? splitCell(text).rest : null;
      if (note !== null) {
        if (notes === noNotes) notes = [...noNotes];
        notes[k] = note;
      }
    }
    if (!title || isPlaceholder(title)) {
      skipped.push({ row: r, reason: title ? `placeholder "${title}"` : 'no activity title' });
      continue;
    }
    // A row with roles, or under a grouping column, is an activity: what would make it a section is not asked.
    if (!hasCodes && !phaseColumn && isSection(r, dataRows[i + 1], rows.length === 0)) {
      phase = title;
      rows.push({ row: r, kind: 'section', title, description: null, phase: title, codes: [], notes: [] });
      continue;
    }
    rows.push({ row: r, kind: 'activity', title, description: label.rest, phase, codes, notes });
  }
  const activities = rows.filter((row) => row.kind === 'activity');
  if (activities.length === 0) return null;
  return {
    sheet: grid.name,
    transposed,
    headerRow: header,
    labelColumn,
    phaseColumn,
    parties,
    rows,
    skipped,
    confidence: filledCells === 0 ? 0 : Math.round((codeCells / filledCells) * 100) / 100,
    cellCounts: { filled: filledCells, codes: codeCells },
    idColumns: choice.idColumns,
  };
}
