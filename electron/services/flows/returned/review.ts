/**
 * The changes of a returned file as the review screen shows them: grouped by matrix and phase, about an activity or a
 * party named in words, with values a person reads — roles as codes, an added or removed activity as its title, a
 * service's provider as the party's name.
 */
import type { ReviewChange } from '../../../../shared/api/methods/transfer';
import type { Content } from '../../../../shared/domain/document';
import type { Change } from '../../../../shared/merge/changes';

type ChangeValue = ReviewChange['before'];

/** Names by id across the versions, the workbook's own first: that is what the person knows them by now. */
function namesIn(versions: readonly Content[]) {
  const names = new Map<string, string>();
  const name = (id: string, text: string) => names.has(id) || names.set(id, text);
  for (const content of versions) {
    for (const party of content.parties) name(party.id, party.name);
    for (const matrix of content.matrices) {
      name(matrix.id, matrix.title);
      for (const phase of matrix.phases) {
        name(phase.id, phase.title);
        for (const activity of phase.activities) name(activity.id, activity.title);
      }
    }
    const scope = content.scope;
    for (const service of scope ? [...scope.serviceLevels.flatMap((l) => l.activities), ...scope.serviceManagement] : [])
      name(service.id, service.title);
  }
  return (id: string | undefined | null): string | null => (id ? (names.get(id) ?? id) : null);
}

/** Scope fields are "capacityHoursPerMonth" or "service.<id>.inclusion|providerPartyId". */
function scopeField(field: string): { serviceId: string | null; field: string } {
  const [, serviceId, name] = field.split('.');
  if (!serviceId || !name) return { serviceId: null, field };
  return { serviceId, field: name === 'providerPartyId' ? 'provider' : name };
}

export function reviewChanges(
  changes: readonly Change[],
  versions: { readonly ours: Content; readonly theirs: Content; readonly base: Content },
): ReviewChange[] {
  const nameOf = namesIn([versions.ours, versions.theirs, versions.base]);
  return changes.map((change) => {
    const scope = change.kind === 'scope-changed' && change.field ? scopeField(change.field) : null;
    const value = (v: unknown): ChangeValue => {
      if (v === undefined || v === null) return null;
      if (scope?.field === 'provider') return nameOf(String(v));
      if (Array.isArray(v)) return v.map(String);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      // A whole activity (added or removed) or party (added): its title or name.
      const whole = v as { title?: unknown; name?: unknown };
      return String(whole.title ?? whole.name ?? JSON.stringify(v));
    };
    return {
      id: change.id,
      kind: change.kind,
      matrix: nameOf(change.matrixId),
      phase: nameOf(change.phaseId),
      activity: scope ? nameOf(scope.serviceId) : nameOf(change.activityId),
      party: nameOf(change.partyId),
      field: scope ? scope.field : (change.field ?? null),
      where: change.where,
      before: value(change.before),
      after: value(change.after),
      ...(change.conflict ? { ours: value(change.ours) } : {}),
      conflict: change.conflict,
    };
  });
}
