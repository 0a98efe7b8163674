/**
 * A document as normalised tables of records, kept current by applying the record changes edits answer with. It hands
 * out the document in its nested form (`content()`, the shape every reader and the rules use), rebuilt only along the
 * path of what changed: a changed cell gives a new activity, phase, matrix and content object, and every other object
 * stays the same, so a renderer can skip what is identical. The store reads whole documents through it too
 * (readContent), so a fresh read and an updated copy are assembled by the same code.
 */
import type { Activity, Cell, Content, Matrix, Party, Phase, Signatory } from '../domain/document';
import { FORMAT } from '../domain/format';
import type {
  ActivityRecord,
  CellRecord,
  DocumentRecords,
  MatrixPartyRecord,
  MatrixRecord,
  PartyRecord,
  PhaseRecord,
  RecordChange,
  RoleRecord,
  SignatoryRecord,
  VocabularyRecord,
  WorkbookRecord,
} from '../domain/records';
import type { Vocabulary } from '../domain/vocabulary';
import { Children } from './children';
import { emptyTouched, type Touched } from './touched';

const TOP = '';
const pair = (a: string, b: string) => `${a}\u0000${b}`;

export class DocumentModel {
  private workbook: WorkbookRecord;
  private readonly parties = new Map<string, PartyRecord>();
  private readonly vocabularies = new Map<string, VocabularyRecord>();
  private readonly roles = new Map<string, RoleRecord>();
  private readonly matrices = new Map<string, MatrixRecord>();
  private readonly columns = new Map<string, MatrixPartyRecord>();
  private readonly phases = new Map<string, PhaseRecord>();
  private readonly activities = new Map<string, ActivityRecord>();
  /** activity id → party id → cell: the cell objects are reused in the nested views. */
  private readonly cells = new Map<string, Map<string, Cell>>();
  private readonly signatories = new Map<string, SignatoryRecord>();

  private readonly partyOrder = new Children((_, id) => this.parties.get(id)!.position);
  private readonly vocabularyOrder = new Children((_, id) => this.vocabularies.get(id)!.position);
  private readonly roleOrder = new Children((vocabulary, code) => this.roles.get(pair(vocabulary, code))!.position);
  private readonly matrixOrder = new Children((_, id) => this.matrices.get(id)!.position);
  private readonly columnOrder = new Children((matrix, party) => this.columns.get(pair(matrix, party))!.position);
  private readonly phaseOrder = new Children((_, id) => this.phases.get(id)!.position);
  private readonly activityOrder = new Children((_, id) => this.activities.get(id)!.position);
  private readonly signatoryOrder = new Children((_, id) => this.signatories.get(id)!.position);

  // The nested views, built on demand and dropped along the path of a change.
  private readonly activityViews = new Map<string, Activity>();
  private readonly phaseViews = new Map<string, Phase>();
  private readonly matrixViews = new Map<string, Matrix>();
  private lists: {
    parties?: Party[] | undefined;
    partyMap?: ReadonlyMap<string, Party> | undefined;
    vocabularies?: Vocabulary[] | undefined;
    matrices?: Matrix[] | undefined;
    signatories?: Signatory[] | undefined;
  } = {};
  private cached: Content | undefined;

  /** Cells holding roles, per matrix and party (what "a party never assigned" needs); recounted when unsure. */
  private usage = new Map<string, Map<string, number>>();
  private usageStale = true;

  private constructor(workbook: WorkbookRecord) {
    this.workbook = workbook;
  }

  static fromRecords(records: DocumentRecords): DocumentModel {
    const cells = new Map<string, Map<string, Cell>>();
    for (const c of records.cells) {
      let byParty = cells.get(c.activityId);
      if (!byParty) cells.set(c.activityId, (byParty = new Map()));
      byParty.set(c.partyId, { partyId: c.partyId, roles: c.roles, note: c.note });
    }
    return DocumentModel.fromGrouped(records, cells);
  }

  /**
   * From records whose cells come grouped by activity and party, as the page unpacks them: the model takes the maps
   * over as they are (a 20,000-activity workbook has 240,000 cells; building them once is enough).
   */
  static fromGrouped(records: Omit<DocumentRecords, 'cells'>, cells: Map<string, Map<string, Cell>>): DocumentModel {
    const model = new DocumentModel(records.workbook);
    for (const p of records.parties) model.putParty(p);
    for (const v of records.vocabularies) model.putVocabulary(v);
    for (const r of records.roles) model.putRole(r);
    for (const m of records.matrices) model.putMatrix(m);
    for (const c of records.matrixParties) model.putColumn(c);
    for (const p of records.phases) model.putPhase(p);
    for (const a of records.activities) model.putActivity(a);
    for (const [activityId, byParty] of cells) model.cells.set(activityId, byParty);
    for (const s of records.signatories) model.putSignatory(s);
    return model;
  }

