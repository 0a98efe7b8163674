/**
 * The document's records, table by table, with each parent's children kept in order (./children.ts) and the counts
 * the rules need kept current. Putting and removing a record keeps the orders in step; what the change means for
 * the nested views and the rules is the model's business (./document-model.ts).
 */
import type { Cell } from '../domain/document';
import type {
  ActivityRecord,
  MatrixPartyRecord,
  MatrixRecord,
  PartyRecord,
  PhaseRecord,
  RoleRecord,
  SignatoryRecord,
  VocabularyRecord,
  WorkbookRecord,
} from '../domain/records';
import { Children } from './children';

/** The parent of the workbook's own lists (parties, vocabularies, matrices, signatories). */
export const TOP = '';
export const pair = (a: string, b: string) => `${a}\u0000${b}`;

export class DocumentTables {
  workbook: WorkbookRecord;
  readonly parties = new Map<string, PartyRecord>();
  readonly vocabularies = new Map<string, VocabularyRecord>();
  readonly roles = new Map<string, RoleRecord>();
  readonly matrices = new Map<string, MatrixRecord>();
  readonly columns = new Map<string, MatrixPartyRecord>();
  readonly phases = new Map<string, PhaseRecord>();
  readonly activities = new Map<string, ActivityRecord>();
  /** activity id → party id → cell: the cell objects are reused in the nested views. */
  readonly cells = new Map<string, Map<string, Cell>>();
  readonly signatories = new Map<string, SignatoryRecord>();

  readonly partyOrder = new Children((_, id) => this.parties.get(id)!.position);
  readonly vocabularyOrder = new Children((_, id) => this.vocabularies.get(id)!.position);
  readonly roleOrder = new Children((vocabulary, code) => this.roles.get(pair(vocabulary, code))!.position);
  readonly matrixOrder = new Children((_, id) => this.matrices.get(id)!.position);
  readonly columnOrder = new Children((matrix, party) => this.columns.get(pair(matrix, party))!.position);
  readonly phaseOrder = new Children((_, id) => this.phases.get(id)!.position);
  readonly activityOrder = new Children((_, id) => this.activities.get(id)!.position);
  readonly signatoryOrder = new Children((_, id) => this.signatories.get(id)!.position);

  /** Cells holding roles, per matrix and party (what "a party never assigned" needs); recounted when unsure. */
  private usage = new Map<string, Map<string, number>>();
  private usageStale = true;

  constructor(workbook: WorkbookRecord) {
    this.workbook = workbook;
  }

  // One put and one remove per table; a remove answers the record it removed.

