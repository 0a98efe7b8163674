/**
 * The parts of a client-sheet preview: the real sheet's top-left cells as text, every guess as one mapping (so the
 * page's controls start at the detector's guesses), and the matrix the reading would create.
 */
import type { ForeignPreview } from '../../../../shared/api/methods/transfer';
import type { Content } from '../../../../shared/domain/document';
import type { DetectionReport, SheetReport } from '../../../../shared/import/detect';
import type { Mapping } from '../../../../shared/import/detect/mapping';
import { Sheet, type SheetGrid } from '../../../../shared/import/grid';

/** How much of the sheet the page shows: enough to see the header, the first rows and every party column. */
export const WINDOW = { rows: 200, columns: 40 } as const;
/** A longer cell is shown cut, with an ellipsis: the preview is for finding the table, not for reading essays. */
const CELL_CHARS = 300;
/** Activities of the resulting matrix that the preview lists. */
export const RESULT_ACTIVITIES = 100;

export function sheetSize(grid: SheetGrid): { rows: number; columns: number } {
  const sheet = Sheet.of(grid);
  return { rows: sheet.maxRow, columns: sheet.maxColumn };
}

/** The sheet as it is (never turned), rows then columns, as the client wrote the texts. */
export function sheetCells(grid: SheetGrid): Pick<ForeignPreview, 'cells' | 'truncated'> {
  const size = sheetSize(grid);
  const rows = Math.min(size.rows, WINDOW.rows);
  const columns = Math.min(size.columns, WINDOW.columns);
  const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => ''));
  for (const [r, row] of grid.rows) {
    if (r > rows) continue;
    for (const [c, text] of row)
      if (c <= columns) cells[r - 1]![c - 1] = text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS)}…` : text;
  }
  return { cells, truncated: { rows: size.rows > rows, columns: size.columns > columns } };
}

const ORIENTATION = {
  'activities in rows': 'rows',
  'activities in columns': 'columns',
  'long format': 'long',
  'inverted table': 'inverted',
  'single-role list': 'single-role',
} as const satisfies Record<NonNullable<SheetReport['orientation']>, Mapping['orientation']>;

/**
 * Every guess of one sheet's reading as a mapping: sent back as it is, it reads the same; a control changed in it is
 * a correction. When nothing was found, the positions the person asked for stay as they were.
 */
export function effectiveMapping(
  sheet: string,
  report: SheetReport | undefined,
  vocabulary: DetectionReport['vocabulary'] | null,
  asked: Mapping,
): Mapping {
  const roles = vocabulary
    ? { roles: Object.fromEntries(vocabulary.roles.map(({ code, label, kind }) => [code, { label, kind }])) }
    : asked.roles
      ? { roles: asked.roles }
      : {};
  if (!report?.found || !report.orientation || !report.headerRow || !report.labelColumn) {
    const { roles: _roles, sheet: _sheet, ...positions } = asked;
    return { sheet, ...positions, ...roles };
  }
  return {
    sheet,
    orientation: ORIENTATION[report.orientation],
    headerRow: report.headerRow,
    labelColumn: report.labelColumn,
    phaseColumn: report.phaseColumn ?? null,
    // A long-format table names every party in one column.
    partyColumns: [...new Set((report.parties ?? []).map((p) => p.column))],
    ...roles,
  };
}

/** The matrix a reading creates, its first activities with each party's role codes. */
export function resultOf(content: Content): ForeignPreview['result'] {
  const matrix = content.matrices[0];
  if (!matrix) return { parties: [], phases: [], activities: 0 };
  const partyById = new Map(content.parties.map((p) => [p.id, p]));
  const parties = matrix.partyIds.map((id) => partyById.get(id)!);
  let room = RESULT_ACTIVITIES;
  const phases: ForeignPreview['result']['phases'] = [];
  for (const phase of matrix.phases) {
    if (room <= 0) break;
    const shown = phase.activities.slice(0, room);
    room -= shown.length;
    phases.push({
      title: phase.title,
      activities: shown.map((a) => ({
        title: a.title,
        roles: rolesByParty(a.cells, parties),
      })),
    });
  }
  return {
    parties: parties.map((p) => (p.group ? `${p.group} › ${p.name}` : p.name)),
    phases,
    activities: matrix.phases.reduce((n, p) => n + p.activities.length, 0),
  };
}

/** An activity's roles in the order of the matrix's columns: one map per row, not a search per column. */
function rolesByParty(cells: ReadonlyArray<{ partyId: string; roles: string[] }>, parties: ReadonlyArray<{ id: string }>) {
  const byParty = new Map<string, string[]>();
  for (const c of cells) if (!byParty.has(c.partyId)) byParty.set(c.partyId, c.roles);
  return parties.map((p) => byParty.get(p.id) ?? []);
}
