/**
 * The document as the UI loads it: every record, with each activity and its cells packed into one tuple. A
 * 20,000-activity matrix with 12 parties has 240,000 cells; as records with two ids each they were 12 MB to send and
 * parse. Packed, an activity's roles are one number per column of its matrix — a bit per role of the matrix's
 * vocabulary, in the vocabulary's order — and only what numbers cannot say (a note, a code the vocabulary lacks, a
 * cell outside the columns) is spelled out. About 2 MB at that size.
 *
 * No zod here: the page loads this module at start-up, and the schema library is most of a page's script.
 */
import type { Cell } from '../domain/document';
import type {
  CellRecord,
  DocumentRecords,
  MatrixPartyRecord,
  MatrixRecord,
  PartyRecord,
  PhaseRecord,
  RoleRecord,
  SignatoryRecord,
  VocabularyRecord,
  WorkbookRecord,
} from '../domain/records';
import { columnsAndCodes, type PackingPlan } from './snapshot-plan';

/** What numbers cannot say of a cell: [index into parties, role codes (null: the number's), note]. */
export type PackedExtra = [number, string[] | null, string | null];
/** An activity: [id, index into phases, order key, title, description, a number per column, cells spelled out]. */
export type PackedActivity =
  | [string, number, string, string, string | null, number[]]
  | [string, number, string, string, string | null, number[], PackedExtra[]];
/** A cell as the store reads it, grouped under its activity: [party id, role codes, note]. */
export type GroupedCell = readonly [string, readonly string[], string | null];

/** Every record, activities packed with their cells (the contract's schema is in methods/cells.ts). */
export interface PackedRecords {
  workbook: WorkbookRecord;
  parties: PartyRecord[];
  vocabularies: VocabularyRecord[];
  roles: RoleRecord[];
  matrices: MatrixRecord[];
  matrixParties: MatrixPartyRecord[];
  phases: PhaseRecord[];
  activities: PackedActivity[];
  signatories: SignatoryRecord[];
}

const text = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const index = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const codes = (value: unknown) => Array.isArray(value) && value.length <= 20 && value.every((code) => text(code, 1, 20));

/** The same limits as the record schemas (shared/domain/records.ts), for the packed form. */
export function isPackedActivities(value: unknown): value is PackedActivity[] {
  if (!Array.isArray(value)) return false;
  return value.every((activity: unknown) => {
    if (!Array.isArray(activity) || (activity.length !== 6 && activity.length !== 7)) return false;
    const [id, phase, position, title, description, masks, extras = []] = activity as unknown[];
    return (
      text(id, 1, 200) &&
      index(phase) &&
      text(position, 1, 200) &&
      text(title, 1, 2_000) &&
      (description === null || text(description, 0, 10_000)) &&
      Array.isArray(masks) &&
      masks.every(index) &&
      Array.isArray(extras) &&
      extras.every(
        (e: unknown) =>
          Array.isArray(e) &&
          e.length === 3 &&
          index(e[0]) &&
          (e[1] === null || codes(e[1])) &&
          (e[2] === null || text(e[2], 0, 10_000)),
      )
    );
  });
}

/** Packs the records; `cellsOf` gives an activity's cells (the store reads them grouped). */
export function packRecords(
  records: Omit<DocumentRecords, 'cells'>,
  cellsOf: (activityId: string) => readonly GroupedCell[],
): PackedRecords {
  const plan = columnsAndCodes(records);
  const phaseIndex = new Map(records.phases.map((p, i) => [p.id, i]));
  const partyIndex = new Map(records.parties.map((p, i) => [p.id, i]));
  // Foreign keys make a miss impossible in a file SQLite checked; refuse rather than send a row to the wrong place.
  const at = (map: Map<string, number>, id: string, what: string) => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`a row refers to a ${what} the document does not have (${id})`);
    return found;
  };
  const activities = records.activities.map((a): PackedActivity => {
    const phase = at(phaseIndex, a.phaseId, 'phase');
    const { columns, columnOf, bits } = plan.forPhase(a.phaseId);
    const masks = new Array<number>(columns.length).fill(0);
    const extras: PackedExtra[] = [];
    for (const [partyId, roles, note] of cellsOf(a.id)) {
      const column = columnOf.get(partyId) ?? -1;
      const mask = encode(roles, bits);
      const inMask = column >= 0 && mask > 0;
      if (inMask) masks[column] = mask;
      if (!inMask || note !== null) extras.push([at(partyIndex, partyId, 'party'), inMask ? null : [...roles], note]);
    }
    const fields = [a.id, phase, a.position, a.title, a.description, masks] as const;
    return extras.length > 0 ? [...fields, extras] : [...fields];
  });
  return { ...records, activities } as PackedRecords;
}

/**
 * The roles as a number, or 0 when a number cannot say them exactly: an empty cell, a code the vocabulary lacks, a
 * code twice, or codes out of the vocabulary's order (the store keeps that order, but a file may not).
 */
function encode(roles: readonly string[], bits: PackingPlan['bits']): number {
  let mask = 0;
  let last = -1;
  for (const code of roles) {
    const bit = bits.get(code);
    if (bit === undefined || bit <= last) return 0;
    mask |= 1 << bit;
    last = bit;
  }
  return mask;
}

/** Cells grouped by activity and party: what the document model keeps (shared/model). */
export type GroupedCells = Map<string, Map<string, Cell>>;

/**
 * The records back, with the cells grouped as the document model keeps them; throws when a tuple points outside the
 * lists (a damaged or forged answer).
 */
export function unpackGrouped(packed: PackedRecords): { records: Omit<DocumentRecords, 'cells'>; cells: GroupedCells } {
  const plan = columnsAndCodes(packed);
  const cells: GroupedCells = new Map();
  const activities = packed.activities.map(([id, phase, position, title, description, masks, extras = []]) => {
    const phaseId = packed.phases[phase]?.id;
    if (phaseId === undefined) throw new Error(`activity ${id} points to phase ${phase}, which the document does not have`);
    const { columns, decode } = plan.forPhase(phaseId);
    const byParty = new Map<string, Cell>();
    for (let column = 0; column < masks.length; column++) {
      const mask = masks[column]!;
      const partyId = columns[column];
      if (mask !== 0 && partyId !== undefined) byParty.set(partyId, { partyId, roles: decode(mask) as string[], note: null });
    }
    for (const [p, roles, note] of extras) {
      const partyId = packed.parties[p]?.id;
      if (partyId === undefined)
        throw new Error(`a cell of activity ${id} points to party ${p}, which the document does not have`);
      byParty.set(partyId, { partyId, roles: roles ?? byParty.get(partyId)?.roles ?? [], note });
    }
    if (byParty.size > 0) cells.set(id, byParty);
    return { id, phaseId, position, title, description };
  });
  return { records: { ...packed, activities }, cells };
}

/** The records back, cells as a list (what tests and the host compare with). */
export function unpackRecords(packed: PackedRecords): DocumentRecords {
  const { records, cells } = unpackGrouped(packed);
  const list: CellRecord[] = [];
  for (const [activityId, byParty] of cells) for (const cell of byParty.values()) list.push({ activityId, ...cell });
  return { ...records, cells: list };
}
