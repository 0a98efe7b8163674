/**
 * Reads a returned Engagebook export into "theirs": the base content with every change the client made in Excel.
 * Rows and columns are matched by the hidden ids the export wrote, so sorting, inserted rows, deleted rows and renamed
 * sheets are understood; rows the client added (no id) are matched by exact, then normalised title, or become new
 * activities. What cannot be read is reported as a notice and leaves the base value in place.
 */
import { clone } from '../../../../shared/domain/clone';
import type { Activity, Content, Matrix, Party } from '../../../../shared/domain/document';
import { LANGUAGES } from '../../../../shared/domain/languages';
import { INCLUSIONS, type Inclusion } from '../../../../shared/domain/scope';
import { LOCALES } from '../../../../shared/i18n/messages';
import { columnName, type SheetGrid, type WorkbookGrid } from '../../../../shared/import/grid';
import { parseRoleText } from '../../../../shared/import/role-text';
import { CellIndex } from './cell-index';
import { columnAsPrinted, noteBesidePrintedColumn, readRowNotes } from './notes-column';
import { normalizeTitle } from '../../../../shared/rules/matrix-rules';
import { COLUMN_IDS, ID_COLUMN, ROW_ID } from '../layout';
import { controlCharacterNotices } from '../../../../shared/import/control-cells';

/** A role cell of the file that could not be read as roles; the cell keeps its value. */
export interface SkippedCell {
  /** The sheet and cell, and the activity and party it belongs to. */
  readonly where: string;
  readonly text: string;
  readonly reason: string;
}

export interface ReturnedContent {
  readonly theirs: Content;
  /** Things in the file that could not be taken over, each naming the sheet and cell. */
  readonly notices: string[];
  readonly skipped: SkippedCell[];
}

/**
 * Ids for what the client added (rows without an id, new party columns), given what the row or column is: a reader may
 * hand out the same id for the same thing each time it reads the same file (../../flows/returned/ids.ts).
 */
export type NewId = (key: string) => string;

const PLACEHOLDER = /^(\[.*\]|<.*>|\.\.\.|…|-+|n\/a)$/i;

/** One index of the grid's cells per sheet grid: each matrix, the scope and the sign-off look them up. */
const indexed = new WeakMap<SheetGrid, CellIndex>();
function sheetOf(grid: SheetGrid): CellIndex {
  let sheet = indexed.get(grid);
  if (!sheet) indexed.set(grid, (sheet = new CellIndex(grid)));
  return sheet;
}

/**
 * Where each id of the hidden id column is, over all sheets, built once per workbook: a matrix, every service and
 * every signatory is looked up by id, and scanning every row of a 20,000-row sheet for each cost seconds.
 */
const idIndexes = new WeakMap<WorkbookGrid, Map<string, Array<{ sheet: CellIndex; row: number }>>>();
function sheetsWithId(grid: WorkbookGrid, id: string): Array<{ sheet: CellIndex; row: number }> {
  let index = idIndexes.get(grid);
  if (!index) {
    index = new Map();
    for (const g of grid.sheets) {
      const sheet = sheetOf(g);
      for (const r of sheet.rowNumbers()) {
        const text = sheet.text(r, ID_COLUMN);
        if (!text) continue;
        const found = index.get(text) ?? [];
        found.push({ sheet, row: r });
        index.set(text, found);
      }
    }
    idIndexes.set(grid, index);
  }
  return index.get(id) ?? [];
}

/**
 * `consumeBase`: the caller needs `base` no more (a copy just decoded from the file), so theirs is made of it in place
 * instead of from a deep copy, which cost about 0.2 s on a 20,000-activity export. The reading is the same either way:
 * everything it compares with "as sent" is taken from theirs before theirs is changed.
 */
export function readReturned(
  grid: WorkbookGrid,
  base: Content,
  newId: NewId,
  options: { readonly consumeBase?: boolean } = {},
): ReturnedContent {
  const theirs = options.consumeBase ? base : clone(base);
  const found: Found = { notices: [], skipped: [] };
  for (const matrix of theirs.matrices) readMatrix(grid, theirs, matrix, newId, found);
  readScope(grid, theirs, found.notices);
  readSignoff(grid, theirs, found.notices);
  found.notices.push(...controlCharacterNotices(grid));
  return { theirs, ...found };
}

interface Found {
  readonly notices: string[];
  readonly skipped: SkippedCell[];
}

