// In-memory client sheets for the detector's shape tests: rows of cell texts (null for empty), merges, and a compact
// view of what the detector made of them.
import type { SheetGrid, WorkbookGrid } from '../shared/import/grid';
import { detectWorkbook } from '../shared/import/detect';
import type { Mapping } from '../shared/import/detect/mapping';
import { counterIds } from './helpers';

export type Rows = ReadonlyArray<ReadonlyArray<string | null>>;

export function sheetOf(name: string, rows: Rows, merges: Array<[number, number, number, number]> = []): SheetGrid {
  return {
    name,
    state: 'visible',
    rows: rows
      .map((row, r) => [r + 1, row.flatMap((text, c) => (text === null ? [] : [[c + 1, text] as const]))] as const)
      .filter(([, cells]) => cells.length > 0),
    merges,
    hiddenRows: [],
    hiddenColumns: [],
    notes: [],
  };
}

export function gridOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** What the detector made of a workbook: the first matrix as names, titles, codes per party, and the vocabulary. */
export function read(grid: WorkbookGrid, mapping?: Mapping) {
  const { content, report } = detectWorkbook(grid, {
    language: 'en',
    newId: counterIds(),
    title: 'Client',
    ...(mapping ? { mapping } : {}),
  });
  const matrix = content.matrices[0]!;
  const names = matrix.partyIds.map((id) => content.parties.find((p) => p.id === id)!.name);
  const activities = matrix.phases.flatMap((p) => p.activities);
  const roles = (activity: string, party: string) => {
    const a = activities.find((x) => x.title === activity);
    if (!a) throw new Error(`no activity "${activity}"`);
    const id = matrix.partyIds[names.indexOf(party)];
    if (!id) throw new Error(`no party "${party}"`);
    return a.cells.find((c) => c.partyId === id)?.roles ?? [];
  };
  const note = (activity: string, party: string) =>
    activities.find((x) => x.title === activity)?.cells.find((c) => c.partyId === matrix.partyIds[names.indexOf(party)])?.note ??
    null;
  return {
    note,
    parties: names,
    phases: matrix.phases.map((p) => p.title),
    titles: activities.map((a) => a.title),
    roles,
    vocabulary: Object.fromEntries(content.vocabularies[0]!.roles.map((r) => [r.code, r.kind])),
    labels: Object.fromEntries(content.vocabularies[0]!.roles.map((r) => [r.code, r.label])),
    report,
    sheet: report.sheets.find((s) => s.found)!,
  };
}
