/**
 * Changes between versions of a workbook's content, found three ways: base (what was sent), theirs (what came back)
 * and ours (the workbook now). A change the client made is applied unless we changed the same thing differently,
 * which is a conflict and is never decided silently.
 */
import type { Activity, Content, Party } from '../domain/document';

export type ChangeKind =
  | 'cell-roles'
  | 'cell-note'
  | 'activity-added'
  | 'activity-removed'
  | 'activity-renamed'
  | 'activity-description'
  | 'party-added'
  | 'party-renamed'
  | 'scope-changed'
  | 'signoff-filled';

export interface Change {
  /** Stable within one import: what the app sends back to accept or reject this change. */
  readonly id: string;
  readonly kind: ChangeKind;
  readonly matrixId?: string;
  readonly phaseId?: string;
  readonly activityId?: string;
  readonly partyId?: string;
  readonly signatoryId?: string;
  /** For scope changes: the field, e.g. "capacityHoursPerMonth" or "service.<id>.inclusion". */
  readonly field?: string;
  /** Human-readable place: "Roles and responsibilities › Runbook review › Customer". */
  readonly where: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Our current value when it differs from the base (set on conflicts). */
  readonly ours?: unknown;
  readonly conflict: boolean;
}

/** One comparable fact about a content, with what is needed to apply a new value of it. */
interface Item {
  readonly kind: ChangeKind;
  readonly ids: Pick<Change, 'matrixId' | 'phaseId' | 'activityId' | 'partyId' | 'signatoryId' | 'field'>;
  readonly where: string;
  /** What is compared. */
  readonly value: unknown;
  /** What a person is shown when the thing is added or removed as a whole (defaults to value). */
  readonly payload?: unknown;
}

const EMPTY_CELL = { roles: [] as string[], note: null as string | null };