function readMatrix(grid: WorkbookGrid, theirs: Content, matrix: Matrix, newId: NewId, out: Found): void {
  const { notices, skipped } = out;
  const [found] = sheetsWithId(grid, `${ROW_ID.matrix}${matrix.id}`);
  if (!found) {
    notices.push(`the sheet of matrix "${matrix.title}" is missing; its rows were left as they are`);
    return;
  }
  const { sheet, row: idsRow } = found;
  const headerRow = idsRow + 2;
  const vocabulary = theirs.vocabularies.find((v) => v.id === matrix.vocabularyId);
  if (!vocabulary) return;
  const at = (r: number, c: number) => `sheet "${sheet.name}" ${columnName(c)}${r}`;

  // Columns: by the id row; a column the client inserted has a header but no id.
  let activityColumn = 2;
  let descriptionColumn: number | null = null;
  const partyColumns = new Map<number, string>();
  const newColumns: number[] = [];
  let lastColumn = 0;
  for (let c = 1; c <= sheet.maxColumn; c++) {
    const marker = sheet.text(idsRow, c);
    if (marker === COLUMN_IDS.activity) activityColumn = c;
    else if (marker === COLUMN_IDS.description) descriptionColumn = c;
    else if (marker.startsWith(ROW_ID.party)) partyColumns.set(c, marker.slice(ROW_ID.party.length));
    else if (marker === COLUMN_IDS.notes) lastColumn = c;
    else if (!marker && c > activityColumn && sheet.text(headerRow, c) && (lastColumn === 0 || c < lastColumn))
      newColumns.push(c);
  }
  // As sent: the column order and party names the Notes column was printed with.
  const sentPartyIds = [...matrix.partyIds];
  const sentNames = new Map(theirs.parties.map((p) => [p.id, p.name]));
  const notesColumn = lastColumn || null;
  // Party names as the client left them in the header.
  for (const [c, partyId] of partyColumns) {
    const party = theirs.parties.find((p) => p.id === partyId);
    const name = sheet.text(headerRow, c);
    if (party && name) party.name = name;
  }
  const checkColumns = new Set(
    [...Array(sheet.maxColumn).keys()].map((i) => i + 1).filter((c) => sheet.text(idsRow, c) === COLUMN_IDS.check),
  );
  for (const c of newColumns.filter((c) => !checkColumns.has(c))) {
    const party: Party = {
      id: newId(`party|${matrix.id}|${sheet.text(headerRow, c)}`),
      name: sheet.text(headerRow, c),
      group: sheet.text(headerRow - 1, c) || null,
      kind: 'other',
    };
    theirs.parties.push(party);
    partyColumns.set(c, party.id);
    matrix.partyIds.splice(matrix.partyIds.length, 0, party.id);
  }
  const columns = [...partyColumns].sort((a, b) => a[0] - b[0]);
  matrix.partyIds.sort(
    (a, b) => (columns.find(([, id]) => id === a)?.[0] ?? 1e9) - (columns.find(([, id]) => id === b)?.[0] ?? 1e9),
  );

  const byId = new Map(matrix.phases.flatMap((phase) => phase.activities.map((a) => [a.id, { phase, activity: a }] as const)));
  // The same by the id column's text ("activity:" and the id): a row's id is looked up as it is, not as a string cut from it.
  const byRowId = new Map<string, { phase: Matrix['phases'][number]; activity: Activity }>();
  for (const [id, match] of byId) byRowId.set(`${ROW_ID.activity}${id}`, match);
  const seen = new Set<string>();
  const kept = new Map(matrix.phases.map((p) => [p.id, [] as Activity[]]));
  let currentPhase = matrix.phases[0]?.id ?? null;

  // A matrix's cells hold a handful of distinct texts ("O", "C", "A/R"): each is read once.
  const readTexts = new Map<string, ReturnType<typeof parseRoleText>>();
  const readRoles = (text: string) => {
    let parsed = readTexts.get(text);
    if (!parsed) readTexts.set(text, (parsed = parseRoleText(text, vocabulary)));
    return parsed;
  };

  // The names a Notes line may start with, per party column: the same for every row, so found once, not per row.
  const noteNames = new Map(
    columns.map(([c, partyId]) => [c, [sentNames.get(partyId), sheet.text(headerRow, c)].filter((n): n is string => Boolean(n))]),
  );

  // Every party a row's cells and notes are looked up for (its columns now, the columns as sent) has a slot: a row's
  // sent cells and notes go into these arrays, reused row after row, instead of Maps and records made for each row.
  const slotOf = new Map<string, number>();
  for (const partyId of [...columns.map(([, id]) => id), ...sentPartyIds])
    if (!slotOf.has(partyId)) slotOf.set(partyId, slotOf.size);
  const slotIds = [...slotOf.keys()];
  const columnSlots = columns.map(([, id]) => slotOf.get(id)!);
  const sentSlots = sentPartyIds.map((id) => slotOf.get(id)!);
  const sentBySlot: Array<Activity['cells'][number] | undefined> = new Array<undefined>(slotOf.size);
  const noteBySlot: Array<string | null> = new Array<null>(slotOf.size);

  /** Each party's note in row `r` into noteBySlot (a party with two columns: the last one's, as readRowNotes gives). */
  const readNotes = (r: number) => {
    // The text the export printed in the Notes column: "Party: note" per sent note, in the sent column order.
    let printed = '';
    sentPartyIds.forEach((partyId, i) => {
      const note = sentBySlot[sentSlots[i]!]?.note;
      if (note) printed += `${printed ? '\n' : ''}${sentNames.get(partyId) ?? partyId}: ${note}`;
    });
    const column = notesColumn ? sheet.text(r, notesColumn) : null;
    if (columnAsPrinted(column, printed)) {
      // Nothing typed into the column (the usual row): only the cells' own notes can have changed, and no notice
      // can arise; readRowNotes would give the same notes.
      columns.forEach(([c], i) => {
        const slot = columnSlots[i]!;
        noteBySlot[slot] = noteBesidePrintedColumn(sheet.note(r, c), sentBySlot[slot]?.note ?? null);
      });
      return;
    }
    const { notes, notices: noteNotices } = readRowNotes({
      column,
      parties: columns.map(([c, partyId], i) => ({
        partyId,
        names: noteNames.get(c) ?? [],
        cellNote: sheet.note(r, c),
        sent: sentBySlot[columnSlots[i]!]?.note ?? null,
      })),
      otherNames: sentNames,
      printed,
      where: notesColumn ? at(r, notesColumn) : '',
    });
    notices.push(...noteNotices);
    columns.forEach(([, partyId], i) => (noteBySlot[columnSlots[i]!] = notes.get(partyId) ?? null));
  };

  const readCells = (r: number, activity: Activity) => {
    // The row's cells as sent, by party (the first one, as a search would find).
    // A row's cells are almost always in the order of the slots (some left out): the slots after the last one found
    // are compared first, which is cheaper than hashing each cell's party id for the look-up.
    sentBySlot.fill(undefined);
    let next = 0;
    for (const cell of activity.cells) {
      let slot = next;
      while (slot < slotIds.length && slotIds[slot] !== cell.partyId) slot++;
      if (slot === slotIds.length) {
        const found = slotOf.get(cell.partyId);
        if (found === undefined) continue;
        slot = found;
      }
      if (!sentBySlot[slot]) sentBySlot[slot] = cell;
      next = slot + 1;
    }
    readNotes(r);
    activity.cells = [];
    columns.forEach(([c, partyId], i) => {
      const slot = columnSlots[i]!;
      const text = sheet.text(r, c);
      const parsed = readRoles(text);
      const problem =
        parsed.unknown.length > 0
          ? `"${parsed.unknown.join(', ')}" is not a role in ${vocabulary.name}`
          : parsed.roles.length > 1 && !vocabulary.combinable
            ? `${vocabulary.name} allows one role per cell`
            : null;
      if (problem) {
        const party = sentNames.get(partyId) ?? sheet.text(headerRow, c);
        skipped.push({
          where: `${at(r, c)} (${activity.title} › ${party})`,
          text,
          reason: `${problem}; its roles were left as they were`,
        });
      }
      const roles = problem ? (sentBySlot[slot]?.roles ?? []) : parsed.roles;
      const note = noteBySlot[slot] ?? null;
      if (roles.length > 0 || note) activity.cells.push({ partyId, roles: [...roles], note });
    });
  };

  for (const r of sheet.rowNumbers().filter((n) => n > headerRow)) {
    const id = sheet.text(r, ID_COLUMN);
    if (id.startsWith(ROW_ID.phase)) {
      const phaseId = id.slice(ROW_ID.phase.length);
      if (kept.has(phaseId)) currentPhase = phaseId;
      continue;
    }
    const title = sheet.text(r, activityColumn);
    let match = byRowId.get(id);
    if (match && seen.has(match.activity.id)) match = undefined; // a copied row: the copy is a new activity
    if (!match) {
      if (!title || PLACEHOLDER.test(title)) continue;
      const unmatched = [...byId.values()].filter((m) => !seen.has(m.activity.id));
      match =
        unmatched.find((m) => m.activity.title === title) ??
        unmatched.find((m) => normalizeTitle(m.activity.title) === normalizeTitle(title));
    }
    if (match) {
      seen.add(match.activity.id);
      const activity = match.activity;
      if (title) activity.title = title;
      if (descriptionColumn) activity.description = sheet.text(r, descriptionColumn) || null;
      readCells(r, activity);
      kept.get(match.phase.id)?.push(activity);
    } else if (currentPhase) {
      const activity: Activity = {
        id: newId(`activity|${matrix.id}|${currentPhase}|${title}`),
        title,
        description: descriptionColumn ? sheet.text(r, descriptionColumn) || null : null,
        cells: [],
      };
      readCells(r, activity);
      kept.get(currentPhase)?.push(activity);
    }
  }
  // Activities keep their base order; rows the client added follow the row they were inserted after.
  for (const phase of matrix.phases) {
    const rows = kept.get(phase.id) ?? [];
    const known = phase.activities.filter((a) => seen.has(a.id));
    const added = rows.filter((a) => !byId.has(a.id));
    phase.activities = [...known];
    for (const activity of added) {
      const before = rows[rows.indexOf(activity) - 1];
      const index = before ? phase.activities.indexOf(before) : -1;
      phase.activities.splice(index + 1, 0, activity);
    }
  }
}

