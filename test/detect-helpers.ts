/** In-memory sheets for the detector's unit tests: rows of texts, as a reader would hand them over. */
import type { Content } from '../shared/domain/document';
import { detectWorkbook, type DetectionReport } from '../shared/import/detect';
import type { Mapping } from '../shared/import/detect/mapping';
import type { SheetGrid, WorkbookGrid } from '../shared/import/grid';

export type Rows = ReadonlyArray<ReadonlyArray<string | null>>;

export function sheet(rows: Rows, options: { name?: string; merges?: Array<[number, number, number, number]> } = {}): SheetGrid {
  return {
    name: options.name ?? 'Sheet1',
    state: 'visible',
    rows: rows
      .map((row, r) => [r + 1, row.flatMap((text, c) => (text ? [[c + 1, text] as const] : []))] as const)
      .filter(([, cells]) => cells.length > 0),
    merges: options.merges ?? [],
    hiddenRows: [],
    hiddenColumns: [],
    notes: [],
  };
}

export function detect(grid: SheetGrid | WorkbookGrid, mapping?: Mapping): { content: Content; report: DetectionReport } {
  let id = 0;
  const workbook = 'sheets' in grid ? grid : { sheets: [grid] };
  return detectWorkbook(workbook, {
    language: 'en',
    newId: () => `id${++id}`,
    title: 'Test',
    ...(mapping ? { mapping } : {}),
  });
}

/** The parties' names in column order, and each activity as [title, roles per party]. */
export function readBack(content: Content): { parties: string[]; activities: Array<[string, string[]]> } {
  const matrix = content.matrices[0]!;
  const names = matrix.partyIds.map((id) => content.parties.find((p) => p.id === id)!.name);
  const activities = matrix.phases.flatMap((p) =>
    p.activities.map(
      (a) =>
        [a.title, matrix.partyIds.map((id) => a.cells.find((c) => c.partyId === id)?.roles.join('/') ?? '')] as [
          string,
          string[],
        ],
    ),
  );
  return { parties: names, activities };
}

/** The sheet turned sideways: parties down column A, activities across the first row. */
export function turned(rows: Rows): Rows {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? null));
}
