/**
 * The parts of a workbook that are not the grid — its details, the support scope, the sign-off — as flat lists of
 * named values, so a two-way diff of them is a comparison of two maps. Names read as a place ("SLA severity 1 ›
 * restore"), values as text; list items are keyed by what identifies them (service by id, then title; SLA by
 * severity), not by position, so reordering a list changes nothing here.
 */
import type { Content, Party, ServiceActivity, SupportScope } from '../domain/document';

export type FieldValues = Map<string, string>;

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);

export function workbookFields(content: Content): FieldValues {
  return new Map([
    ['title', content.title],
    ['client', content.client],
    ['prepared by', content.preparedBy],
    ['language', content.language],
    ['proposal date', text(content.dates.proposal)],
    ['start date', text(content.dates.start)],
    ['end date', text(content.dates.end)],
  ]);
}

export function scopeFields(scope: SupportScope | null, parties: readonly Party[]): FieldValues {
  const fields: FieldValues = new Map();
  if (!scope) return fields;
  const partyName = (id: string | null) => (id === null ? '' : (parties.find((p) => p.id === id)?.name ?? id));
  fields.set('model', scope.model);
  fields.set('capacity hours/month', text(scope.capacityHoursPerMonth));
  fields.set('coverage', [scope.coverage.kind, scope.coverage.timeZone, scope.coverage.hours].filter(Boolean).join(' '));
  for (const sla of scope.sla) {
    fields.set(`SLA severity ${sla.severity} › response`, text(sla.responseMinutes));
    fields.set(`SLA severity ${sla.severity} › update`, text(sla.updateMinutes));
    fields.set(`SLA severity ${sla.severity} › restore`, text(sla.restoreMinutes));
  }
  fields.set('roles covered', text(scope.rolesCovered));
  const service = (group: string, s: ServiceActivity) =>
    fields.set(`${group} › ${s.title}`, `${s.inclusion}${s.providerPartyId ? ` (${partyName(s.providerPartyId)})` : ''}`);
  for (const level of scope.serviceLevels) for (const s of level.activities) service(level.level, s);
  for (const s of scope.serviceManagement) service('service management', s);
  fields.set('additional resources policy', scope.additionalResourcesPolicy);
  return fields;
}

/** Signatories by party name and position within the party, so two workbooks with fresh ids still line up. */
export function signoffFields(content: Content): FieldValues {
  const fields: FieldValues = new Map();
  const seen = new Map<string, number>();
  for (const s of content.signatories) {
    const party = content.parties.find((p) => p.id === s.partyId)?.name ?? s.partyId;
    const n = (seen.get(party) ?? 0) + 1;
    seen.set(party, n);
    fields.set(`${party} signatory ${n}`, [s.name, s.title, s.date].filter(Boolean).join(', '));
  }
  return fields;
}

/** Role vocabularies by name, one value per role: code, kind and colour. */
export function vocabularyFields(content: Content): FieldValues {
  const fields: FieldValues = new Map();
  for (const v of content.vocabularies) {
    fields.set(`${v.name} › combinable`, String(v.combinable));
    for (const r of v.roles) fields.set(`${v.name} › ${r.code}`, `${r.label} (${r.kind}, ${r.color})`);
  }
  return fields;
}

/** Each name whose value differs, with both values ('' for absent). */
export function changedFields(before: FieldValues, after: FieldValues): Array<{ name: string; before: string; after: string }> {
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names
    .map((name) => ({ name, before: before.get(name) ?? '', after: after.get(name) ?? '' }))
    .filter((f) => f.before !== f.after);
}
