/**
 * The canonical JSON of a workbook, as `show --json` prints it, or the workbook as it stood at a revision: that
 * revision's snapshot as the content, and the revisions recorded up to and including it (those after it did not exist
 * yet). Importing it gives a workbook at that revision, whose history ends there; its fingerprints still check.
 */
import type { EngagementDocument, Revision } from '../../../shared/domain/document';
import { canonicalJson } from '../documents/json-file';

export function documentAtRevision(doc: EngagementDocument, revision: Revision): EngagementDocument {
  const upTo = doc.revisions.findIndex((r) => r.id === revision.id);
  return { ...revision.snapshot, revisions: doc.revisions.slice(0, upTo + 1) };
}

export function documentJson(doc: EngagementDocument, revision: Revision | null): string {
  return canonicalJson(revision ? documentAtRevision(doc, revision) : doc);
}
