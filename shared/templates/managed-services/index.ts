import type { Content, Matrix, Party } from '../../domain/document';
import type { ServiceActivity } from '../../domain/scope';
import { SUPPORT_MODEL_PROFILES, defaultSla } from '../../domain/scope';
import { builtinVocabulary } from '../../domain/vocabulary';
import { emptyContent, type IdSource, type NewWorkbookOptions } from '../common';
import {
  PARTIES,
  ROLES_MATRIX,
  SERVICE_LEVEL_SHAPES,
  SERVICE_MANAGEMENT_SHAPES,
  UPGRADE_MATRIX,
  type MatrixShape,
  type PartyKey,
  type ServiceShape,
} from './structure';
import { MANAGED_SERVICES_TEXT, type TemplateText } from './text';

/** The template's default support model; the others are one field away in the scope editor. */
const DEFAULT_MODEL = 'managed-fixed-maintenance';

export function buildManagedServices(options: NewWorkbookOptions): Content {
  const text = MANAGED_SERVICES_TEXT[options.language];
  const content = emptyContent(options, text['engagement.title']);
  const parties = new Map<PartyKey, Party>(
    PARTIES.map((p) => [p.key, { id: options.newId(), name: text[p.name], group: text[p.group], kind: p.kind }]),
  );
  const vocabulary = builtinVocabulary('oca', options.language);
  content.parties = [...parties.values()];
  content.vocabularies = [vocabulary];
  content.matrices = [ROLES_MATRIX, UPGRADE_MATRIX].map((shape) =>
    buildMatrix(shape, text, parties, vocabulary.id, options.newId),
  );
  const provider = (key: PartyKey | null) => (key ? (parties.get(key)?.id ?? null) : null);
  const service = (s: ServiceShape): ServiceActivity => ({
    id: options.newId(),
    title: text[s.key],
    inclusion: s.inclusion,
    providerPartyId: provider(s.provider),
  });
  const profile = SUPPORT_MODEL_PROFILES[DEFAULT_MODEL];
  content.scope = {
    model: DEFAULT_MODEL,
    capacityHoursPerMonth: profile.defaultCapacity,
    coverage: { kind: profile.defaultCoverage, timeZone: null, hours: null },
    sla: defaultSla(DEFAULT_MODEL),
    rolesCovered: [...profile.defaultRoles],
    serviceLevels: SERVICE_LEVEL_SHAPES.map((l) => ({
      level: l.level,
      title: text[l.title],
      activities: l.services.map(service),
    })),
    serviceManagement: SERVICE_MANAGEMENT_SHAPES.map(service),
    additionalResourcesPolicy: text['scope.additionalResources'],
  };
  content.signatories = (['customer', 'partner', 'managedServices'] as const).map((key) => ({
    id: options.newId(),
    partyId: provider(key) ?? '',
    name: '',
    title: '',
    date: null,
  }));
  return content;
}

const ROLE_LETTERS: Readonly<Record<string, string>> = { O: 'O', C: 'C', A: 'A' };

function buildMatrix(
  shape: MatrixShape,
  text: TemplateText,
  parties: ReadonlyMap<PartyKey, Party>,
  vocabularyId: string,
  newId: IdSource,
): Matrix {
  const partyIds = shape.parties.map((key) => {
    const party = parties.get(key);
    if (!party) throw new Error(`template party "${key}" is not defined`);
    return party.id;
  });
  return {
    id: newId(),
    title: text[shape.key],
    vocabularyId,
    partyIds,
    phases: shape.phases.map((phase) => ({
      id: newId(),
      title: text[phase.key],
      activities: phase.activities.map((activity) => ({
        id: newId(),
        title: text[activity.key],
        description: activity.description ? text[activity.description] : null,
        cells: partyIds.flatMap((partyId, column) => {
          const letter = activity.roles[column] ?? '-';
          const noteKey = activity.notes?.[column];
          const role = ROLE_LETTERS[letter];
          if (!role && !noteKey) return [];
          return [{ partyId, roles: role ? [role] : [], note: noteKey ? text[noteKey] : null }];
        }),
      })),
    })),
  };
}
