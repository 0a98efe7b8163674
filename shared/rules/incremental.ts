/**
 * The findings of a document kept current as it changes: each finding belongs to a unit (an activity, a phase's
 * titles, a matrix's columns, the support scope), and after an edit only the units it touched are checked again. The
 * list comes out in the order `validateContent` gives, and equals it (test/incremental-rules.test.ts holds the two
 * together over random edits).
 */
import type { Language } from '../domain/languages';
import { translator, type Translate } from '../i18n/messages';
import type { DocumentModel } from '../model/document-model';
import type { Touched } from '../model/touched';
import type { Finding, RawFinding } from './finding';
import { localize } from './localize';
import { checkActivity, checkDuplicateTitles, checkUnusedParties, matrixContext, type MatrixContext } from './matrix-rules';
import { checkScope } from './scope-rules';

const unit = {
  activity: (id: string) => `a:${id}`,
  phase: (id: string) => `p:${id}`,
  matrix: (id: string) => `m:${id}`,
  scope: 's',
};

export class FindingsIndex {
  private readonly units = new Map<string, Finding[]>();
  private listed: Finding[] | null = null;
  /** Where each unit comes in the document; walked again only when rows move (a cell edit moves none). */
  private order: Map<string, number> | null = null;
  private readonly t: Translate;

  constructor(
    private readonly model: DocumentModel,
    readonly language: Language,
  ) {
    this.t = translator(language);
    this.checkEverything();
  }

  /**
   * Every finding, in document order; the same array until a check changes something. Only the units that have
   * findings are sorted, so a keypress in a 20,000-activity workbook does not walk every activity.
   */
  list(): readonly Finding[] {
    if (this.listed) return this.listed;
    const order = (this.order ??= this.documentOrder());
    const at = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
    const keys = [...this.units.keys()].sort((a, b) => at(a) - at(b));
    this.listed = keys.flatMap((key) => this.units.get(key)!);
    return this.listed;
  }

  private documentOrder(): Map<string, number> {
    const order = new Map<string, number>();
    const add = (key: string) => order.set(key, order.size);
    for (const matrix of this.model.content().matrices) {
      for (const phase of matrix.phases) {
        add(unit.phase(phase.id));
        for (const activity of phase.activities) add(unit.activity(activity.id));
      }
      add(unit.matrix(matrix.id));
    }
    add(unit.scope);
    return order;
  }

  /** Checks again what `touched` names; returns whether any finding changed. */
  update(touched: Touched): boolean {
    if (touched.everything) {
      this.units.clear();
      this.checkEverything();
      this.listed = null;
      this.order = null;
      return true;
    }
    const contexts = new Map<string, MatrixContext | null>();
    let changed = false;
    const set = (key: string, raw: RawFinding[] | null) => {
      const next = raw && raw.length > 0 ? raw.map(localize(this.t)) : null;
      const before = this.units.get(key);
      if (sameFindings(before, next)) return;
      if (next) this.units.set(key, next);
      else this.units.delete(key);
      changed = true;
    };
    const context = (matrixId: string) => {
      if (!contexts.has(matrixId)) contexts.set(matrixId, this.context(matrixId));
      return contexts.get(matrixId)!;
    };
    const activities = new Set(touched.activities);
    const phases = new Set(touched.phases);
    for (const matrixId of touched.wholeMatrices) {
      for (const phase of this.model.matrixView(matrixId)?.phases ?? []) {
        phases.add(phase.id);
        for (const activity of phase.activities) activities.add(activity.id);
      }
    }
    for (const id of activities) {
      const phaseId = this.model.activityRecord(id)?.phaseId;
      const matrixId = phaseId === undefined ? undefined : this.model.phaseRecord(phaseId)?.matrixId;
      const ctx = matrixId === undefined ? null : context(matrixId);
      set(unit.activity(id), ctx && checkActivity(ctx, this.model.phaseView(phaseId!)!, this.model.activityView(id)!));
    }
    for (const id of phases) {
      const matrixId = this.model.phaseRecord(id)?.matrixId;
      const ctx = matrixId === undefined ? null : context(matrixId);
      set(unit.phase(id), ctx && checkDuplicateTitles(ctx, this.model.phaseView(id)!));
    }
    for (const id of new Set([...touched.matrices, ...touched.wholeMatrices])) {
      const ctx = context(id);
      set(unit.matrix(id), ctx && this.unusedParties(ctx));
    }
    if (touched.scope) set(unit.scope, checkScope(this.model.content(), this.t));
    // Rows that moved reorder the list even when no finding changed; cell edits never move rows.
    if (phases.size > 0) this.order = null;
    if (changed || phases.size > 0) this.listed = null;
    return changed;
  }

  private checkEverything(): void {
    const content = this.model.content();
    const store = (key: string, raw: RawFinding[]) => raw.length > 0 && this.units.set(key, raw.map(localize(this.t)));
    for (const matrix of content.matrices) {
      const ctx = this.context(matrix.id);
      if (!ctx) continue;
      for (const phase of matrix.phases) {
        store(unit.phase(phase.id), checkDuplicateTitles(ctx, phase));
        for (const activity of phase.activities) store(unit.activity(activity.id), checkActivity(ctx, phase, activity));
      }
      store(unit.matrix(matrix.id), this.unusedParties(ctx));
    }
    store(unit.scope, checkScope(content, this.t));
  }

  private context(matrixId: string): MatrixContext | null {
    const matrix = this.model.matrixView(matrixId);
    if (!matrix) return null;
    return matrixContext(matrix, this.model.vocabulary(matrix.vocabularyId), this.model.partyMap(), this.language);
  }

  private unusedParties(ctx: MatrixContext): RawFinding[] {
    const id = ctx.matrix.id;
    return checkUnusedParties(ctx, this.model.activityCount(id), (partyId) => this.model.partyUsed(id, partyId));
  }
}

function sameFindings(a: readonly Finding[] | undefined | null, b: readonly Finding[] | null): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return (
    x.length === y.length &&
    x.every((f, i) => {
      const g = y[i]!;
      return f.rule === g.rule && f.severity === g.severity && f.message === g.message && sameLocation(f, g);
    })
  );
}

const sameLocation = (f: Finding, g: Finding) => JSON.stringify(f.location) === JSON.stringify(g.location);
