/**
 * "Export and record as sent": the revision the exported file carries, made before the file so that the file's
 * fingerprint and revision id are the ones stored. Nothing is stored here; the caller records it once the file exists
 * (store/revisions.ts recordRevision, which refuses if the workbook changed meanwhile).
 */
import { contentOf } from '../../../shared/domain/canonical';
import { fingerprint } from '../fingerprint';
import type { EngagementDocument, Revision } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { newId } from '../store/structure';

export function sentRevision(doc: EngagementDocument, label: string, exporting: string | undefined, now = new Date()): Revision {
  if (exporting !== undefined)
    throw new EngagebookError('invalid-argument', 'only the current state can be recorded as sent, not a stored revision');
  const trimmed = label.trim();
  if (doc.revisions.some((r) => r.label === trimmed))
    throw new EngagebookError('invalid-argument', `a revision named "${trimmed}" already exists`);
  const snapshot = contentOf(doc);
  return {
    id: newId(),
    label: trimmed,
    status: 'sent',
    fingerprint: fingerprint(snapshot),
    createdAt: now.toISOString(),
    snapshot,
  };
}