  /** Applies changes in the order they were written; says what the rules must look at again. */
  apply(changes: readonly RecordChange[]): Touched {
    const touched = emptyTouched();
    for (const change of changes) this.applyOne(change, touched);
    return touched;
  }

  // Reading

  content(): Content {
    if (this.cached) return this.cached;
    const w = this.workbook;
    this.cached = {
      format: FORMAT,
      id: w.id,
      title: w.title,
      client: w.client,
      preparedBy: w.preparedBy,
      language: w.language,
      dates: w.dates,
      parties: this.partyList(),
      vocabularies: this.vocabularyList(),
      matrices: (this.lists.matrices ??= this.matrixOrder.of(TOP).map((id) => this.matrixView(id)!)),
      scope: w.scope,
      signatories: (this.lists.signatories ??= this.signatoryOrder.of(TOP).map((id) => {
        const { position: _position, ...signatory } = this.signatories.get(id)!;
        return signatory;
      })),
    };
    return this.cached;
  }

  matrixView(id: string): Matrix | undefined {
    const cached = this.matrixViews.get(id);
    if (cached) return cached;
    const m = this.matrices.get(id);
    if (!m) return undefined;
    const view: Matrix = {
      id,
      title: m.title,
      vocabularyId: m.vocabularyId,
      partyIds: this.columnOrder.of(id),
      phases: this.phaseOrder.of(id).map((phase) => this.phaseView(phase)!),
    } as Matrix;
    this.matrixViews.set(id, view);
    return view;
  }

  phaseView(id: string): Phase | undefined {
    const cached = this.phaseViews.get(id);
    if (cached) return cached;
    const p = this.phases.get(id);
    if (!p) return undefined;
    const view: Phase = { id, title: p.title, activities: this.activityOrder.of(id).map((a) => this.activityView(a)!) };
    this.phaseViews.set(id, view);
    return view;
  }

  activityView(id: string): Activity | undefined {
    const cached = this.activityViews.get(id);
    if (cached) return cached;
    const a = this.activities.get(id);
    if (!a) return undefined;
    const byParty = this.cells.get(id);
    const matrixId = this.phases.get(a.phaseId)?.matrixId;
    const cells: Cell[] = [];
    if (byParty && matrixId !== undefined)
      for (const party of this.columnOrder.of(matrixId)) {
        const cell = byParty.get(party);
        if (cell) cells.push(cell);
      }
    const view: Activity = { id, title: a.title, description: a.description, cells };
    this.activityViews.set(id, view);
    return view;
  }

  /** A cell as its record (what an optimistic edit replaces and a rollback restores); null when it is empty. */
  cellRecord(activityId: string, partyId: string): CellRecord | null {
    const cell = this.cells.get(activityId)?.get(partyId);
    return cell ? { activityId, partyId, roles: cell.roles, note: cell.note } : null;
  }

  activityRecord(id: string): ActivityRecord | undefined {
    return this.activities.get(id);
  }

  phaseRecord(id: string): PhaseRecord | undefined {
    return this.phases.get(id);
  }

  vocabulary(id: string): Vocabulary | undefined {
    return this.vocabularyList().find((v) => v.id === id);
  }

  partyMap(): ReadonlyMap<string, Party> {
    return (this.lists.partyMap ??= new Map(this.partyList().map((p) => [p.id, p])));
  }

  /** How many activities a matrix has. */
  activityCount(matrixId: string): number {
    return this.phaseOrder.of(matrixId).reduce((n, phase) => n + this.activityOrder.count(phase), 0);
  }

  /** Whether some cell of the matrix gives `partyId` a role. */
  partyUsed(matrixId: string, partyId: string): boolean {
    if (this.usageStale) this.recountUsage();
    return (this.usage.get(matrixId)?.get(partyId) ?? 0) > 0;
  }

  // Applying one change