/** A label in any of our languages → its key's value (e.g. "Ingår" → included). */
function fromLabel<T extends string>(
  text: string,
  values: readonly T[],
  key: (value: T) => keyof (typeof LOCALES)['en'],
): T | null {
  const wanted = text.trim().toLowerCase();
  for (const value of values) {
    if (value === wanted) return value;
    if (LANGUAGES.some((l) => LOCALES[l][key(value)].toLowerCase() === wanted)) return value;
  }
  return null;
}

function readScope(grid: WorkbookGrid, theirs: Content, notices: string[]): void {
  const scope = theirs.scope;
  if (!scope) return;
  const services = [...scope.serviceLevels.flatMap((l) => l.activities), ...scope.serviceManagement];
  for (const service of services) {
    const [found] = sheetsWithId(grid, `${ROW_ID.service}${service.id}`);
    if (!found) continue;
    const { sheet, row } = found;
    const inclusionText = sheet.text(row, 3);
    const inclusion = fromLabel<Inclusion>(inclusionText, INCLUSIONS, (v) => `inclusion.${v}`);
    if (inclusion) service.inclusion = inclusion;
    else if (inclusionText)
      notices.push(`sheet "${sheet.name}" C${row}: "${inclusionText}" is not a scope (included, optional, excluded)`);
    const providerText = sheet.text(row, 4);
    const provider = theirs.parties.find((p) => p.name.toLowerCase() === providerText.toLowerCase());
    if (!providerText) service.providerPartyId = null;
    else if (provider) service.providerPartyId = provider.id;
    else notices.push(`sheet "${sheet.name}" D${row}: "${providerText}" is not a party of this workbook`);
  }
  // Capacity: the row labelled "Capacity" (in any language) on the sheet that holds the services.
  const first = services[0] && sheetsWithId(grid, `${ROW_ID.service}${services[0].id}`)[0];
  if (!first) return;
  const labels = new Set(LANGUAGES.map((l) => LOCALES[l]['export.scope.capacity'].toLowerCase()));
  for (const r of first.sheet.rowNumbers()) {
    if (!labels.has(first.sheet.text(r, 2).toLowerCase())) continue;
    const text = first.sheet.text(r, 3);
    const number = /(\d+(?:[.,]\d+)?)/.exec(text.replace(/[\s\u00a0]/g, ''));
    const none = LANGUAGES.some((l) => LOCALES[l]['export.scope.none'].toLowerCase() === text.toLowerCase());
    if (number) scope.capacityHoursPerMonth = Number(number[1]!.replace(',', '.'));
    else if (!text || none) scope.capacityHoursPerMonth = null;
    else notices.push(`sheet "${first.sheet.name}" C${r}: "${text}" is not a number of hours`);
  }
}

/** YYYY-MM-DD from what a person or Excel put in a date cell; day first for numeric dates. */
export function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  return null;
}

function readSignoff(grid: WorkbookGrid, theirs: Content, notices: string[]): void {
  for (const signatory of theirs.signatories) {
    const [found] = sheetsWithId(grid, `${ROW_ID.signatory}${signatory.id}`);
    if (!found) continue;
    const { sheet, row } = found;
    // The box is: header, name, title, signature, date.
    signatory.name = sheet.text(row + 1, 3);
    signatory.title = sheet.text(row + 2, 3);
    const dateText = sheet.text(row + 4, 3);
    const date = dateText ? parseDate(dateText) : null;
    if (dateText && !date) notices.push(`sheet "${sheet.name}" C${row + 4}: "${dateText}" is not a date (use YYYY-MM-DD)`);
    else signatory.date = date;
  }
}

/** A skipped cell in one line, for the CLI and notices: where, what it says, and why it was not read. */
export function describeSkipped(cell: SkippedCell): string {
  return `${cell.where}: "${cell.text}" was not read: ${cell.reason}`;
}
