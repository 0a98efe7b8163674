/**
 * Applies accepted changes to our content, producing the merged content the store then writes as one edit. Pure, so the
 * app can preview the result of any selection of changes.
 */
import type { Activity, Cell, Content, Matrix, Party, Phase } from '../domain/document';
import type { Inclusion } from '../domain/scope';
import type { Change } from './changes';
import { clone } from '../domain/clone';

const ORDER: Readonly<Record<Change['kind'], number>> = {
  'party-added': 0,
  'party-renamed': 1,
  'activity-added': 2,
  'activity-removed': 3,
  'activity-renamed': 4,
  'activity-description': 4,
  'cell-roles': 5,
  'cell-note': 5,
  'scope-changed': 6,
  'signoff-filled': 7,
};

interface Located {
  readonly matrix: Matrix;
  readonly phase: Phase;
  readonly activity: Activity;
  /** Its index in its phase. */
  readonly index: number;
}

/** Every activity of a content by id, with where it sits. */
function activityIndex(content: Content): Map<string, Located> {
  const index = new Map<string, Located>();
  for (const matrix of content.matrices) {
    for (const phase of matrix.phases)
      phase.activities.forEach((activity, i) => index.set(activity.id, { matrix, phase, activity, index: i }));
  }
  return index;
}

/**
 * Finding activities while changes are applied: one index of the merged content, built when first asked and again
 * only after activities were added or removed (changes are applied grouped by kind, so that is about twice), and one
 * of theirs, which does not change. A scan per change made a returned file with many changes cost changes × rows.
 */
class Finder {
  private ours: Map<string, Located> | undefined;
  private theirsIndex: Map<string, Located> | undefined;
  private readonly columns = new Map<Matrix, Set<string>>();
  constructor(
    private readonly merged: Content,
    private readonly theirs: Content,
  ) {}
  activity(id: string | undefined): Located | null {
    this.ours ??= activityIndex(this.merged);
    return (id !== undefined && this.ours.get(id)) || null;
  }
  theirActivity(id: string): Located | null {
    this.theirsIndex ??= activityIndex(this.theirs);
    return this.theirsIndex.get(id) ?? null;
  }
  theirMatrix(id: string | undefined): Matrix | undefined {
    return this.theirs.matrices.find((m) => m.id === id);
  }
  /** Whether a matrix of the merged content has a party's column (a set per matrix, until its columns change). */
  hasColumn(matrix: Matrix, partyId: string): boolean {
    let columns = this.columns.get(matrix);
    if (!columns) {
      columns = new Set(matrix.partyIds);
      this.columns.set(matrix, columns);
    }
    return columns.has(partyId);
  }
  columnsChanged(matrix: Matrix): void {
    this.columns.delete(matrix);
  }
  /** Activities were added or removed: the merged index is rebuilt when next needed. */
  moved(): void {
    this.ours = undefined;
  }
}

function setCell(activity: Activity, partyId: string, update: (cell: Cell) => Cell): void {
  const index = activity.cells.findIndex((c) => c.partyId === partyId);
  const cell = update(index >= 0 ? activity.cells[index]! : { partyId, roles: [], note: null });
  const empty = cell.roles.length === 0 && !cell.note;
  if (index >= 0 && empty) activity.cells.splice(index, 1);
  else if (index >= 0) activity.cells[index] = cell;
  else if (!empty) activity.cells.push(cell);
}

/** Keeps cells in the matrix's column order, as the canonical form requires. */
function sortCells(content: Content): void {
  for (const matrix of content.matrices) {
    const column = new Map(matrix.partyIds.map((id, i) => [id, i]));
    const at = (partyId: string) => column.get(partyId) ?? -1;
    for (const phase of matrix.phases) {
      for (const activity of phase.activities) activity.cells.sort((a, b) => at(a.partyId) - at(b.partyId));
    }
  }
}

/** Removes activities from every matrix in one pass (one filter per phase, not one per removed activity). */
function removeActivities(content: Content, ids: ReadonlySet<string>): void {
  for (const matrix of content.matrices) {
    for (const phase of matrix.phases) phase.activities = phase.activities.filter((a) => !ids.has(a.id));
  }
}

export function applyChanges(ours: Content, theirs: Content, accepted: readonly Change[]): Content {
  const merged = clone(ours);
  const finder = new Finder(merged, theirs);
  const removed = new Set<string>();
  const removePending = () => {
    if (removed.size === 0) return;
    removeActivities(merged, removed);
    removed.clear();
    finder.moved();
  };
  for (const change of [...accepted].filter((c) => !c.conflict).sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    if (change.kind === 'activity-removed') {
      if (change.activityId !== undefined) removed.add(change.activityId);
      continue;
    }
    removePending();
    applyOne(merged, change, finder);
  }
  removePending();
  sortCells(merged);
  return merged;
}