/** Every fact of a content that a returned workbook can change, keyed so the three versions line up. */
export function contentItems(content: Content): Map<string, Item> {
  const items = new Map<string, Item>();
  const parties = new Map(content.parties.map((p) => [p.id, p]));
  for (const matrix of content.matrices) {
    for (const partyId of matrix.partyIds) {
      const party = parties.get(partyId);
      if (!party) continue;
      items.set(`column|${matrix.id}|${partyId}`, {
        kind: 'party-added',
        ids: { matrixId: matrix.id, partyId },
        where: `${matrix.title} › ${party.name}`,
        value: true,
        payload: party,
      });
    }
    for (const phase of matrix.phases) {
      for (const activity of phase.activities) {
        const ids = { matrixId: matrix.id, phaseId: phase.id, activityId: activity.id };
        const where = `${matrix.title} › ${activity.title}`;
        // Existence only: where a row sits after the client sorted the sheet says nothing about its phase.
        items.set(`activity|${activity.id}`, { kind: 'activity-added', ids, where, value: true, payload: activity });
        items.set(`title|${activity.id}`, { kind: 'activity-renamed', ids, where, value: activity.title });
        items.set(`description|${activity.id}`, { kind: 'activity-description', ids, where, value: activity.description });
        const cells = new Map(activity.cells.map((c) => [c.partyId, c]));
        for (const partyId of matrix.partyIds) {
          const cell = cells.get(partyId) ?? EMPTY_CELL;
          const cellWhere = `${where} › ${parties.get(partyId)?.name ?? partyId}`;
          items.set(`roles|${activity.id}|${partyId}`, {
            kind: 'cell-roles',
            ids: { ...ids, partyId },
            where: cellWhere,
            value: cell.roles,
          });
          items.set(`note|${activity.id}|${partyId}`, {
            kind: 'cell-note',
            ids: { ...ids, partyId },
            where: cellWhere,
            value: cell.note,
          });
        }
      }
    }
  }
  for (const party of content.parties) {
    items.set(`party|${party.id}`, { kind: 'party-renamed', ids: { partyId: party.id }, where: party.name, value: party.name });
  }
  const scope = content.scope;
  if (scope) {
    items.set('scope|capacityHoursPerMonth', {
      kind: 'scope-changed',
      ids: { field: 'capacityHoursPerMonth' },
      where: 'capacityHoursPerMonth',
      value: scope.capacityHoursPerMonth,
    });
    for (const service of [...scope.serviceLevels.flatMap((l) => l.activities), ...scope.serviceManagement]) {
      for (const field of ['inclusion', 'providerPartyId'] as const) {
        items.set(`scope|service.${service.id}.${field}`, {
          kind: 'scope-changed',
          ids: { field: `service.${service.id}.${field}` },
          where: `${service.title} › ${field}`,
          value: service[field],
        });
      }
    }
  }
  for (const signatory of content.signatories) {
    for (const field of ['name', 'title', 'date'] as const) {
      items.set(`signatory|${signatory.id}|${field}`, {
        kind: 'signoff-filled',
        ids: { signatoryId: signatory.id, partyId: signatory.partyId, field },
        where: `${parties.get(signatory.partyId)?.name ?? signatory.partyId} › ${field}`,
        value: signatory[field],
      });
    }
  }
  return items;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The activity or party a fact belongs to, for folding facts into the addition or removal of their whole. */
function owners(key: string): string[] {
  const [type, first, second] = key.split('|');
  if (type === 'title' || type === 'description') return [`activity|${first}`];
  if (type === 'roles' || type === 'note') return [`activity|${first}`, `party|${second}`];
  return [];
}

/** The keys of an activity's facts (its existence, title, description, cells: `kind|activityId[|partyId]`) by activity. */
function keysByActivity(items: ReadonlyMap<string, Item>): Map<string, string[]> {
  const byActivity = new Map<string, string[]>();
  for (const key of items.keys()) {
    const [type, activityId] = key.split('|');
    if (!activityId || !ACTIVITY_FACTS.has(type!)) continue;
    const keys = byActivity.get(activityId);
    if (keys) keys.push(key);
    else byActivity.set(activityId, [key]);
  }
  return byActivity;
}

const ACTIVITY_FACTS: ReadonlySet<string> = new Set(['activity', 'title', 'description', 'roles', 'note']);

/**
 * Three-way comparison of base, theirs and ours. Things only in theirs were added by the client, things in base but
 * not in theirs were removed; the facts of an added or removed activity or party are folded into that one change.
 */
export function threeWay(base: Content, theirs: Content, ours: Content): Change[] {
  const b = contentItems(base);
  const t = contentItems(theirs);
  const o = contentItems(ours);
  const appearedOrVanished = (key: string) => b.has(key) !== t.has(key);
  // Our facts grouped by activity, built when the first removal needs them: a search of every fact per removed
  // activity made a file that removed thousands of rows cost rows × facts.
  let oursByActivity: Map<string, string[]> | undefined;
  const factsOf = (activityId: string): readonly string[] => {
    oursByActivity ??= keysByActivity(o);
    return oursByActivity.get(activityId) ?? [];
  };
  const changes: Change[] = [];
  for (const key of new Set([...b.keys(), ...t.keys()])) {
    const before = b.get(key);
    const after = t.get(key);
    if (before && after && same(before.value, after.value)) continue;
    if (owners(key).some(appearedOrVanished)) continue; // part of a whole that was added or removed
    if (key.startsWith('party|') && !(before && after)) continue; // new parties come as columns; removals are not imported
    if (key.startsWith('column|') && !after) continue; // a deleted column does not remove the party
    const mine = o.get(key);
    const agreed = after ? mine !== undefined && same(mine.value, after.value) : mine === undefined;
    if (agreed) continue;
    const item = (after ?? before)!;
    let conflict = before ? mine === undefined || !same(before.value, mine.value) : mine !== undefined;
    if (!after && !conflict && item.ids.activityId) {
      // Removing an activity we have edited since sending would lose our edits.
      conflict = factsOf(item.ids.activityId).some((k) => !same(o.get(k)?.value, b.get(k)?.value));
    }
    changes.push({
      id: key,
      kind: after ? item.kind : 'activity-removed',
      ...item.ids,
      where: item.where,
      before: before ? (before.payload ?? before.value) : null,
      after: after ? (after.payload ?? after.value) : null,
      ...(conflict ? { ours: mine ? (mine.payload ?? mine.value) : null } : {}),
      conflict,
    });
  }
  return changes;
}

export type { Activity, Party };
