/**
 * Foreign workbooks: find the responsibility matrices in whatever layout the client used and turn them into a
 * workbook, reporting every guess. Pure: the CLI, the app's import wizard and paste all call this with a grid.
 */
import type { Content, Matrix, Party } from '../../domain/document';
import { EngagebookError } from '../../domain/errors';
import type { Language } from '../../domain/languages';
import { builtinVocabulary, type RoleKind, type Vocabulary } from '../../domain/vocabulary';
import { emptyContent } from '../../templates/common';
import { Sheet, type SheetState, type WorkbookGrid } from '../grid';
import type { CodeContext } from './codes';
import { readLegend, withoutLegend, type LegendEntry } from './legend';
import { roleWord, wordKey } from './role-words';
import type { Mapping } from './mapping';
import { describeDoubt, type Confidences, type Doubt } from './confidence';
import type { ShapedTable } from './shape-columns';
import { detectInSheet, type DetectedTable } from './table';

export interface SheetReport {
  readonly sheet: string;
  readonly state: SheetState;
  readonly found: boolean;
  readonly orientation?: 'activities in rows' | 'activities in columns' | 'long format' | 'inverted table' | 'single-role list';
  readonly headerRow?: number;
  readonly labelColumn?: number;
  readonly phaseColumn?: number | null;
  readonly parties?: Array<{ column: number; name: string; group: string | null }>;
  readonly sections?: string[];
  readonly activities?: number;
  readonly skippedRows?: Array<{ row: number; reason: string }>;
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  readonly confidence?: number;
  /** How sure each guess is, 0 to 1 (the vocabulary's is in the report's `confidences`). */
  readonly confidences?: Confidences;
  /** Columns passed over because they number the rows ("#", "Step Id", 1..n). */
  readonly idColumns?: number[];
  /** Why this sheet's reading is doubtful, as data (for translations); empty when it is not. */
  readonly doubts?: Doubt[];
}

export interface DetectionReport {
  readonly vocabulary: { source: string; roles: Array<{ code: string; label: string; kind: RoleKind }> };
  readonly legend: LegendEntry[];
  readonly sheets: SheetReport[];
  /** How sure the vocabulary is: a legend or a mapping 1, a built-in one the codes fit 0.95, one made up 0.6. */
  readonly confidences: { readonly vocabulary: number };
  /**
   * Why the reading is doubtful, in plain words, one line per reason and sheet; empty when the detector is sure. The
   * CLI does not write a workbook from an unsure reading unless a mapping says how to read it (exit 3).
   */
  readonly unsure: string[];
}

export interface DetectOptions {
  readonly language: Language;
  readonly newId: () => string;
  readonly title: string;
  /** Only this sheet. */
  readonly sheet?: string;
  /** Overrides for any guess (see mapping.ts). */
  readonly mapping?: Mapping;
}

const KNOWN: ReadonlyArray<['raci' | 'rasci' | 'primary-support', string]> = [
  ['raci', 'RACI'],
  ['rasci', 'RASCI'],
  ['primary-support', 'PS'],
];

/** The vocabulary: the legend's when there is one, a built-in one the codes fit, or a custom one; codes never dropped. */
function vocabularyFor(
  codes: Set<string>,
  legend: LegendEntry[],
  usedWords: boolean,
  language: Language,
  newId: () => string,
): { vocabulary: Vocabulary; source: string } {
  const custom = (roles: Array<{ code: string; label: string; kind: RoleKind }>, source: string) => ({
    vocabulary: {
      id: newId(),
      name: 'Imported',
      combinable: true,
      roles: roles.map((r, i) => ({
        code: r.code,
        label: r.label,
        labels: { en: r.label, sv: r.label, nl: r.label, fr: r.label },
        color: PALETTE[i % PALETTE.length]!,
        kind: r.kind,
      })),
    },
    source,
  });
  if (legend.length > 0) {
    const roles = legend.map((e) => ({ code: e.code, label: e.label, kind: e.kind }));
    for (const code of codes) if (!legend.some((e) => e.code === code)) roles.push({ code, label: code, kind: 'other' });
    return custom(roles, 'legend');
  }
  if (usedWords && [...codes].every((c) => 'OCA'.includes(c)))
    return { vocabulary: builtinVocabulary('oca', language), source: 'builtin:oca' };
  for (const [id, letters] of KNOWN) {
    if ([...codes].every((c) => letters.includes(c)))
      return { vocabulary: builtinVocabulary(id, language), source: `builtin:${id}` };
  }
  const rasci = builtinVocabulary('rasci', language);
  return custom(
    [...codes].map((code) => {
      const known = rasci.roles.find((r) => r.code === code);
      return known
        ? { code, label: known.label, kind: known.kind }
        : { code, label: code, kind: code === 'X' ? 'responsible' : 'other' };
    }),
    'custom',
  );
}

