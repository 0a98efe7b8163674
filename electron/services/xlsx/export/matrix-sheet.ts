/**
 * One sheet per responsibility matrix: parties as columns under their group, phases as bold band rows with the
 * activities grouped (outlined) beneath, role cells with a dropdown and colours that follow the client's edits, a
 * live rule check per row, notes as Excel notes and in a printable notes column. Built strictly top-down, so the
 * streaming writer can flush each row as soon as it is done.
 */
import type { AddWorksheetOptions, DataValidation, Worksheet } from 'exceljs';
import type { Activity, Matrix } from '../../../../shared/domain/document';
import type { Vocabulary } from '../../../../shared/domain/vocabulary';
import { COLUMN_IDS, ID_COLUMN, LISTS_SHEET, MATRIX_ROWS, ROLE_SEPARATOR, ROW_ID, SPARE_ROWS } from '../layout';
import { checkFormula, type CheckTexts } from './check-formula';
import { isDraft, type ExportContext } from '../../export/context';
import { checkOutcome, dropdownValues, labelsOfKind, rolesByPriority } from './roles';
import {
  bandFill,
  bodyFont,
  boxBorder,
  centered,
  draftFont,
  headerFill,
  headerFont,
  headingFont,
  mutedFont,
  protectSheet,
  roleFill,
  sheetOptions,
  solid,
  titleFont,
  wrap,
  wrappedHeight,
} from './styles';
import { cellText, optionalText, xmlSafe } from './text';
import { columnName } from '../../../../shared/import/grid';

export interface MatrixSheetInput {
  readonly matrix: Matrix;
  readonly vocabulary: Vocabulary;
  /** Column of the vocabulary's dropdown values on the lists sheet (1-based). */
  readonly listColumn: number;
}

/** Where everything sits on a matrix sheet; computed once from the matrix. */
interface Columns {
  readonly activity: number;
  readonly description: number | null;
  readonly firstParty: number;
  readonly lastParty: number;
  readonly check: number;
  readonly notes: number;
}

function columnsFor(matrix: Matrix): Columns {
  const hasDescription = matrix.phases.some((p) => p.activities.some((a) => a.description));
  const activity = ID_COLUMN + 1;
  const description = hasDescription ? activity + 1 : null;
  const firstParty = (description ?? activity) + 1;
  const lastParty = firstParty + matrix.partyIds.length - 1;
  return { activity, description, firstParty, lastParty, check: lastParty + 1, notes: lastParty + 2 };
}

const WIDTH = { activity: 52, description: 36, party: 20, check: 22, notes: 48 } as const;

/** Frozen header and activity column, outline, header rows repeated on every printed page. */
export function matrixSheetOptions(ctx: ExportContext, matrix: Matrix): Partial<AddWorksheetOptions> {
  const cols = columnsFor(matrix);
  return sheetOptions(ctx, {
    view: {
      state: 'frozen',
      xSplit: cols.activity,
      ySplit: MATRIX_ROWS.header,
      topLeftCell: `${columnName(cols.activity + 1)}${MATRIX_ROWS.firstData}`,
    },
    titleRows: `${MATRIX_ROWS.groups}:${MATRIX_ROWS.header}`,
    outline: true,
  });
}

