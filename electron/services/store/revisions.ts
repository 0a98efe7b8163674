/**
 * Revisions: frozen, named copies of the content with a fingerprint. They sit outside undo history: undoing an edit
 * never removes a revision that was sent to a client.
 */
import type { Database } from 'better-sqlite3';
import { fingerprint } from '../fingerprint';
import type { Revision, RevisionStatus, RevisionSummary } from '../../../shared/domain/document';
import { pickByIdOrTitle } from '../../../shared/domain/references';
import type { RevisionHistory, StatusChange } from '../../../shared/domain/revision-status';
import { statusRefusal } from '../../../shared/domain/revision-status';
import { EngagebookError } from '../../../shared/domain/errors';
import { readContent, readRevisions, readRevisionSummaries, writeRevision } from './content';
import { newId } from './structure';
import { prepared } from './statements';
import { writeTransaction } from './transaction';

export function createRevision(
  db: Database,
  label: string,
  status: RevisionStatus = 'draft',
  options: { readonly returnedFrom?: string; readonly supersedes?: string } = {},
): Revision {
  const trimmed = label.trim();
  if (!trimmed) throw new EngagebookError('invalid-argument', 'a revision needs a label');
  return writeTransaction(db, () => {
    const summaries = readRevisionSummaries(db);
    if (summaries.some((r) => r.label === trimmed)) {
      throw new EngagebookError('invalid-argument', `a revision named "${trimmed}" already exists`);
    }
    const superseded =
      options.supersedes === undefined ? null : pickByIdOrTitle('revision', options.supersedes, summaries, (r) => r.label);
    if (superseded && superseded.status !== 'signed') {
      throw new EngagebookError(
        'invalid-argument',
        `revision "${superseded.label}" is ${superseded.status}, not signed: only a signed revision is superseded`,
      );
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
    writeRevision(db, revision, { returnedFrom: options.returnedFrom ?? null, supersedes: superseded?.id ?? null });
    return revision;
  });
}

/**
 * Moves a revision (its id or label) on to `status`, dated now. Only the status moves, and only forward
 * (shared/domain/revision-status.ts); the snapshot and its fingerprint never change.
 */
export function setRevisionStatus(db: Database, ref: string, status: RevisionStatus, now = new Date()): RevisionSummary {
  return writeTransaction(db, () => {
    const revision = pickByIdOrTitle('revision', ref, readRevisionSummaries(db), (r) => r.label);
    const refusal = statusRefusal(revision.label, revision.status, status);
    if (refusal) throw new EngagebookError('invalid-argument', refusal);
    prepared(db, 'UPDATE revisions SET status = ? WHERE id = ?').run(status, revision.id);
    prepared(db, 'INSERT INTO revision_status_changes (revision_id, status, changed_at) VALUES (?, ?, ?)').run(
      revision.id,
      status,
      now.toISOString(),
    );
    return { ...revision, status };
  });
}

/** Every revision with the dates of its status changes (oldest first) and the revision it supersedes. */
export function readRevisionHistory(db: Database): RevisionHistory[] {
  const dates = new Map<string, StatusChange[]>();
  const rows = prepared(
    db,
    'SELECT revision_id, status, changed_at FROM revision_status_changes ORDER BY changed_at, rowid',
  ).all() as Array<{
    revision_id: string;
    status: RevisionStatus;
    changed_at: string;
  }>;
  for (const row of rows) {
    const list = dates.get(row.revision_id) ?? [];
    list.push({ status: row.status, at: row.changed_at });
    dates.set(row.revision_id, list);
  }
  const supersedes = new Map(
    (prepared(db, 'SELECT id, supersedes FROM revisions').all() as Array<{ id: string; supersedes: string | null }>).map((r) => [
      r.id,
      r.supersedes,
    ]),
  );
  return readRevisionSummaries(db).map((r) => ({
    ...r,
    statusChanges: dates.get(r.id) ?? [],
    supersedes: supersedes.get(r.id) ?? null,
  }));
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
