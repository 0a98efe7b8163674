/**
 * The notes of one row of a returned matrix sheet. The export writes each cell's note twice: as the cell's Excel note,
 * and in the printable Notes column as one "Party: note" entry per noted cell (../export/matrix-sheet.ts). A client
 * may edit either — a printed page invites typing into the column — so both are read back: the one that differs from
 * what was sent is the client's; text in the column that names no party is kept too, never dropped silently.
 */

export interface RowParty {
  readonly partyId: string;
  /** The names a line may start with: the party's name when sent, and its header as the client left it. */
  readonly names: readonly string[];
  /** The Excel note of the party's cell in this row. */
  readonly cellNote: string | null;
  /** The note as sent (null for a row the client added). */
  readonly sent: string | null;
}

export interface RowNotesInput {
  /** The row's Notes column text, or null when the sheet has no Notes column any more. */
  readonly column: string | null;
  /** The party columns of the row, in sheet order. */
  readonly parties: readonly RowParty[];
  /** Every party of the workbook by id → name, for lines that name a party without a column in this sheet. */
  readonly otherNames: ReadonlyMap<string, string>;
  /** The text the export printed in the column for this row (the sent notes, "Party: note" per line). */
  readonly printed: string;
  /** "sheet "Roles" K7", for notices. */
  readonly where: string;
}

const same = (a: string | null, b: string | null) => (a ?? '').trim() === (b ?? '').trim();
const UNNAMED = '';

/** Whether the row's Notes column is as the export printed it (or gone): then only the cells' own notes can differ. */
export function columnAsPrinted(column: string | null, printed: string): boolean {
  return column === null || same(column, printed);
}

/**
 * A party's note when its entry in the Notes column is as sent: its cell's note where the client changed that, else
 * as sent. When the whole column is as printed, every party's note is this, and no notice can arise.
 */
export function noteBesidePrintedColumn(cellNote: string | null, sent: string | null): string | null {
  return same(cellNote, sent) ? sent : cellNote;
}

/** Each party's note as the client left it (the sent text itself when unchanged), plus notices. */
export function readRowNotes(input: RowNotesInput): { notes: Map<string, string | null>; notices: string[] } {
  const notices: string[] = [];
  const fromColumn = columnAsPrinted(input.column, input.printed) ? null : splitColumn(input.column!, input, notices);
  const notes = new Map<string, string | null>();
  for (const party of input.parties) {
    const inColumn = fromColumn ? (fromColumn.get(party.partyId) ?? null) : party.sent;
    const inCell = party.cellNote;
    const columnChanged = !same(inColumn, party.sent);
    const cellChanged = !same(inCell, party.sent);
    if (!columnChanged) notes.set(party.partyId, noteBesidePrintedColumn(inCell, party.sent));
    else if (!cellChanged || same(inCell, inColumn)) notes.set(party.partyId, inColumn);
    else {
      notes.set(party.partyId, inCell);
      notices.push(
        `${input.where}: the Notes column says "${inColumn ?? ''}" for ${party.names[0]}, but the cell's own note says ` +
          `"${inCell ?? ''}"; the cell's note was taken`,
      );
    }
  }
  return { notes, notices };
}

/** The column's text split into one entry per party: a line "Name: …" starts a party's entry, other lines continue it. */
function splitColumn(text: string, input: RowNotesInput, notices: string[]): Map<string, string | null> {
  const prefixes = [
    ...input.parties.flatMap((p) => p.names.map((name) => ({ partyId: p.partyId, name }))),
    ...[...input.otherNames].map(([partyId, name]) => ({ partyId, name })),
  ]
    .filter((p) => p.name.trim())
    .map((p) => ({ ...p, prefix: `${p.name.trim()}:`.toLowerCase() }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const entries = new Map<string, string[]>();
  let current = UNNAMED;
  for (const line of text.split(/\r?\n/)) {
    const start = line.trimStart();
    const named = prefixes.find((p) => start.slice(0, p.prefix.length).toLowerCase() === p.prefix);
    if (named) current = named.partyId;
    const rest = named ? start.slice(named.prefix.length).trimStart() : line;
    entries.set(current, [...(entries.get(current) ?? []), rest]);
  }
  const joined = new Map([...entries].map(([id, lines]) => [id, lines.join('\n').trimEnd() || null] as const));
  const columnOf = new Set(input.parties.map((p) => p.partyId));
  for (const [partyId, note] of joined) {
    if (partyId === UNNAMED || columnOf.has(partyId) || !note) continue;
    notices.push(
      `${input.where}: the note "${note}" names ${input.otherNames.get(partyId) ?? partyId}, which has no column in this ` +
        'sheet; it was not read',
    );
  }
  const unnamed = joined.get(UNNAMED);
  const first = input.parties[0];
  if (unnamed && first) {
    // Text that names no party belongs to the row; the first party's note keeps it rather than losing it.
    const own = joined.get(first.partyId);
    joined.set(first.partyId, own ? `${unnamed}\n${own}` : unnamed);
    notices.push(
      `${input.where}: the note "${unnamed}" names no party (write "${first.names[0]}: …"); it was kept as the note ` +
        `of ${first.names[0]}`,
    );
  }
  return joined;
}