/** The rows below the header the legend was read from, said as skipped (the preview marks them), in row order. */
function withLegendRows(table: DetectedTable, cells: ReadonlySet<string> | undefined): Array<{ row: number; reason: string }> {
  if (!cells || table.transposed) return table.skipped;
  const rows = new Set([...cells].map((cell) => Number(cell.split(':')[0])).filter((r) => r > table.headerRow));
  const skipped = table.skipped.filter((s) => !rows.has(s.row));
  return [...skipped, ...[...rows].map((row) => ({ row, reason: 'legend' }))].sort((a, b) => a.row - b.row);
}

function orientationOf(table: DetectedTable | ShapedTable): NonNullable<SheetReport['orientation']> {
  const shape = 'shape' in table ? table.shape : null;
  if (shape === 'inverted') return 'inverted table';
  if (shape === 'single-role') return 'single-role list';
  return table.long ? 'long format' : table.transposed ? 'activities in columns' : 'activities in rows';
}

function sameRoles(vocabulary: Vocabulary, roles: readonly LegendEntry[]): boolean {
  return (
    vocabulary.roles.length === roles.length &&
    roles.every((r) => vocabulary.roles.some((v) => v.code === r.code && v.label === r.label && v.kind === r.kind))
  );
}

const PALETTE = ['#2E86C1', '#C0392B', '#F39C12', '#95A5A6', '#27AE60', '#8E44AD', '#16A085', '#D35400'];

