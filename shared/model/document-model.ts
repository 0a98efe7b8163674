/**
 * A document as normalised tables of records (./tables.ts), kept current by applying the record changes edits answer
 * with. It hands out the document in its nested form (`content()`, the shape every reader and the rules use), rebuilt
 * only along the path of what changed (./views.ts): a changed cell gives a new activity, phase, matrix and content
 * object, and every other object stays the same, so a renderer can skip what is identical. Applying changes also
 * says what the rules must check again (./touched.ts). The store reads whole documents through it too (readContent),
 * so a fresh read and an updated copy are assembled by the same code.
 */
import type { Activity, Cell, Content, Matrix, Party, Phase } from '../domain/document';
import type {
  ActivityRecord,
  CellRecord,
  DocumentRecords,
  MatrixPartyRecord,
  PhaseRecord,
  RecordChange,
} from '../domain/records';
import type { Vocabulary } from '../domain/vocabulary';
import { DocumentTables } from './tables';
import { emptyTouched, type Touched } from './touched';
import { NestedViews } from './views';

export class DocumentModel {
  private readonly views: NestedViews;

  private constructor(private readonly t: DocumentTables) {
    this.views = new NestedViews(t);
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
    const t = new DocumentTables(records.workbook);
    for (const p of records.parties) t.putParty(p);
    for (const v of records.vocabularies) t.putVocabulary(v);
    for (const r of records.roles) t.putRole(r);
    for (const m of records.matrices) t.putMatrix(m);
    for (const c of records.matrixParties) t.putColumn(c);
    for (const p of records.phases) t.putPhase(p);
    for (const a of records.activities) t.putActivity(a);
    for (const [activityId, byParty] of cells) t.cells.set(activityId, byParty);
    for (const s of records.signatories) t.putSignatory(s);
    return new DocumentModel(t);
  }

  /** Applies changes in the order they were written; says what the rules must look at again. */
  apply(changes: readonly RecordChange[]): Touched {
    const touched = emptyTouched();
    for (const change of changes) this.applyOne(change, touched);
    return touched;
  }

  // Reading

  content(): Content {
    return this.views.content();
  }
  matrixView(id: string): Matrix | undefined {
    return this.views.matrix(id);
  }
  phaseView(id: string): Phase | undefined {
    return this.views.phase(id);
  }
  activityView(id: string): Activity | undefined {
    return this.views.activity(id);
  }
  activityRecord(id: string): ActivityRecord | undefined {
    return this.t.activities.get(id);
  }
  phaseRecord(id: string): PhaseRecord | undefined {
    return this.t.phases.get(id);
  }
  vocabulary(id: string): Vocabulary | undefined {
    return this.views.vocabularyList().find((v) => v.id === id);
  }
  partyMap(): ReadonlyMap<string, Party> {
    return this.views.partyMap();
  }

  /** A cell as its record (what an optimistic edit replaces and a rollback restores); null when it is empty. */
  cellRecord(activityId: string, partyId: string): CellRecord | null {
    const cell = this.t.cells.get(activityId)?.get(partyId);
    return cell ? { activityId, partyId, roles: cell.roles, note: cell.note } : null;
  }

  /** How many activities a matrix has. */
  activityCount(matrixId: string): number {
    return this.t.phaseOrder.of(matrixId).reduce((n, phase) => n + this.t.activityOrder.count(phase), 0);
  }

  /** Whether some cell of the matrix gives `partyId` a role. */
  partyUsed(matrixId: string, partyId: string): boolean {
    return this.t.partyUsed(matrixId, partyId);
  }

  // Applying one change: the tables change, the views along its path are dropped, and `touched` says what to check.

  private applyOne(change: RecordChange, touched: Touched): void {
    const { t, views } = this;
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
        const before = t.removeMatrix(change.key[0]);
        if (change.value) t.putMatrix(change.value);
        views.dropMatrix(change.key[0]);
        if (before && change.value && before.vocabularyId === change.value.vocabularyId) touched.matrices.add(change.key[0]);
        else touched.everything = true;
        return;
      }
      case 'parties': {
        const before = t.removeParty(change.key[0]);
        if (change.value) t.putParty(change.value);
        views.dropList('parties');
        // Names appear in messages; the scope's rules ask whether a providing party exists.
        if (!before || !change.value) touched.scope = true;
        else if (before.name !== change.value.name) touched.everything = true;
        return;
      }
      case 'vocabularies':
        t.removeVocabulary(change.key[0]);
        if (change.value) t.putVocabulary(change.value);
        views.dropList('vocabularies');
        touched.everything = true;
        return;
      case 'roles':
        t.removeRole(change.key[0], change.key[1]);
        if (change.value) t.putRole(change.value);
        views.dropList('vocabularies');
        touched.everything = true;
        return;
      case 'signatories':
        t.removeSignatory(change.key[0]);
        if (change.value) t.putSignatory(change.value);
        views.dropList('signatories');
        return;
      case 'workbook': {
        if (!change.value) return; // a workbook always has its record; a delete cannot be meant
        const before = t.workbook;
        t.workbook = change.value;
        views.dropContent();
        if (before.language !== change.value.language) touched.everything = true;
        else if (JSON.stringify(before.scope) !== JSON.stringify(change.value.scope)) touched.scope = true;
        return;
      }
    }
  }

  private applyCell(activityId: string, partyId: string, after: CellRecord | null, touched: Touched): void {
    this.t.setCell(activityId, partyId, after && { partyId, roles: after.roles, note: after.note });
    const matrixId = this.t.matrixOfActivity(activityId);
    if (matrixId !== undefined) touched.matrices.add(matrixId);
    this.views.dropActivity(activityId);
    touched.activities.add(activityId);
  }

  private applyActivity(id: string, value: ActivityRecord | null, touched: Touched): void {
    const { t, views } = this;
    const before = t.removeActivity(id);
    views.forgetActivity(id);
    if (before) this.phaseChanged(before.phaseId, touched);
    if (value) {
      t.putActivity(value);
      this.phaseChanged(value.phaseId, touched);
    } else t.dropCells(id);
    touched.activities.add(id);
  }

  /** A phase gained, lost or reordered an activity: its view goes, and its titles and matrix are checked again. */
  private phaseChanged(phaseId: string, touched: Touched): void {
    this.views.dropPhase(phaseId);
    touched.phases.add(phaseId);
    const matrixId = this.t.phases.get(phaseId)?.matrixId;
    if (matrixId !== undefined) touched.matrices.add(matrixId);
  }

  private applyPhase(id: string, value: PhaseRecord | null, touched: Touched): void {
    const { t, views } = this;
    const before = t.removePhase(id);
    views.forgetPhase(id);
    if (before) {
      views.dropMatrix(before.matrixId);
      touched.matrices.add(before.matrixId);
    }
    if (value) {
      t.putPhase(value);
      views.dropMatrix(value.matrixId);
      touched.matrices.add(value.matrixId);
      if (before && before.matrixId !== value.matrixId) {
        t.staleUsage();
        touched.wholeMatrices.add(before.matrixId).add(value.matrixId);
      }
    }
    touched.phases.add(id);
  }

  private applyColumn(matrixId: string, partyId: string, value: MatrixPartyRecord | null, touched: Touched): void {
    const before = this.t.removeColumn(matrixId, partyId);
    if (value) this.t.putColumn(value);
    // Cells are listed in column order, so every activity of the matrix changes shape.
    this.views.dropColumns(matrixId);
    if (before && value) touched.matrices.add(matrixId);
    else touched.wholeMatrices.add(matrixId);
  }
}
