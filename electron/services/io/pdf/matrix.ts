/**
 * One section per responsibility matrix, landscape: the title and draft mark, the vocabulary's legend in the role
 * colours, then the grid — party groups and party names as header rows that repeat on every page, each phase as a band
 * row, one row per activity with its description under the title, role codes per party in the colour of the role that
 * matters most (as the xlsx's conditional formats), and the notes. A row does not split over two pages (one taller
 * than a page is printed as several rows: pieces.ts).
 */
import type { Content, ContentSection, TableCell } from 'pdfmake/interfaces';
import type { Activity, Matrix } from '../../../../shared/domain/document';
import type { Vocabulary } from '../../../../shared/domain/vocabulary';
import { isDraft, roleTint, type ExportContext } from '../../export/context';
import { rolesByPriority } from '../../xlsx/export/roles';
import { ROLE_SEPARATOR } from '../../xlsx/layout';
import { GRID_FONT, matrixColumns, type MatrixColumns } from './matrix-columns';
import { COLOR, GRID, NONE, headerCell, section } from './page';
import { pieceContent, pieces, type Block } from './pieces';

const CONTINUED: [boolean, boolean, boolean, boolean] = [true, false, true, true];

/** Role codes in the order their colours apply ("R/A" takes the accountable colour), each with its tint. */
type Tints = ReadonlyArray<{ readonly code: string; readonly tint: string }>;

export function matrixSection(ctx: ExportContext, matrix: Matrix, vocabulary: Vocabulary, id: string): ContentSection {
  const { t, language } = ctx;
  const cols = matrixColumns(ctx, matrix);
  const width = matrix.partyIds.length + 1 + (cols.notes === null ? 0 : 1);
  const tints: Tints = rolesByPriority(vocabulary).map((role) => ({ code: role.code.toUpperCase(), tint: roleTint(role.color) }));

  const title: Content = {
    columns: [
      { text: matrix.title, style: 'title', id, width: '*' },
      ...(isDraft(ctx) ? [{ text: t('export.cover.draft'), style: 'draft', width: 'auto' } as Content] : []),
    ],
  };
  const legend: Content[] = [
    { text: `${t('export.matrix.legend')} — ${vocabulary.name}`, style: 'muted', fontSize: 8, margin: [0, 0, 0, 2] },
    {
      layout: GRID,
      margin: [0, 0, 0, 8],
      fontSize: 8,
      table: {
        body: [
          vocabulary.roles.map((role) => ({
            text: `${role.code} = ${role.labels[language] || role.label}`,
            fillColor: roleTint(role.color),
          })),
        ],
      },
    },
  ];

  const header: TableCell[][] = [];
  const groups = partyGroups(ctx, matrix);
  if (groups.some((g) => g.group)) {
    const row: TableCell[] = [{ text: '', border: NONE }];
    for (const run of groups) {
      row.push(
        run.group
          ? { text: run.group, colSpan: run.span, bold: true, alignment: 'center', fillColor: COLOR.band }
          : { text: '', colSpan: run.span, border: NONE },
      );
      for (let i = 1; i < run.span; i++) row.push('');
    }
    if (cols.notes !== null) row.push({ text: '', border: NONE });
    header.push(row);
  }
  header.push([
    headerCell(t('export.matrix.activity')),
    ...matrix.partyIds.map((partyId) => headerCell(ctx.party(partyId)?.name ?? partyId)),
    ...(cols.notes === null ? [] : [headerCell(t('export.matrix.notes'))]),
  ]);

  const body: TableCell[][] = [...header];
  for (const phase of matrix.phases) {
    const band: TableCell[] = [{ text: phase.title, colSpan: width, bold: true, fillColor: COLOR.band }];
    for (let i = 1; i < width; i++) band.push('');
    body.push(band);
    for (const activity of phase.activities) body.push(...activityRows(ctx, matrix, tints, cols, activity));
  }

  const grid: Content = {
    layout: GRID,
    fontSize: GRID_FONT.body,
    table: {
      headerRows: header.length,
      dontBreakRows: true,
      widths: [cols.activity, ...matrix.partyIds.map(() => cols.party), ...(cols.notes === null ? [] : [cols.notes])],
      body,
    },
  };
  return section('landscape', [title, ...legend, grid]);
}

/** Consecutive parties under the same group heading, as the xlsx merges them. */
function partyGroups(ctx: ExportContext, matrix: Matrix): Array<{ group: string; span: number }> {
  const runs: Array<{ group: string; span: number }> = [];
  for (const partyId of matrix.partyIds) {
    const group = ctx.party(partyId)?.group ?? '';
    const last = runs.at(-1);
    if (last && group && last.group === group) last.span++;
    else runs.push({ group, span: 1 });
  }
  return runs;
}

/** An activity's row: usually one, several when its text is taller than a page could hold (pieces.ts). */
function activityRows(ctx: ExportContext, matrix: Matrix, tints: Tints, cols: MatrixColumns, activity: Activity): TableCell[][] {
  const cells = new Map(activity.cells.map((c) => [c.partyId, c]));
  const notes: Block[] = matrix.partyIds.flatMap((partyId) => {
    const note = cells.get(partyId)?.note;
    return note ? [{ prefix: `${ctx.party(partyId)?.name ?? partyId}: `, text: note, size: GRID_FONT.small }] : [];
  });
  const described: Block[] = [
    { text: activity.title, size: GRID_FONT.body },
    ...(activity.description ? [{ text: activity.description, size: GRID_FONT.small, muted: true }] : []),
    ...(cols.notesInline ? notes : []),
  ];
  const left = pieces(described, cols.activity);
  const right = cols.notes === null ? [] : pieces(notes, cols.notes);

  const roles: TableCell[] = matrix.partyIds.map((partyId) => {
    const cell = cells.get(partyId);
    if (!cell || cell.roles.length === 0) return '';
    const codes = cell.roles.map((code) => code.toUpperCase());
    const role = tints.find((r) => codes.includes(r.code));
    const text = cell.roles.join(ROLE_SEPARATOR);
    return role ? { text, alignment: 'center', fillColor: role.tint } : { text, alignment: 'center' };
  });
  const rows: TableCell[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length, 1); i++) {
    // Continued rows carry the rest of the text, with no rule above them.
    const cell = (piece: Block[] | undefined): TableCell => {
      const content = piece ? pieceContent(piece, GRID_FONT.body) : '';
      if (i === 0) return content;
      return typeof content === 'string' ? { text: content, border: CONTINUED } : { ...content, border: CONTINUED };
    };
    rows.push([
      cell(left[i]),
      ...(i === 0 ? roles : roles.map(() => cell(undefined))),
      ...(cols.notes === null ? [] : [cell(right[i])]),
    ]);
  }
  return rows;
}
