/**
 * Edits of the support scope. The scope is one JSON value in the workbook row (codecs.ts), so every edit reads it,
 * changes a copy, checks the whole result against the document's scope schema and writes it back: the history stores
 * the row before and after, and undo restores the scope exactly. A scope that fails the schema is never written; the
 * message names the field.
 */
import type { Database } from 'better-sqlite3';
import { SupportScopeSchema, type SupportScope } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { SUPPORT_MODEL_PROFILES, defaultSla, type SupportModel } from '../../../shared/domain/scope';
import { CODECS } from './codecs';
import { edit, step, type EditResult, type Writer } from './history';
import { stepLabel, type StepKey } from '../../../shared/i18n/step-labels';

/** Top-level fields replace what is there; `coverage` is merged, so one of its fields can change alone. */
export type ScopePatch = Partial<Omit<SupportScope, 'coverage'>> & {
  coverage?: { [K in keyof SupportScope['coverage']]?: SupportScope['coverage'][K] | undefined };
};

/** A scope field the model's defaults set, with what it held before and holds now. */
export interface ScopeFieldChange {
  readonly field: 'model' | 'capacityHoursPerMonth' | 'coverage' | 'sla' | 'rolesCovered';
  readonly before: unknown;
  readonly after: unknown;
}

const WORKBOOK_KEY = { singleton: 1 };

/** What a workbook without a scope starts from when its scope is first edited: a custom model, nothing promised. */
export function emptyScope(): SupportScope {
  return {
    model: 'custom',
    capacityHoursPerMonth: null,
    coverage: { kind: 'business-hours', timeZone: null, hours: null },
    sla: defaultSla('custom'),
    rolesCovered: [],
    serviceLevels: [],
    serviceManagement: [],
    additionalResourcesPolicy: '',
  };
}

function readScope(w: Writer): SupportScope {
  const row = w.get('workbook', WORKBOOK_KEY);
  if (!row) throw new EngagebookError('invalid-document', 'the workbook record is missing');
  return structuredClone(CODECS.workbook.decode(row).scope) ?? emptyScope();
}

/** Checks the whole scope and writes it; a failing field is named in the message and nothing is written. */
function writeScope(w: Writer, scope: SupportScope): void {
  const checked = SupportScopeSchema.safeParse(scope);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.join('.') || 'scope';
    throw new EngagebookError('invalid-argument', `scope.${field}: ${issue?.message ?? 'invalid'}`);
  }
  w.update('workbook', WORKBOOK_KEY, { scope: JSON.stringify(checked.data) });
}

/** Changes the given scope fields as one undo step. */
export function setScope(db: Database, patch: ScopePatch): EditResult<void> {
  const fields = Object.keys(patch);
  if (fields.length === 0) throw new EngagebookError('invalid-argument', 'name at least one scope field to change');
  return edit(db, (w) => {
    const scope = readScope(w);
    const { coverage, ...rest } = patch;
    const coverageFields = Object.entries(coverage ?? {}).filter(([, value]) => value !== undefined);
    writeScope(w, { ...scope, ...rest, coverage: { ...scope.coverage, ...Object.fromEntries(coverageFields) } });
    return step(scopeLabel(fields));
  });
}

const FIELD_NAMES = {
  model: 'step.scopeField.model',
  capacityHoursPerMonth: 'step.scopeField.capacityHoursPerMonth',
  coverage: 'step.scopeField.coverage',
  sla: 'step.scopeField.sla',
  rolesCovered: 'step.scopeField.rolesCovered',
  serviceLevels: 'step.scopeField.serviceLevels',
  serviceManagement: 'step.scopeField.serviceManagement',
  additionalResourcesPolicy: 'step.scopeField.additionalResourcesPolicy',
} as const satisfies Record<string, StepKey>;
/** "Change capacity, coverage": the field names are message keys, named in the language the label is shown in. */
const scopeLabel = (fields: readonly string[]) =>
  stepLabel('step.changeScope', { fields: fields.map((f) => FIELD_NAMES[f as keyof typeof FIELD_NAMES] ?? f) });

/**
 * Chooses a support model and fills in its defaults (capacity, coverage kind, SLA targets, roles covered) as one undo
 * step. Answers the fields that changed, so the UI can say what the choice did; services and texts are kept.
 */
export function applySupportModel(db: Database, model: SupportModel): EditResult<ScopeFieldChange[]> {
  return edit(db, (w) => {
    const scope = readScope(w);
    const profile = SUPPORT_MODEL_PROFILES[model];
    const next: SupportScope = {
      ...scope,
      model,
      capacityHoursPerMonth: profile.defaultCapacity,
      coverage: { ...scope.coverage, kind: profile.defaultCoverage },
      sla: defaultSla(model),
      rolesCovered: [...profile.defaultRoles],
    };
    const changed: ScopeFieldChange[] = [];
    const compare = (field: ScopeFieldChange['field'], before: unknown, after: unknown) => {
      if (JSON.stringify(before) !== JSON.stringify(after)) changed.push({ field, before, after });
    };
    compare('model', scope.model, next.model);
    compare('capacityHoursPerMonth', scope.capacityHoursPerMonth, next.capacityHoursPerMonth);
    compare('coverage', scope.coverage.kind, next.coverage.kind);
    compare('sla', scope.sla, next.sla);
    compare('rolesCovered', scope.rolesCovered, next.rolesCovered);
    writeScope(w, next);
    return step(stepLabel('step.chooseSupportModel', { model }), changed);
  });
}

/** One read-change-check-write cycle of the scope as one undo step: `fn` changes the copy it is given in place. */
export function editScope<T>(db: Database, fn: (scope: SupportScope, w: Writer) => { label: string; value: T }): EditResult<T> {
  return edit(db, (w) => {
    const scope = readScope(w);
    const { label, value } = fn(scope, w);
    writeScope(w, scope);
    return step(label, value);
  });
}