  private applyOne(change: RecordChange, touched: Touched): void {
    switch (change.table) {
      case 'cells':
        return this.applyCell(change.key[0], change.key[1], change.value, touched);
      case 'activities':
        return this.applyActivity(change.key[0], change.value, touched);
      case 'phases':
        return this.applyPhase(change.key[0], change.value, touched);
      case 'matrixParties':
        return this.applyColumn(change.key[0], change.key[1], change.value, touched);
      case 'matrices': {
        const before = this.matrices.get(change.key[0]);
        this.removeMatrix(change.key[0]);
        if (change.value) this.putMatrix(change.value);
        if (before && change.value && before.vocabularyId === change.value.vocabularyId) touched.matrices.add(change.key[0]);
        else touched.everything = true;
        return;
      }
      case 'parties': {
        const before = this.parties.get(change.key[0]);
        if (before) this.partyOrder.remove(TOP, before.id);
        this.parties.delete(change.key[0]);
        if (change.value) this.putParty(change.value);
        this.dropList('parties');
        // Names appear in messages; the scope's rules ask whether a providing party exists.
        if (!before || !change.value) touched.scope = true;
        else if (before.name !== change.value.name) touched.everything = true;
        return;
      }
      case 'vocabularies':
        this.vocabularyOrder.remove(TOP, change.key[0]);
        this.vocabularies.delete(change.key[0]);
        if (change.value) this.putVocabulary(change.value);
        this.dropList('vocabularies');
        touched.everything = true;
        return;
      case 'roles': {
        const [vocabulary, code] = change.key;
        this.roleOrder.remove(vocabulary, code);
        this.roles.delete(pair(vocabulary, code));
        if (change.value) this.putRole(change.value);
        this.dropList('vocabularies');
        touched.everything = true;
        return;
      }
      case 'signatories':
        this.signatoryOrder.remove(TOP, change.key[0]);
        this.signatories.delete(change.key[0]);
        if (change.value) this.putSignatory(change.value);
        this.dropList('signatories');
        return;
      case 'workbook': {
        if (!change.value) return; // a workbook always has its record; a delete cannot be meant
        const before = this.workbook;
        this.workbook = change.value;
        this.cached = undefined;
        if (before.language !== change.value.language) touched.everything = true;
        else if (JSON.stringify(before.scope) !== JSON.stringify(change.value.scope)) touched.scope = true;
        return;
      }
    }
  }

  private applyCell(activityId: string, partyId: string, after: CellRecord | null, touched: Touched): void {
    const byParty = this.cellsOf(activityId);
    const before = byParty.get(partyId);
    if (after) byParty.set(partyId, { partyId, roles: after.roles, note: after.note });
    else byParty.delete(partyId);
    const matrixId = this.matrixOfActivity(activityId);
    if (matrixId === undefined) this.usageStale = true;
    else {
      const delta = (after && after.roles.length > 0 ? 1 : 0) - (before && before.roles.length > 0 ? 1 : 0);
      if (delta !== 0) this.countUse(matrixId, partyId, delta);
      touched.matrices.add(matrixId);
    }
    this.dropActivityView(activityId);
    touched.activities.add(activityId);
  }

  private applyActivity(id: string, value: ActivityRecord | null, touched: Touched): void {
    const before = this.activities.get(id);
    if (before) {
      this.activityOrder.remove(before.phaseId, id);
      this.dropPhaseView(before.phaseId);
      touched.phases.add(before.phaseId);
      this.touchMatrixOfPhase(before.phaseId, touched);
    }
    this.activityViews.delete(id);
    if (value) this.putActivity(value);
    else {
      this.activities.delete(id);
      // Cells go before their activity; if some did not, the counts cannot be trusted.
      if (this.cells.get(id)?.size) this.usageStale = true;
      this.cells.delete(id);
    }
    if (value) {
      this.dropPhaseView(value.phaseId);
      touched.phases.add(value.phaseId);
      this.touchMatrixOfPhase(value.phaseId, touched);
    }
    touched.activities.add(id);
  }

  private applyPhase(id: string, value: PhaseRecord | null, touched: Touched): void {
    const before = this.phases.get(id);
    if (before) {
      this.phaseOrder.remove(before.matrixId, id);
      this.dropMatrixView(before.matrixId);
      touched.matrices.add(before.matrixId);
    }
    this.phaseViews.delete(id);
    if (value) {
      this.putPhase(value);
      this.dropMatrixView(value.matrixId);
      touched.matrices.add(value.matrixId);
      if (before && before.matrixId !== value.matrixId) {
        this.usageStale = true;
        touched.wholeMatrices.add(before.matrixId).add(value.matrixId);
      }
    } else this.phases.delete(id);
    touched.phases.add(id);
  }

