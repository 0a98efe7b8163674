/**
 * Rules over one responsibility matrix. They read role *kinds*, not letters, so they hold for RACI, RASCI, O/C/A,
 * Primary/Support and custom vocabularies alike.
 */
import type { Activity, Content, Matrix, Party, Phase } from '../domain/document';
import type { Language } from '../domain/languages';
import { findRole, type RoleKind, type Vocabulary } from '../domain/vocabulary';
import type { RawFinding } from './finding';

/** What checking one matrix needs, built once per matrix (and language) and shared by all its activities. */
export interface MatrixContext {
  readonly matrix: Matrix;
  readonly vocabulary: Vocabulary;
  readonly parties: ReadonlyMap<string, Party>;
  readonly language: Language;
  /** The matrix's columns, for membership tests. */
  readonly columns: ReadonlySet<string>;
  /** Labels of the accountable and the responsible roles, as messages name them ("Accountable", "Owner"). */
  readonly accountableLabel: string;
  readonly responsibleLabel: string;
}

/** Null when the matrix's vocabulary is missing: a structural problem the integrity check reports, not a rule. */
export function matrixContext(
  matrix: Matrix,
  vocabulary: Vocabulary | undefined,
  parties: ReadonlyMap<string, Party>,
  language: Language,
): MatrixContext | null {
  if (!vocabulary) return null;
  return {
    matrix,
    vocabulary,
    parties,
    language,
    columns: new Set(matrix.partyIds),
    accountableLabel: roleLabels(vocabulary, 'accountable', language),
    responsibleLabel: roleLabels(vocabulary, 'responsible', language),
  };
}

/** `language` is the language of the messages: role labels follow it, titles stay as the workbook has them. */
export function checkMatrix(content: Content, matrix: Matrix, language: Language): RawFinding[] {
  const ctx = matrixContext(
    matrix,
    content.vocabularies.find((v) => v.id === matrix.vocabularyId),
    new Map(content.parties.map((p) => [p.id, p])),
    language,
  );
  if (!ctx) return [];
  const findings: RawFinding[] = [];
  const used = new Set<string>();
  let activities = 0;
  for (const phase of matrix.phases) {
    findings.push(...checkDuplicateTitles(ctx, phase));
    for (const activity of phase.activities) {
      findings.push(...checkActivity(ctx, phase, activity));
      activities++;
      for (const cell of activity.cells) if (cell.roles.length > 0) used.add(cell.partyId);
    }
  }
  findings.push(...checkUnusedParties(ctx, activities, (partyId) => used.has(partyId)));
  return findings;
}

function roleLabels(vocabulary: Vocabulary, kind: RoleKind, language: Language): string {
  return vocabulary.roles
    .filter((r) => r.kind === kind)
    .map((r) => r.labels[language] || r.label)
    .join('/');
}

function partyName(ctx: MatrixContext, partyId: string): string {
  return ctx.parties.get(partyId)?.name ?? partyId;
}

