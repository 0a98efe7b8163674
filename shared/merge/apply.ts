/**
 * Applies accepted changes to our content, producing the merged content the store then writes as one edit. Pure, so the
 * app can preview the result of any selection of changes.
 */
import type { Activity, Cell, Content, Matrix, Party } from '../domain/document';
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

function findActivity(content: Content, activityId: string | undefined): { matrix: Matrix; activity: Activity } | null {
  for (const matrix of content.matrices) {
    for (const phase of matrix.phases) {
      const activity = phase.activities.find((a) => a.id === activityId);
      if (activity) return { matrix, activity };
    }
  }
  return null;
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
    for (const phase of matrix.phases) {
      for (const activity of phase.activities) {
        activity.cells.sort((a, b) => matrix.partyIds.indexOf(a.partyId) - matrix.partyIds.indexOf(b.partyId));
      }
    }
  }
}

export function applyChanges(ours: Content, theirs: Content, accepted: readonly Change[]): Content {
  const merged = clone(ours);
  for (const change of [...accepted].filter((c) => !c.conflict).sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    applyOne(merged, theirs, change);
  }
  sortCells(merged);
  return merged;
}

function applyOne(merged: Content, theirs: Content, change: Change): void {
  switch (change.kind) {
    case 'party-added': {
      const party = change.after as Party;
      const matrix = merged.matrices.find((m) => m.id === change.matrixId);
      const theirMatrix = theirs.matrices.find((m) => m.id === change.matrixId);
      if (!matrix || !theirMatrix) return;
      if (!merged.parties.some((p) => p.id === party.id)) merged.parties.push(clone(party));
      const column = theirMatrix.partyIds.indexOf(party.id);
      const before = theirMatrix.partyIds.slice(0, column).filter((id) => matrix.partyIds.includes(id)).length;
      matrix.partyIds.splice(before, 0, party.id);
      // The new column's cells come along with it.
      for (const theirPhase of theirMatrix.phases) {
        for (const theirActivity of theirPhase.activities) {
          const cell = theirActivity.cells.find((c) => c.partyId === party.id);
          const ours = findActivity(merged, theirActivity.id);
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
      activity.cells = activity.cells.filter((c: Cell) => matrix.partyIds.includes(c.partyId));
      // Place it after the activity it followed in the returned file, or at the end of its phase.
      const theirPhase = theirs.matrices.find((m) => m.id === matrix.id)?.phases.find((p) => p.id === phase.id);
      const theirIndex = theirPhase?.activities.findIndex((a) => a.id === activity.id) ?? -1;
      const previous = theirIndex > 0 ? theirPhase?.activities[theirIndex - 1]?.id : undefined;
      const previousIndex = previous ? phase.activities.findIndex((a) => a.id === previous) : -1;
      const at = theirIndex === 0 ? 0 : previousIndex >= 0 ? previousIndex + 1 : phase.activities.length;
      phase.activities.splice(at, 0, activity);
      return;
    }
    case 'activity-removed': {
      for (const matrix of merged.matrices) {
        for (const phase of matrix.phases) phase.activities = phase.activities.filter((a) => a.id !== change.activityId);
      }
      return;
    }
    case 'activity-renamed':
    case 'activity-description': {
      const found = findActivity(merged, change.activityId);
      if (!found) return;
      if (change.kind === 'activity-renamed') found.activity.title = String(change.after);
      else found.activity.description = (change.after as string | null) ?? null;
      return;
    }
    case 'cell-roles':
    case 'cell-note': {
      const found = findActivity(merged, change.activityId);
      if (!found || !change.partyId || !found.matrix.partyIds.includes(change.partyId)) return;
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