  putParty(p: PartyRecord): void {
    this.parties.set(p.id, p);
    this.partyOrder.add(TOP, p.id);
  }
  removeParty(id: string): PartyRecord | undefined {
    return take(this.parties, id, () => this.partyOrder.remove(TOP, id));
  }
  putVocabulary(v: VocabularyRecord): void {
    this.vocabularies.set(v.id, v);
    this.vocabularyOrder.add(TOP, v.id);
  }
  removeVocabulary(id: string): VocabularyRecord | undefined {
    return take(this.vocabularies, id, () => this.vocabularyOrder.remove(TOP, id));
  }
  putRole(r: RoleRecord): void {
    this.roles.set(pair(r.vocabularyId, r.code), r);
    this.roleOrder.add(r.vocabularyId, r.code);
  }
  removeRole(vocabulary: string, code: string): RoleRecord | undefined {
    return take(this.roles, pair(vocabulary, code), () => this.roleOrder.remove(vocabulary, code));
  }
  putMatrix(m: MatrixRecord): void {
    this.matrices.set(m.id, m);
    this.matrixOrder.add(TOP, m.id);
  }
  removeMatrix(id: string): MatrixRecord | undefined {
    return take(this.matrices, id, () => this.matrixOrder.remove(TOP, id));
  }
  putColumn(c: MatrixPartyRecord): void {
    this.columns.set(pair(c.matrixId, c.partyId), c);
    this.columnOrder.add(c.matrixId, c.partyId);
  }
  removeColumn(matrixId: string, partyId: string): MatrixPartyRecord | undefined {
    return take(this.columns, pair(matrixId, partyId), () => this.columnOrder.remove(matrixId, partyId));
  }
  putPhase(p: PhaseRecord): void {
    this.phases.set(p.id, p);
    this.phaseOrder.add(p.matrixId, p.id);
  }
  removePhase(id: string): PhaseRecord | undefined {
    const before = this.phases.get(id);
    return before && take(this.phases, id, () => this.phaseOrder.remove(before.matrixId, id));
  }
  putActivity(a: ActivityRecord): void {
    this.activities.set(a.id, a);
    this.activityOrder.add(a.phaseId, a.id);
  }
  removeActivity(id: string): ActivityRecord | undefined {
    const before = this.activities.get(id);
    return before && take(this.activities, id, () => this.activityOrder.remove(before.phaseId, id));
  }
  putSignatory(s: SignatoryRecord): void {
    this.signatories.set(s.id, s);
    this.signatoryOrder.add(TOP, s.id);
  }
  removeSignatory(id: string): SignatoryRecord | undefined {
    return take(this.signatories, id, () => this.signatoryOrder.remove(TOP, id));
  }

  /** Sets or removes a cell; answers the cell it replaced. Keeps the usage counts current. */
  setCell(activityId: string, partyId: string, cell: Cell | null): Cell | undefined {
    let byParty = this.cells.get(activityId);
    if (!byParty) this.cells.set(activityId, (byParty = new Map()));
    const before = byParty.get(partyId);
    if (cell) byParty.set(partyId, cell);
    else byParty.delete(partyId);
    const matrixId = this.matrixOfActivity(activityId);
    const delta = (cell && cell.roles.length > 0 ? 1 : 0) - (before && before.roles.length > 0 ? 1 : 0);
    if (matrixId === undefined) this.usageStale = true;
    else if (delta !== 0) this.countUse(matrixId, partyId, delta);
    return before;
  }

  /** Drops an activity's cells (they go before it; if some did not, the counts cannot be trusted). */
  dropCells(activityId: string): void {
    if (this.cells.get(activityId)?.size) this.usageStale = true;
    this.cells.delete(activityId);
  }

  /** The counts are recounted on next use (a phase changed matrix, or a cell's activity was unknown). */
  staleUsage(): void {
    this.usageStale = true;
  }

  matrixOfActivity(activityId: string): string | undefined {
    const phaseId = this.activities.get(activityId)?.phaseId;
    return phaseId === undefined ? undefined : this.phases.get(phaseId)?.matrixId;
  }

  /** Whether some cell of the matrix gives `partyId` a role. */
  partyUsed(matrixId: string, partyId: string): boolean {
    if (this.usageStale) this.recountUsage();
    return (this.usage.get(matrixId)?.get(partyId) ?? 0) > 0;
  }

  private countUse(matrixId: string, partyId: string, delta: number): void {
    let counts = this.usage.get(matrixId);
    if (!counts) this.usage.set(matrixId, (counts = new Map()));
    counts.set(partyId, (counts.get(partyId) ?? 0) + delta);
  }

  private recountUsage(): void {
    this.usage = new Map();
    for (const [activityId, byParty] of this.cells) {
      const matrixId = this.matrixOfActivity(activityId);
      if (matrixId === undefined) continue;
      for (const cell of byParty.values()) if (cell.roles.length > 0) this.countUse(matrixId, cell.partyId, 1);
    }
    this.usageStale = false;
  }
}

function take<T>(map: Map<string, T>, key: string, unlink: () => void): T | undefined {
  const before = map.get(key);
  if (before === undefined) return undefined;
  unlink();
  map.delete(key);
  return before;
}