export function checkActivity(ctx: MatrixContext, phase: Phase, activity: Activity): RawFinding[] {
  const { matrix, vocabulary } = ctx;
  const where = { matrixId: matrix.id, phaseId: phase.id, activityId: activity.id };
  const findings: RawFinding[] = [];
  const holders: Record<RoleKind, string[]> = { accountable: [], responsible: [], supporting: [], informed: [], other: [] };
  let assigned = false;

  for (const cell of activity.cells) {
    if (!ctx.columns.has(cell.partyId) || cell.roles.length === 0) continue;
    assigned = true;
    const cellWhere = { ...where, partyId: cell.partyId };
    if (cell.roles.length > 1 && !vocabulary.combinable) {
      findings.push({
        rule: 'combination-not-allowed',
        severity: 'error',
        location: cellWhere,
        messageKey: 'rule.combinationNotAllowed',
        params: {
          activity: activity.title,
          party: partyName(ctx, cell.partyId),
          vocabulary: vocabulary.name,
          codes: cell.roles.join('/'),
        },
      });
    }
    for (const code of cell.roles) {
      const role = findRole(vocabulary, code);
      if (!role) {
        findings.push({
          rule: 'unknown-role',
          severity: 'error',
          location: cellWhere,
          messageKey: 'rule.unknownRole',
          params: { activity: activity.title, party: partyName(ctx, cell.partyId), code, vocabulary: vocabulary.name },
        });
        continue;
      }
      if (!holders[role.kind].includes(cell.partyId)) holders[role.kind].push(cell.partyId);
    }
  }

  if (!assigned) {
    // An empty row is work in progress, not a contradiction: one warning instead of a cascade of errors.
    return [
      ...findings,
      {
        rule: 'unassigned-activity',
        severity: 'warning',
        location: where,
        messageKey: 'rule.unassignedActivity',
        params: { activity: activity.title },
      },
    ];
  }

  const { accountableLabel, responsibleLabel } = ctx;
  if (holders.accountable.length === 0 && accountableLabel) {
    findings.push({
      rule: 'no-accountable',
      severity: 'error',
      location: where,
      messageKey: 'rule.noAccountable',
      params: { activity: activity.title, roles: accountableLabel },
    });
  } else if (holders.accountable.length > 1) {
    findings.push({
      rule: 'multiple-accountable',
      severity: 'error',
      location: where,
      messageKey: 'rule.multipleAccountable',
      params: {
        activity: activity.title,
        roles: accountableLabel,
        count: holders.accountable.length,
        parties: holders.accountable.map((id) => partyName(ctx, id)).join(', '),
      },
    });
  }

  // Vocabularies without a responsible-kind role (O/C/A, Primary/Support) let the accountable party do the work.
  if (responsibleLabel && holders.responsible.length === 0) {
    const [accountable] = holders.accountable;
    findings.push(
      accountable
        ? {
            rule: 'accountable-without-responsible',
            severity: 'warning',
            location: where,
            messageKey: 'rule.accountableWithoutResponsible',
            params: {
              activity: activity.title,
              party: partyName(ctx, accountable),
              accountable: accountableLabel,
              responsible: responsibleLabel,
            },
          }
        : {
            rule: 'no-responsible',
            severity: 'error',
            location: where,
            messageKey: 'rule.noResponsible',
            params: { activity: activity.title, roles: responsibleLabel },
          },
    );
  }
  return findings;
}

/** Titles compare as a reader would: case, spacing and accents aside. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function checkDuplicateTitles(ctx: MatrixContext, phase: Phase): RawFinding[] {
  const byTitle = new Map<string, Activity[]>();
  for (const activity of phase.activities) {
    const key = normalizeTitle(activity.title);
    const same = byTitle.get(key);
    if (same) same.push(activity);
    else byTitle.set(key, [activity]);
  }
  return [...byTitle.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.slice(1).map((activity) => ({
        rule: 'duplicate-activity' as const,
        severity: 'warning' as const,
        location: { matrixId: ctx.matrix.id, phaseId: phase.id, activityId: activity.id },
        messageKey: 'rule.duplicateActivity' as const,
        params: { activity: activity.title, count: same.length, phase: phase.title },
      })),
    );
}

/** Parties of the matrix that no cell gives a role; `activities` is how many activities the matrix has. */
export function checkUnusedParties(ctx: MatrixContext, activities: number, used: (partyId: string) => boolean): RawFinding[] {
  if (activities === 0) return []; // a fresh blank matrix is not a finding
  return ctx.matrix.partyIds
    .filter((id) => !used(id))
    .map((partyId) => ({
      rule: 'party-never-assigned',
      severity: 'warning',
      location: { matrixId: ctx.matrix.id, partyId },
      messageKey: 'rule.partyNeverAssigned',
      params: { party: partyName(ctx, partyId), matrix: ctx.matrix.title },
    }));
}