  private applyColumn(matrixId: string, partyId: string, value: MatrixPartyRecord | null, touched: Touched): void {
    const existed = this.columns.has(pair(matrixId, partyId));
    this.columnOrder.remove(matrixId, partyId);
    this.columns.delete(pair(matrixId, partyId));
    if (value) this.putColumn(value);
    // Cells are listed in column order, so every activity of the matrix changes shape.
    for (const phase of this.phaseOrder.of(matrixId)) {
      for (const activity of this.activityOrder.of(phase)) this.activityViews.delete(activity);
      this.phaseViews.delete(phase);
    }
    this.dropMatrixView(matrixId);
    if (existed && value) touched.matrices.add(matrixId);
    else touched.wholeMatrices.add(matrixId);
  }

  // Bookkeeping

  private putParty(p: PartyRecord): void {
    this.parties.set(p.id, p);
    this.partyOrder.add(TOP, p.id);
  }
  private putVocabulary(v: VocabularyRecord): void {
    this.vocabularies.set(v.id, v);
    this.vocabularyOrder.add(TOP, v.id);
  }
  private putRole(r: RoleRecord): void {
    this.roles.set(pair(r.vocabularyId, r.code), r);
    this.roleOrder.add(r.vocabularyId, r.code);
  }
  private putMatrix(m: MatrixRecord): void {
    this.matrices.set(m.id, m);
    this.matrixOrder.add(TOP, m.id);
  }
  private removeMatrix(id: string): void {
    this.matrixOrder.remove(TOP, id);
    this.matrices.delete(id);
    this.dropMatrixView(id);
  }
  private putColumn(c: MatrixPartyRecord): void {
    this.columns.set(pair(c.matrixId, c.partyId), c);
    this.columnOrder.add(c.matrixId, c.partyId);
  }
  private putPhase(p: PhaseRecord): void {
    this.phases.set(p.id, p);
    this.phaseOrder.add(p.matrixId, p.id);
  }
  private putActivity(a: ActivityRecord): void {
    this.activities.set(a.id, a);
    this.activityOrder.add(a.phaseId, a.id);
  }
  private putSignatory(s: SignatoryRecord): void {
    this.signatories.set(s.id, s);
    this.signatoryOrder.add(TOP, s.id);
  }

  private cellsOf(activityId: string): Map<string, Cell> {
    let byParty = this.cells.get(activityId);
    if (!byParty) this.cells.set(activityId, (byParty = new Map()));
    return byParty;
  }

  private matrixOfActivity(activityId: string): string | undefined {
    const phaseId = this.activities.get(activityId)?.phaseId;
    return phaseId === undefined ? undefined : this.phases.get(phaseId)?.matrixId;
  }

  private touchMatrixOfPhase(phaseId: string, touched: Touched): void {
    const matrixId = this.phases.get(phaseId)?.matrixId;
    if (matrixId !== undefined) touched.matrices.add(matrixId);
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

  private partyList(): Party[] {
    return (this.lists.parties ??= this.partyOrder.of(TOP).map((id) => {
      const { position: _position, ...party } = this.parties.get(id)!;
      return party;
    }));
  }

  private vocabularyList(): Vocabulary[] {
    return (this.lists.vocabularies ??= this.vocabularyOrder.of(TOP).map((id) => {
      const { position: _position, ...vocabulary } = this.vocabularies.get(id)!;
      const roles = this.roleOrder.of(id).map((code) => {
        const { vocabularyId: _v, position: _p, ...role } = this.roles.get(pair(id, code))!;
        return role;
      });
      return { ...vocabulary, roles } as Vocabulary;
    }));
  }

  private dropActivityView(id: string): void {
    this.activityViews.delete(id);
    const phaseId = this.activities.get(id)?.phaseId;
    if (phaseId !== undefined) this.dropPhaseView(phaseId);
  }

  private dropPhaseView(id: string): void {
    this.phaseViews.delete(id);
    const matrixId = this.phases.get(id)?.matrixId;
    if (matrixId !== undefined) this.dropMatrixView(matrixId);
  }

  private dropMatrixView(id: string): void {
    this.matrixViews.delete(id);
    this.lists.matrices = undefined;
    this.cached = undefined;
  }

  private dropList(name: 'parties' | 'vocabularies' | 'signatories'): void {
    this.lists[name] = undefined;
    if (name === 'parties') this.lists.partyMap = undefined;
    this.cached = undefined;
  }
}
