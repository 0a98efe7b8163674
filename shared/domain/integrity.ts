/**
 * Referential integrity of a document: every id it refers to exists and every id is unique where it must be.
 * Schema validation (zod) checks shapes; this checks the links between them. A document that fails here is refused
 * on import instead of being stored half-consistent.
 */
import type { Content, EngagementDocument } from './document';

export function integrityProblems(doc: Content | EngagementDocument): string[] {
  const problems: string[] = [];
  const unique = (what: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id "${id}" is used more than once`);
      seen.add(id);
    }
    return seen;
  };

  const parties = unique(
    'party',
    doc.parties.map((p) => p.id),
  );
  const vocabularies = unique(
    'vocabulary',
    doc.vocabularies.map((v) => v.id),
  );
  for (const v of doc.vocabularies)
    unique(
      `role code in vocabulary "${v.id}": role`,
      v.roles.map((r) => r.code.toUpperCase()),
    );
  unique(
    'matrix',
    doc.matrices.map((m) => m.id),
  );
  unique(
    'phase',
    doc.matrices.flatMap((m) => m.phases.map((p) => p.id)),
  );
  unique(
    'activity',
    doc.matrices.flatMap((m) => m.phases.flatMap((p) => p.activities.map((a) => a.id))),
  );

  for (const m of doc.matrices) {
    if (!vocabularies.has(m.vocabularyId)) problems.push(`matrix "${m.title}" uses unknown vocabulary "${m.vocabularyId}"`);
    unique(`party in matrix "${m.title}": party`, m.partyIds);
    for (const id of m.partyIds) if (!parties.has(id)) problems.push(`matrix "${m.title}" lists unknown party "${id}"`);
    const columns = new Set(m.partyIds);
    for (const phase of m.phases) {
      for (const activity of phase.activities) {
        unique(
          `cell of activity "${activity.title}": party`,
          activity.cells.map((c) => c.partyId),
        );
        for (const cell of activity.cells) {
          if (!columns.has(cell.partyId)) {
            problems.push(
              `activity "${activity.title}" has a cell for party "${cell.partyId}", which is not a column of "${m.title}"`,
            );
          }
          if (cell.roles.length === 0 && (cell.note ?? '') === '') {
            problems.push(
              `activity "${activity.title}" lists an empty cell for party "${cell.partyId}" (empty cells are left out)`,
            );
          }
        }
      }
    }
  }

  if (doc.scope) {
    const services = [...doc.scope.serviceLevels.flatMap((l) => l.activities), ...doc.scope.serviceManagement];
    unique(
      'service activity',
      services.map((s) => s.id),
    );
    unique(
      'service level',
      doc.scope.serviceLevels.map((l) => l.level),
    );
    unique(
      'SLA severity',
      doc.scope.sla.map((s) => String(s.severity)),
    );
    for (const s of services) {
      if (s.providerPartyId !== null && !parties.has(s.providerPartyId)) {
        problems.push(`service "${s.title}" is provided by unknown party "${s.providerPartyId}"`);
      }
    }
  }
  unique(
    'signatory',
    doc.signatories.map((s) => s.id),
  );
  for (const s of doc.signatories) {
    if (!parties.has(s.partyId)) problems.push(`signatory "${s.id}" belongs to unknown party "${s.partyId}"`);
  }
  if ('revisions' in doc)
    unique(
      'revision',
      doc.revisions.map((r) => r.id),
    );
  return problems;
}