function applyOne(merged: Content, change: Change, finder: Finder): void {
  switch (change.kind) {
    case 'party-added': {
      const party = change.after as Party;
      const matrix = merged.matrices.find((m) => m.id === change.matrixId);
      const theirMatrix = finder.theirMatrix(change.matrixId);
      if (!matrix || !theirMatrix) return;
      if (!merged.parties.some((p) => p.id === party.id)) merged.parties.push(clone(party));
      const column = theirMatrix.partyIds.indexOf(party.id);
      const ourColumns = new Set(matrix.partyIds);
      const before = theirMatrix.partyIds.slice(0, column).filter((id) => ourColumns.has(id)).length;
      matrix.partyIds.splice(before, 0, party.id);
      finder.columnsChanged(matrix);
      // The new column's cells come along with it.
      for (const theirPhase of theirMatrix.phases) {
        for (const theirActivity of theirPhase.activities) {
          const cell = theirActivity.cells.find((c) => c.partyId === party.id);
          const ours = finder.activity(theirActivity.id);
          if (cell && ours) setCell(ours.activity, party.id, () => clone(cell));
        }
      }
      return;
    }
    case 'party-renamed': {
      const party = merged.parties.find((p) => p.id === change.partyId);
      if (party) party.name = String(change.after);
      return;
    }
    case 'activity-added': {
      const activity = clone(change.after as Activity);
      const matrix = merged.matrices.find((m) => m.id === change.matrixId);
      const phase = matrix?.phases.find((p) => p.id === change.phaseId) ?? matrix?.phases.at(-1);
      if (!matrix || !phase) return;
      const columns = new Set(matrix.partyIds);
      activity.cells = activity.cells.filter((c: Cell) => columns.has(c.partyId));
      // Place it after the activity it followed in the returned file (in the same phase there), or at the end of its phase.
      const their = finder.theirActivity(activity.id);
      const theirIndex = their && their.matrix.id === matrix.id && their.phase.id === phase.id ? their.index : -1;
      const previous = theirIndex > 0 ? their?.phase.activities[theirIndex - 1]?.id : undefined;
      // Still a search of the phase per added row (its place moves as rows go in), but no longer of the whole content.
      const previousIndex = previous ? phase.activities.findIndex((a) => a.id === previous) : -1;
      const at = theirIndex === 0 ? 0 : previousIndex >= 0 ? previousIndex + 1 : phase.activities.length;
      phase.activities.splice(at, 0, activity);
      finder.moved();
      return;
    }
    case 'activity-removed':
      return; // gathered and removed in one pass by applyChanges
    case 'activity-renamed':
    case 'activity-description': {
      const found = finder.activity(change.activityId);
      if (!found) return;
      if (change.kind === 'activity-renamed') found.activity.title = String(change.after);
      else found.activity.description = (change.after as string | null) ?? null;
      return;
    }
    case 'cell-roles':
    case 'cell-note': {
      const found = finder.activity(change.activityId);
      if (!found || !change.partyId || !finder.hasColumn(found.matrix, change.partyId)) return;
      setCell(found.activity, change.partyId, (cell) =>
        change.kind === 'cell-roles'
          ? { ...cell, roles: [...(change.after as string[])] }
          : { ...cell, note: (change.after as string | null) ?? null },
      );
      return;
    }
    case 'scope-changed': {
      const scope = merged.scope;
      if (!scope || !change.field) return;
      if (change.field === 'capacityHoursPerMonth') {
        scope.capacityHoursPerMonth = change.after as number | null;
        return;
      }
      const [, serviceId, field] = change.field.split('.');
      const service = [...scope.serviceLevels.flatMap((l) => l.activities), ...scope.serviceManagement].find(
        (s) => s.id === serviceId,
      );
      if (!service) return;
      if (field === 'inclusion') service.inclusion = change.after as Inclusion;
      if (field === 'providerPartyId') service.providerPartyId = (change.after as string | null) ?? null;
      return;
    }
    case 'signoff-filled': {
      const signatory = merged.signatories.find((s) => s.id === change.signatoryId);
      if (!signatory || !change.field) return;
      if (change.field === 'date') signatory.date = (change.after as string | null) ?? null;
      else if (change.field === 'name' || change.field === 'title') signatory[change.field] = String(change.after ?? '');
      return;
    }
  }
}
