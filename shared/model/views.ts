/**
 * The document in its nested form (Content, Matrix, Phase, Activity), assembled from the tables on demand and kept:
 * a change drops only the views along its path — a cell drops its activity, that activity's phase and matrix and the
 * content — so every other object keeps its identity and a renderer can skip it.
 */
import { FORMAT } from '../domain/format';
import type { Activity, Cell, Content, Matrix, Party, Phase, Signatory } from '../domain/document';
import type { Vocabulary } from '../domain/vocabulary';
import { pair, TOP, type DocumentTables } from './tables';

export class NestedViews {
  private readonly activities = new Map<string, Activity>();
  private readonly phases = new Map<string, Phase>();
  private readonly matrices = new Map<string, Matrix>();
  private lists: {
    parties?: Party[] | undefined;
    partyMap?: ReadonlyMap<string, Party> | undefined;
    vocabularies?: Vocabulary[] | undefined;
    matrices?: Matrix[] | undefined;
    signatories?: Signatory[] | undefined;
  } = {};
  private cached: Content | undefined;

  constructor(private readonly t: DocumentTables) {}

  content(): Content {
    if (this.cached) return this.cached;
    const { t } = this;
    const w = t.workbook;
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
      matrices: (this.lists.matrices ??= t.matrixOrder.of(TOP).map((id) => this.matrix(id)!)),
      scope: w.scope,
      signatories: (this.lists.signatories ??= t.signatoryOrder.of(TOP).map((id) => {
        const { position: _position, ...signatory } = t.signatories.get(id)!;
        return signatory;
      })),
    };
    return this.cached;
  }

  matrix(id: string): Matrix | undefined {
    const cached = this.matrices.get(id);
    if (cached) return cached;
    const m = this.t.matrices.get(id);
    if (!m) return undefined;
    const view = {
      id,
      title: m.title,
      vocabularyId: m.vocabularyId,
      partyIds: this.t.columnOrder.of(id),
      phases: this.t.phaseOrder.of(id).map((phase) => this.phase(phase)!),
    } as Matrix;
    this.matrices.set(id, view);
    return view;
  }

  phase(id: string): Phase | undefined {
    const cached = this.phases.get(id);
    if (cached) return cached;
    const p = this.t.phases.get(id);
    if (!p) return undefined;
    const view: Phase = { id, title: p.title, activities: this.t.activityOrder.of(id).map((a) => this.activity(a)!) };
    this.phases.set(id, view);
    return view;
  }

  /** An activity with its cells in the order of its matrix's columns (cells of other parties are not shown). */
  activity(id: string): Activity | undefined {
    const cached = this.activities.get(id);
    if (cached) return cached;
    const a = this.t.activities.get(id);
    if (!a) return undefined;
    const byParty = this.t.cells.get(id);
    const matrixId = this.t.phases.get(a.phaseId)?.matrixId;
    const cells: Cell[] = [];
    if (byParty && matrixId !== undefined)
      for (const party of this.t.columnOrder.of(matrixId)) {
        const cell = byParty.get(party);
        if (cell) cells.push(cell);
      }
    const view: Activity = { id, title: a.title, description: a.description, cells };
    this.activities.set(id, view);
    return view;
  }

  partyList(): Party[] {
    return (this.lists.parties ??= this.t.partyOrder.of(TOP).map((id) => {
      const { position: _position, ...party } = this.t.parties.get(id)!;
      return party;
    }));
  }

  partyMap(): ReadonlyMap<string, Party> {
    return (this.lists.partyMap ??= new Map(this.partyList().map((p) => [p.id, p])));
  }

  vocabularyList(): Vocabulary[] {
    const { t } = this;
    return (this.lists.vocabularies ??= t.vocabularyOrder.of(TOP).map((id) => {
      const { position: _position, ...vocabulary } = t.vocabularies.get(id)!;
      const roles = t.roleOrder.of(id).map((code) => {
        const { vocabularyId: _v, position: _p, ...role } = t.roles.get(pair(id, code))!;
        return role;
      });
      return { ...vocabulary, roles } as Vocabulary;
    }));
  }

  // Dropping views along the path of a change

  dropActivity(id: string): void {
    this.activities.delete(id);
    const phaseId = this.t.activities.get(id)?.phaseId;
    if (phaseId !== undefined) this.dropPhase(phaseId);
  }

  dropPhase(id: string): void {
    this.phases.delete(id);
    const matrixId = this.t.phases.get(id)?.matrixId;
    if (matrixId !== undefined) this.dropMatrix(matrixId);
  }

  dropMatrix(id: string): void {
    this.matrices.delete(id);
    this.lists.matrices = undefined;
    this.cached = undefined;
  }

  /** The matrix's columns changed: every activity of it lists its cells anew. */
  dropColumns(matrixId: string): void {
    for (const phase of this.t.phaseOrder.of(matrixId)) {
      for (const activity of this.t.activityOrder.of(phase)) this.activities.delete(activity);
      this.phases.delete(phase);
    }
    this.dropMatrix(matrixId);
  }

  /** An activity or phase record goes: its own view, not its parent's (the caller drops that one). */
  forgetActivity(id: string): void {
    this.activities.delete(id);
  }
  forgetPhase(id: string): void {
    this.phases.delete(id);
  }

  dropList(name: 'parties' | 'vocabularies' | 'signatories'): void {
    this.lists[name] = undefined;
    if (name === 'parties') this.lists.partyMap = undefined;
    this.cached = undefined;
  }

  dropContent(): void {
    this.cached = undefined;
  }
}