export function detectWorkbook(grid: WorkbookGrid, options: DetectOptions): { content: Content; report: DetectionReport } {
  const mapping = options.mapping ?? {};
  const only = options.sheet ?? mapping.sheet;
  const sheets = only ? grid.sheets.filter((s) => s.name === only) : grid.sheets;
  if (only && sheets.length === 0) {
    throw new EngagebookError(
      'invalid-argument',
      `there is no sheet "${only}"; sheets: ${grid.sheets.map((s) => s.name).join(', ')}`,
    );
  }
  const { orientation, roles: mappedRoles, sheet: _sheet, ...overrides } = mapping;
  const found = readLegend(grid.sheets.map((s) => Sheet.of(s)));
  const legend = found.entries;
  const multiLetter = new Set(legend.map((e) => e.code).filter((c) => c.length > 1));
  let usedWords = false;
  const context: CodeContext = {
    multiLetter,
    legendCodes: new Set(legend.map((e) => e.code)),
    legendLabels: new Set(legend.map((e) => wordKey(e.label))),
    codeForWord(word) {
      usedWords = true;
      const lower = word.trim().toLowerCase();
      return legend.find((e) => e.label.toLowerCase() === lower)?.code ?? roleWord(word)?.code;
    },
  };

  const tables: DetectedTable[] = [];
  const reports: SheetReport[] = [];
  for (const sheet of sheets) {
    // The legend's cells are left out: its column of codes is no party, its meanings no activities.
    const table = detectInSheet(withoutLegend(sheet, found), context, orientation, overrides);
    if (!table) {
      reports.push({ sheet: sheet.name, state: sheet.state, found: false });
      continue;
    }
    tables.push(table);
    reports.push({
      sheet: sheet.name,
      state: sheet.state,
      found: true,
      orientation: orientationOf(table),
      headerRow: table.headerRow,
      labelColumn: table.labelColumn,
      phaseColumn: table.phaseColumn,
      parties: table.parties.map((p) => ({ ...p })),
      sections: table.rows.filter((r) => r.kind === 'section').map((r) => r.title),
      activities: table.rows.filter((r) => r.kind === 'activity').length,
      skippedRows: withLegendRows(table, found.cells.get(sheet.name)),
      hiddenRows: sheet.hiddenRows,
      hiddenColumns: sheet.hiddenColumns,
      confidence: table.confidence,
      ...(table.confidences ? { confidences: table.confidences } : {}),
      ...(table.idColumns?.length ? { idColumns: table.idColumns } : {}),
      doubts: table.doubts ?? [],
    });
  }
  if (tables.length === 0) {
    throw new EngagebookError(
      'no-matrix',
      `no responsibility matrix found (looked at ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
    );
  }

  // Plain loops: a 20,000-row sheet would otherwise build as many throwaway arrays.
  const codes = new Set<string>();
  for (const t of tables) for (const r of t.rows) for (const cell of r.codes) for (const code of cell) codes.add(code);
  const mappedLegend: LegendEntry[] = Object.entries(mappedRoles ?? {}).map(([code, role]) => ({
    code: code.toUpperCase(),
    ...role,
    where: 'mapping',
  }));
  const detected = vocabularyFor(codes, legend, usedWords, options.language, options.newId);
  // A mapping that gives the roles as detected (the app's preview sends every guess back) changes nothing: a built-in
  // vocabulary stays built in.
  const { vocabulary, source } =
    mappedLegend.length === 0 || sameRoles(detected.vocabulary, mappedLegend)
      ? detected
      : { ...vocabularyFor(codes, mappedLegend, usedWords, options.language, options.newId), source: 'mapping' };
  const content = emptyContent({ language: options.language, newId: options.newId }, options.title);
  content.vocabularies = [vocabulary];
  const parties = new Map<string, Party>();
  const partyFor = (name: string, group: string | null) => {
    const key = `${group ?? ''}\u0000${name}`;
    let party = parties.get(key);
    if (!party) parties.set(key, (party = { id: options.newId(), name: name || '?', group, kind: 'other' }));
    return party;
  };
  content.matrices = tables.map((table) => toMatrix(table, vocabulary, partyFor, options.newId));
  content.parties = [...parties.values()];
  return {
    content,
    report: {
      vocabulary: { source, roles: vocabulary.roles.map(({ code, label, kind }) => ({ code, label, kind })) },
      legend,
      sheets: reports,
      confidences: { vocabulary: source === 'custom' ? 0.6 : source.startsWith('builtin:') ? 0.95 : 1 },
      unsure: reports.flatMap((r) => (r.doubts ?? []).map((d) => `${r.sheet}: ${describeDoubt(d)}`)),
    },
  };
}

function toMatrix(
  table: DetectedTable,
  vocabulary: Vocabulary,
  partyFor: (name: string, group: string | null) => Party,
  newId: () => string,
): Matrix {
  const partyIds: string[] = [];
  for (const p of table.parties) {
    // The same title twice under the same group (or none) still means two columns: two parties.
    const party = partyFor(p.name, p.group);
    partyIds.push(partyIds.includes(party.id) ? partyFor(`${p.name} (${partyIds.length + 1})`, p.group).id : party.id);
  }
  const phases: Matrix['phases'] = [];
  const phaseNamed = (title: string) => {
    let phase = phases.find((p) => p.title === title);
    if (!phase) phases.push((phase = { id: newId(), title, activities: [] }));
    return phase;
  };
  const order = new Map(vocabulary.roles.map((r, i) => [r.code, i]));
  // A cell's roles in the vocabulary's order. Cells that read the same text share one array of codes (cells.ts), and so
  // one array of roles: 100,000 cells need a handful, not 100,000 copies.
  const rolesFor = new Map<readonly string[], string[]>();
  const rolesOf = (codes: readonly string[]) => {
    let roles = rolesFor.get(codes);
    if (!roles) {
      roles = codes.length < 2 ? [...codes] : [...codes].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
      rolesFor.set(codes, roles);
    }
    return roles;
  };
  // Rows of one phase follow each other: the phase of the row before is the one to try first.
  let current: Matrix['phases'][number] | undefined;
  for (const row of table.rows) {
    if (row.kind === 'section') {
      phaseNamed(row.title);
      continue;
    }
    const phase = row.phase === current?.title ? current : (current = phaseNamed(row.phase ?? table.sheet));
    const cells: Matrix['phases'][number]['activities'][number]['cells'] = [];
    for (let i = 0; i < row.codes.length; i++) {
      const codes = row.codes[i]!;
      const note = row.notes[i] ?? null;
      if (codes.length === 0 && !note) continue;
      cells.push({ partyId: partyIds[i]!, roles: rolesOf(codes), note });
    }
    phase.activities.push({ id: newId(), title: row.title, description: row.description, cells });
  }
  return {
    id: newId(),
    title: table.sheet,
    vocabularyId: vocabulary.id,
    partyIds,
    phases: phases.filter((p) => p.activities.length > 0),
  };
}
