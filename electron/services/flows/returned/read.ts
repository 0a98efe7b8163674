/**
 * The versions a returned export is compared in: base (what was sent), theirs (base with the client's edits, read from
 * the file) — and, in plan.ts, ours (the workbook now).
 */
import type { Database } from 'better-sqlite3';
import { fingerprint } from '../../fingerprint';
import type { Content } from '../../../../shared/domain/document';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { threeWay, type Change } from '../../../../shared/merge/changes';
import { readRevisions } from '../../store';
import type { ExportMeta } from '../../xlsx/import/meta';
import { readReturned, type NewId, type ReturnedContent } from '../../xlsx/import/returned';
import { stableIds } from './ids';

export interface ReturnedVersions extends ReturnedContent {
  readonly base: Content;
  /** Where the base came from: the workbook's stored revision, or the copy the export carries. */
  readonly baseSource: 'revision' | 'file';
}

/**
 * The base of a returned file: the workbook's stored revision when it is the one exported (same id and fingerprint),
 * else the copy the file carries. Refuses a file exported from another workbook (`workbookId` is the open one's).
 */
export function baseFor(
  db: Database,
  meta: ExportMeta,
  file: string,
  workbookFile: string,
  workbookId: string,
): { base: Content; baseSource: 'revision' | 'file' } {
  if (meta.workbookId !== workbookId) {
    throw new EngagebookError(
      'invalid-document',
      `was exported from another workbook (id ${meta.workbookId}), not from ${workbookFile}`,
      file,
    );
  }
  const revision = meta.revisionId ? readRevisions(db).find((r) => r.id === meta.revisionId) : undefined;
  if (revision && revision.fingerprint === meta.fingerprint) return { base: revision.snapshot, baseSource: 'revision' };
  if (meta.base) return { base: meta.base, baseSource: 'file' };
  throw new EngagebookError(
    'invalid-document',
    'carries no copy of the exported content, and its revision is not in the workbook',
    file,
  );
}

/**
 * Base and theirs of a returned file. What the client added gets ids derived from the export and the thing added
 * (./ids.ts), so the same file always reads as the same client's version, fingerprint included.
 */
export function readVersions(
  db: Database,
  grid: WorkbookGrid,
  meta: ExportMeta,
  file: string,
  workbook: { readonly file: string; readonly id: string },
  newId: NewId = stableIds(`${meta.workbookId}\u0000${meta.fingerprint}`),
): ReturnedVersions {
  const { base, baseSource } = baseFor(db, meta, file, workbook.file, workbook.id);
  return { base, baseSource, ...readReturned(grid, base, newId) };
}

/** `verify`: whether the file's content still matches the fingerprint it was sent with, and what differs. */
export function verification(meta: ExportMeta, versions: ReturnedVersions): { unchanged: boolean; differences: Change[] } {
  const differences = threeWay(versions.base, versions.theirs, versions.base);
  return { unchanged: fingerprint(versions.theirs) === meta.fingerprint && differences.length === 0, differences };
}
