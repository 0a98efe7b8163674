/**
 * The service catalogue of the support scope: the services of each support level (L1, L2, L3, optional) and of
 * delivery and service management. A service is addressed by its id wherever it sits; each edit is one undo step
 * through editScope (scope.ts), which checks the whole scope before writing it.
 */
import type { Database } from 'better-sqlite3';
import type { SupportScope } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Inclusion, ServiceActivity, ServiceLevel } from '../../../shared/domain/scope';
import type { EditResult, Writer } from './history';
import { editScope } from './scope';
import { newId } from './structure';
import { stepLabel } from '../../../shared/i18n/step-labels';

/** Where a service sits: one of the support levels, or the delivery and service management list. */
export type ServiceList = ServiceLevel | 'management';

export interface ServiceInput {
  readonly list: ServiceList;
  readonly title: string;
  readonly inclusion?: Inclusion;
  readonly providerPartyId?: string | null;
  /** 0-based place in its list; the end when not given. */
  readonly position?: number;
}

export interface ServicePatch {
  readonly title?: string;
  readonly inclusion?: Inclusion;
  readonly providerPartyId?: string | null;
}

/** The title a level gets when its first service is added to a scope that did not list it yet. */
const NEW_LEVEL_TITLES: Readonly<Record<ServiceLevel, string>> = {
  L1: 'L1 support',
  L2: 'L2 support',
  L3: 'L3 support',
  optional: 'Optional services',
};

export function addService(db: Database, input: ServiceInput): EditResult<string> {
  const title = requireServiceTitle(input.title);
  return editScope(db, (scope, w) => {
    const service: ServiceActivity = {
      id: newId(),
      title,
      inclusion: input.inclusion ?? 'included',
      providerPartyId: checkedProvider(w, input.providerPartyId ?? null),
    };
    const list = listOf(scope, input.list, true);
    list.splice(clampIndex(input.position, list.length), 0, service);
    return { label: stepLabel('step.addService', { title }), value: service.id };
  });
}

export function updateService(db: Database, input: { service: string } & ServicePatch): EditResult<void> {
  const title = input.title === undefined ? undefined : requireServiceTitle(input.title);
  return editScope(db, (scope, w) => {
    const { list, index } = findService(scope, input.service);
    const service = list[index]!;
    if (title !== undefined) service.title = title;
    if (input.inclusion !== undefined) service.inclusion = input.inclusion;
    if (input.providerPartyId !== undefined) service.providerPartyId = checkedProvider(w, input.providerPartyId);
    return { label: stepLabel('step.changeService', { title: service.title }), value: undefined };
  });
}

/** Moves a service within its list, or into another list when `list` is given. */
export function moveService(db: Database, input: { service: string; position: number; list?: ServiceList }): EditResult<void> {
  return editScope(db, (scope) => {
    const from = findService(scope, input.service);
    const [service] = from.list.splice(from.index, 1);
    const to = input.list === undefined ? from.list : listOf(scope, input.list, true);
    to.splice(clampIndex(input.position, to.length), 0, service!);
    return { label: stepLabel('step.moveService', { title: service!.title }), value: undefined };
  });
}

export function removeService(db: Database, input: { service: string }): EditResult<void> {
  return editScope(db, (scope) => {
    const { list, index } = findService(scope, input.service);
    const [service] = list.splice(index, 1);
    return { label: stepLabel('step.removeService', { title: service!.title }), value: undefined };
  });
}

function listOf(scope: SupportScope, list: ServiceList, create: boolean): ServiceActivity[] {
  if (list === 'management') return scope.serviceManagement;
  let level = scope.serviceLevels.find((l) => l.level === list);
  if (!level && create) {
    level = { level: list, title: NEW_LEVEL_TITLES[list], activities: [] };
    scope.serviceLevels.push(level);
  }
  return level?.activities ?? [];
}

function findService(scope: SupportScope, id: string): { list: ServiceActivity[]; index: number } {
  const lists = [...scope.serviceLevels.map((l) => l.activities), scope.serviceManagement];
  for (const list of lists) {
    const index = list.findIndex((s) => s.id === id);
    if (index >= 0) return { list, index };
  }
  throw new EngagebookError('not-found-in-document', `service: no service "${id}" in the support scope`);
}

function checkedProvider(w: Writer, partyId: string | null): string | null {
  if (partyId !== null && !w.get('parties', { id: partyId }))
    throw new EngagebookError('not-found-in-document', `providerPartyId: no party "${partyId}" in the workbook`);
  return partyId;
}

function requireServiceTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new EngagebookError('invalid-argument', 'title: a service needs a title');
  return trimmed;
}

function clampIndex(position: number | undefined, length: number): number {
  if (position === undefined) return length;
  if (!Number.isInteger(position)) throw new EngagebookError('invalid-argument', `position: must be a whole number`);
  return Math.min(Math.max(0, position), length);
}