export async function writeMatrixSheet(ws: Worksheet, ctx: ExportContext, input: MatrixSheetInput): Promise<void> {
  const { matrix, vocabulary } = input;
  const { t, language } = ctx;
  const cols = columnsFor(matrix);
  const activityCount = matrix.phases.reduce((n, p) => n + p.activities.length, 0);
  const lastDataRow = MATRIX_ROWS.firstData + matrix.phases.length + activityCount - 1;
  const partyRange = (row: number) => `${columnName(cols.firstParty)}${row}:${columnName(cols.lastParty)}${row}`;
  const accountable = labelsOfKind(vocabulary, 'accountable', language);
  const responsible = labelsOfKind(vocabulary, 'responsible', language);
  const checkTexts: CheckTexts = {
    ok: t('export.check.ok'),
    noAccountable: t('export.check.noAccountable', { roles: accountable }),
    multipleAccountable: t('export.check.multipleAccountable', { roles: accountable }),
    noResponsible: t('export.check.noResponsible', { roles: responsible }),
  };

  ws.columns = [
    { width: 12, hidden: true },
    { width: WIDTH.activity },
    ...(cols.description ? [{ width: WIDTH.description }] : []),
    ...matrix.partyIds.map(() => ({ width: WIDTH.party })),
    { width: WIDTH.check },
    { width: WIDTH.notes },
  ];

  // Row 1: title and draft mark.
  const title = ws.getRow(MATRIX_ROWS.title);
  title.getCell(cols.activity).value = cellText(matrix.title);
  title.getCell(cols.activity).font = titleFont;
  if (isDraft(ctx)) {
    title.getCell(cols.check).value = t('export.cover.draft');
    title.getCell(cols.check).font = draftFont;
  }
  title.height = 24;
  title.commit();

  // Row 2: the vocabulary legend, one coloured cell per role.
  const legend = ws.getRow(MATRIX_ROWS.legend);
  legend.getCell(cols.activity).value = `${t('export.matrix.legend')} — ${vocabulary.name}`;
  legend.getCell(cols.activity).font = mutedFont;
  vocabulary.roles.forEach((role, i) => {
    const cell = legend.getCell(cols.firstParty + i);
    cell.value = `${role.code} = ${role.labels[language] || role.label}`;
    cell.fill = roleFill(role.color);
    cell.font = bodyFont;
    cell.alignment = centered;
    cell.border = boxBorder;
  });
  legend.height = 30;
  legend.commit();

  // Row 3 (hidden): what each column is, by id, for the import of the returned file.
  const ids = ws.getRow(MATRIX_ROWS.ids);
  ids.getCell(ID_COLUMN).value = `${ROW_ID.matrix}${matrix.id}`;
  ids.getCell(cols.activity).value = COLUMN_IDS.activity;
  if (cols.description) ids.getCell(cols.description).value = COLUMN_IDS.description;
  matrix.partyIds.forEach((id, i) => (ids.getCell(cols.firstParty + i).value = `${ROW_ID.party}${id}`));
  ids.getCell(cols.check).value = COLUMN_IDS.check;
  ids.getCell(cols.notes).value = COLUMN_IDS.notes;
  ids.hidden = true;
  ids.commit();

  // Row 4: party groups, merged over the columns they cover.
  const groups = ws.getRow(MATRIX_ROWS.groups);
  const runs: Array<{ group: string; from: number; to: number }> = [];
  matrix.partyIds.forEach((id, i) => {
    const group = ctx.party(id)?.group ?? '';
    const last = runs.at(-1);
    if (last && last.group === group && group) last.to = cols.firstParty + i;
    else runs.push({ group, from: cols.firstParty + i, to: cols.firstParty + i });
  });
  for (const run of runs) {
    if (!run.group) continue;
    const cell = groups.getCell(run.from);
    cell.value = cellText(run.group);
    cell.font = headingFont;
    cell.alignment = centered;
    cell.fill = bandFill;
    cell.border = boxBorder;
    if (run.to > run.from) ws.mergeCells(MATRIX_ROWS.groups, run.from, MATRIX_ROWS.groups, run.to);
  }
  groups.height = runs.some((run) => run.group)
    ? wrappedHeight(runs.map((run) => ({ text: run.group, width: WIDTH.party * (run.to - run.from + 1) })))
    : 8;
  groups.commit();

  // Row 5: column headers (repeated on every printed page, filterable).
  const header = ws.getRow(MATRIX_ROWS.header);
  const headers: Array<[number, string]> = [
    [ID_COLUMN, t('export.matrix.id')],
    [cols.activity, t('export.matrix.activity')],
    ...(cols.description ? [[cols.description, t('export.matrix.description')] as [number, string]] : []),
    ...matrix.partyIds.map((id, i): [number, string] => [cols.firstParty + i, cellText(ctx.party(id)?.name ?? id)]),
    [cols.check, t('export.matrix.check')],
    [cols.notes, t('export.matrix.notes')],
  ];
  for (const [column, text] of headers) {
    const cell = header.getCell(column);
    cell.value = text;
    cell.font = headerFont;
    cell.fill = headerFill;
    cell.alignment = centered;
    cell.border = boxBorder;
  }
  header.height = wrappedHeight(
    headers.slice(2).map(([, text]) => ({ text, width: WIDTH.party })),
    32,
  );
  header.commit();

  // Data rows: a band row per phase, then its activities one outline level down.
  let rowNumber = MATRIX_ROWS.firstData;
  for (const phase of matrix.phases) {
    const band = ws.getRow(rowNumber++);
    band.getCell(ID_COLUMN).value = `${ROW_ID.phase}${phase.id}`;
    band.getCell(cols.activity).value = cellText(phase.title);
    for (let c = cols.activity; c <= cols.notes; c++) {
      band.getCell(c).fill = bandFill;
      band.getCell(c).font = headingFont;
      band.getCell(c).border = boxBorder;
    }
    band.commit();
    for (const activity of phase.activities) {
      writeActivityRow(ws.getRow(rowNumber), activity, ctx, input, cols, partyRange(rowNumber), checkTexts);
      rowNumber++;
    }
  }

  // Dropdowns and colours cover the grid plus spare rows for what the client adds; one rule per range, not per cell.
  const gridTo = lastDataRow + SPARE_ROWS;
  const roleRange = `${columnName(cols.firstParty)}${MATRIX_ROWS.firstData}:${columnName(cols.lastParty)}${gridTo}`;
  const values = dropdownValues(vocabulary);
  const roleNames = vocabulary.roles.map((r) => `${r.code} = ${r.labels[language] || r.label}`).join(', ');
  // exceljs supports range validations but its typings do not declare `dataValidations`.
  (ws as Worksheet & { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations.add(roleRange, {
    type: 'list',
    allowBlank: true,
    formulae: [`'${LISTS_SHEET}'!$${columnName(input.listColumn)}$1:$${columnName(input.listColumn)}$${values.length}`],
    showInputMessage: true,
    promptTitle: t('export.validation.title'),
    prompt: xmlSafe(t('export.validation.prompt', { roles: roleNames })).slice(0, 255),
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: t('export.validation.title'),
    error: xmlSafe(t('export.validation.error', { vocabulary: vocabulary.name, roles: values.join(', ') })).slice(0, 255),
  });
  const topLeft = `${columnName(cols.firstParty)}${MATRIX_ROWS.firstData}`;
  ws.addConditionalFormatting({
    ref: roleRange,
    rules: rolesByPriority(vocabulary).map((role, i) => ({
      type: 'expression',
      priority: i + 1,
      formulae: [
        `ISNUMBER(FIND("${ROLE_SEPARATOR}${role.code.toUpperCase().replace(/"/g, '""')}${ROLE_SEPARATOR}","${ROLE_SEPARATOR}"&UPPER(SUBSTITUTE(${topLeft}," ",""))&"${ROLE_SEPARATOR}"))`,
      ],
      style: { fill: roleFill(role.color) },
    })),
  });
  const checkCell = `${columnName(cols.check)}${MATRIX_ROWS.firstData}`;
  ws.addConditionalFormatting({
    ref: `${columnName(cols.check)}${MATRIX_ROWS.firstData}:${columnName(cols.check)}${gridTo}`,
    rules: [
      {
        type: 'expression',
        priority: vocabulary.roles.length + 1,
        formulae: [`AND(LEN(${checkCell})>0,${checkCell}<>"${checkTexts.ok.replace(/"/g, '""')}")`],
        style: { fill: solid('FFC0392B'), font: { color: { argb: 'FFFFFFFF' }, bold: true } },
      },
    ],
  });
  ws.autoFilter = {
    from: { row: MATRIX_ROWS.header, column: cols.activity },
    to: { row: Math.max(lastDataRow, MATRIX_ROWS.header), column: cols.notes },
  };
  await protectSheet(ws, ctx);
}

function writeActivityRow(
  row: ReturnType<Worksheet['getRow']>,
  activity: Activity,
  ctx: ExportContext,
  input: MatrixSheetInput,
  cols: Columns,
  range: string,
  checkTexts: CheckTexts,
): void {
  const { matrix, vocabulary } = input;
  row.outlineLevel = 1;
  row.getCell(ID_COLUMN).value = `${ROW_ID.activity}${activity.id}`;
  const title = row.getCell(cols.activity);
  title.value = cellText(activity.title);
  title.alignment = wrap;
  if (cols.description) {
    row.getCell(cols.description).value = optionalText(activity.description);
    row.getCell(cols.description).alignment = wrap;
    row.getCell(cols.description).font = mutedFont;
  }
  const notes: string[] = [];
  matrix.partyIds.forEach((partyId, i) => {
    const cell = row.getCell(cols.firstParty + i);
    const data = activity.cells.find((c) => c.partyId === partyId);
    // A noted cell without roles holds "" so exceljs keeps its note.
    cell.value = data ? cellText(data.roles.join(ROLE_SEPARATOR)) : null;
    if (data?.note) {
      cell.note = cellText(data.note);
      notes.push(`${ctx.party(partyId)?.name ?? partyId}: ${data.note}`);
    }
    cell.alignment = centered;
    cell.border = boxBorder;
    cell.font = bodyFont;
    if (ctx.protect) cell.protection = { locked: false };
  });
  const outcome = checkOutcome(vocabulary, activity.cells, matrix.partyIds);
  const check = row.getCell(cols.check);
  check.value = {
    formula: checkFormula(vocabulary, range, checkTexts),
    result: outcome === 'empty' ? '' : checkTexts[outcome],
  };
  check.alignment = centered;
  check.border = boxBorder;
  const notesCell = row.getCell(cols.notes);
  notesCell.value = optionalText(notes.join('\n'));
  row.height = wrappedHeight([
    { text: activity.title, width: WIDTH.activity },
    { text: activity.description ?? '', width: WIDTH.description, fontSize: 10 },
    { text: notes.join('\n'), width: WIDTH.notes, fontSize: 10 },
  ]);
  notesCell.alignment = wrap;
  notesCell.font = mutedFont;
  if (ctx.protect) notesCell.protection = { locked: false };
  row.commit();
}
