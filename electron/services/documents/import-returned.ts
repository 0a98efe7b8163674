/**
 * Import of a returned Engagebook export: recognise it, find its base (the revision it was exported from, or the
 * content embedded in the file), read the client's version, compare three ways with the workbook as it is now, and
 * apply every non-conflicting change as one edit (one undo step) plus a "returned" revision — or, with dryRun, only
 * report. All or nothing: a failure anywhere changes nothing.
 */
import type { Database } from 'better-sqlite3';
import { fingerprint } from '../../../shared/domain/canonical';
import type { Content } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { applyChanges } from '../../../shared/merge/apply';
import { threeWay, type Change } from '../../../shared/merge/changes';
import { syncContent, readContent, readRevisions } from '../store/content';
import { newId } from '../store/structure';
import { edit, step } from '../store/history';
import { writeTransaction } from '../store/transaction';
import { createRevision } from '../store/revisions';
import { withWorkbook } from '../store';
import { readExportMeta, type ExportMeta } from '../xlsx/import/meta';
import { readReturned } from '../xlsx/import/returned';
import { readXlsxGrid } from '../xlsx/import/read-grid';
import type { WorkbookGrid } from '../../../shared/import/grid';

export interface ReturnedFile {
  readonly meta: ExportMeta;
  readonly theirs: Content;
  readonly notices: string[];
}

export interface ReturnedImport {
  readonly file: string;
  readonly workbook: string;
  readonly exportedRevision: { id: string | null; label: string; fingerprint: string };
  /** Where the base came from: the workbook's stored revision, or the copy the export carries. */
  readonly baseSource: 'revision' | 'file';
  readonly changes: Change[];
  readonly notices: string[];
  readonly applied: number;
  readonly conflicts: number;
  readonly dryRun: boolean;
  readonly revision: { id: string; label: string } | null;
}

/** The client's version of an Engagebook export, on the base the file carries (for `import --out`). */
export async function readReturnedFile(file: string, alreadyRead?: WorkbookGrid): Promise<ReturnedFile> {
  const grid = alreadyRead ?? (await readXlsxGrid(file));
  const meta = readExportMeta(grid, file);
  if (!meta) throw notOurExport(file);
  if (!meta.base) throw new EngagebookError('invalid-document', 'carries no copy of the exported content', file);
  return { meta, ...readReturned(grid, meta.base, newId) };
}

function notOurExport(file: string): EngagebookError {
  return new EngagebookError('invalid-document', 'is not an Engagebook export (it has no Engagebook metadata sheet)', file);
}

/**
 * The base of a returned file: the workbook's stored revision when it is the one exported (same id and fingerprint),
 * else the copy the file carries. Refuses a file exported from another workbook.
 */
function baseFor(
  db: Database,
  meta: ExportMeta,
  file: string,
  workbookFile: string,
): { base: Content; baseSource: 'revision' | 'file' } {
  if (meta.workbookId !== readContent(db, workbookFile).id) {
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

async function readOurExport(file: string): Promise<{ grid: WorkbookGrid; meta: ExportMeta }> {
  const grid = await readXlsxGrid(file);
  const meta = readExportMeta(grid, file);
  if (!meta) throw notOurExport(file);
  return { grid, meta };
}

function uniqueLabel(db: Database, wanted: string): string {
  const labels = new Set(readRevisions(db).map((r) => r.label));
  let label = wanted;
  for (let n = 2; labels.has(label); n++) label = `${wanted} (${n})`;
  return label;
}

export async function importReturned(
  file: string,
  workbookFile: string,
  options: { dryRun?: boolean; accept?: (change: Change) => boolean; now?: Date } = {},
): Promise<ReturnedImport> {
  // Read and parse the file completely before the workbook is opened for writing.
  const { grid, meta } = await readOurExport(file);
  return withWorkbook(workbookFile, (workbook) => {
    const db = workbook.db;
    // The merge reads the workbook inside the transaction that writes it, so an edit made meanwhile by another
    // program is either part of "ours" or waits: never overwritten by a merge computed before it.
    const merge = () => {
      const ours = readContent(db, workbookFile);
      const { base, baseSource } = baseFor(db, meta, file, workbookFile);
      const { theirs, notices } = readReturned(grid, base, newId);
      const changes = threeWay(base, theirs, ours);
      const accepted = changes.filter((c) => !c.conflict && (options.accept?.(c) ?? true));
      return { ours, theirs, baseSource, notices, changes, accepted };
    };
    let revision: ReturnedImport['revision'] = null;
    const { baseSource, notices, changes, accepted } = options.dryRun
      ? merge()
      : writeTransaction(db, () => {
          const planned = merge();
          const merged = applyChanges(planned.ours, planned.theirs, planned.accepted);
          const date = (options.now ?? new Date()).toISOString().slice(0, 10);
          edit(db, (w) => {
            syncContent(db, w, merged);
            return step(`Import ${meta.revisionLabel} returned by the client`);
          });
          const created = createRevision(db, uniqueLabel(db, `${meta.revisionLabel} returned ${date}`), 'returned');
          revision = { id: created.id, label: created.label };
          return planned;
        });
    return {
      file,
      workbook: workbookFile,
      exportedRevision: { id: meta.revisionId, label: meta.revisionLabel, fingerprint: meta.fingerprint },
      baseSource,
      changes,
      notices,
      applied: options.dryRun ? 0 : accepted.length,
      conflicts: changes.filter((c) => c.conflict).length,
      dryRun: options.dryRun ?? false,
      revision,
    };
  });
}

export interface Verification {
  readonly file: string;
  readonly revision: { id: string | null; label: string; status: string; fingerprint: string };
  readonly baseSource: 'revision' | 'file';
  readonly unchanged: boolean;
  readonly differences: Change[];
  readonly notices: string[];
}

/** Which revision a returned file came from, and whether its content still matches that revision's fingerprint. */
export async function verifyReturned(file: string, workbookFile: string): Promise<Verification> {
  const { grid, meta } = await readOurExport(file);
  const { base, baseSource } = withWorkbook(workbookFile, (w) => baseFor(w.db, meta, file, workbookFile));
  const { theirs, notices } = readReturned(grid, base, newId);
  const differences = threeWay(base, theirs, base);
  return {
    file,
    revision: { id: meta.revisionId, label: meta.revisionLabel, status: meta.revisionStatus, fingerprint: meta.fingerprint },
    baseSource,
    unchanged: fingerprint(theirs) === meta.fingerprint && differences.length === 0,
    differences,
    notices,
  };
}
