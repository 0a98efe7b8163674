/**
 * Revisions: frozen, named copies of the content with a fingerprint. They sit outside undo history: undoing an edit
 * never removes a revision that was sent to a client.
 */
import type { Database } from 'better-sqlite3';
import { fingerprint } from '../../../shared/domain/canonical';
import type { Revision, RevisionStatus } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { readContent, readRevisions, writeRevision } from './content';
import { newId } from './structure';
import { prepared } from './statements';
import { writeTransaction } from './transaction';

export function createRevision(
  db: Database,
  label: string,
  status: RevisionStatus = 'draft',
  options: { readonly returnedFrom?: string } = {},
): Revision {
  const trimmed = label.trim();
  if (!trimmed) throw new EngagebookError('invalid-argument', 'a revision needs a label');
  return writeTransaction(db, () => {
    if (readRevisions(db).some((r) => r.label === trimmed)) {
      throw new EngagebookError('invalid-argument', `a revision named "${trimmed}" already exists`);
    }
    const snapshot = readContent(db);
    const revision: Revision = {
      id: newId(),
      label: trimmed,
      status,
      fingerprint: fingerprint(snapshot),
      createdAt: new Date().toISOString(),
      snapshot,
    };
    writeRevision(db, revision, options.returnedFrom ?? null);
    return revision;
  });
}

/** Status moves with the deal (draft → sent → returned → signed); the snapshot itself never changes. */
export function setRevisionStatus(db: Database, revisionId: string, status: RevisionStatus): void {
  writeTransaction(db, () => {
    const result = prepared(db, 'UPDATE revisions SET status = ? WHERE id = ?').run(status, revisionId);
    if (result.changes === 0) throw new EngagebookError('not-found-in-document', `no revision "${revisionId}"`);
  });
}

/**
 * Stores a revision made beforehand (an export marked "sent" is made from it first, so a failed export records
 * nothing) — only while the workbook's content is still the one the revision froze: refused if it changed meanwhile.
 */
export function recordRevision(db: Database, revision: Revision): void {
  writeTransaction(db, () => {
    if (readRevisions(db).some((r) => r.label === revision.label)) {
      throw new EngagebookError('invalid-argument', `a revision named "${revision.label}" already exists`);
    }
    if (fingerprint(readContent(db)) !== revision.fingerprint) {
      throw new EngagebookError('invalid-argument', 'the workbook changed while the export was made; export again');
    }
    writeRevision(db, revision);
  });
}

/** The revision an import of the returned file with this fingerprint (see createRevision's returnedFrom) recorded. */
export function findReturnedImport(db: Database, returnedFrom: string): { id: string; label: string; createdAt: string } | null {
  const row = prepared(db, 'SELECT id, label, created_at FROM revisions WHERE returned_from = ? ORDER BY position LIMIT 1').get(
    returnedFrom,
  ) as { id: string; label: string; created_at: string } | undefined;
  return row ? { id: row.id, label: row.label, createdAt: row.created_at } : null;
}
