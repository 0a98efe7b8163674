/**
 * Import of a returned Engagebook export from a file path, for the CLI (`import --into`, `verify`, `import --out`) and
 * the desktop menu. The work is the returned-export flow's (../flows/returned): plan — find the base, read the client's
 * version, compare three ways with the workbook as it is now — then apply every non-conflicting change as one edit (one
 * undo step) plus a "returned" revision, or with dryRun only report. All or nothing: a failure anywhere changes nothing.
 */
import { EngagebookError } from '../../../shared/domain/errors';
import type { Content } from '../../../shared/domain/document';
import type { WorkbookGrid } from '../../../shared/import/grid';
import type { Change } from '../../../shared/merge/changes';
import type { Finding } from '../../../shared/rules';
import { applyReturned, checkReturned, planReturned, type ReturnedPlanView, type ReturnedState } from '../flows/returned/plan';
import { readVersions, verification } from '../flows/returned/read';
import { noProgress } from '../flows/types';
import { newId } from '../store/structure';
import { readContent, withWorkbook, type Workbook } from '../store';
import { readExportMeta, type ExportMeta } from '../xlsx/import/meta';
import { describeSkipped, readReturned, type SkippedCell } from '../xlsx/import/returned';
import { readXlsxWithExportMeta } from '../xlsx/import/read-export';

export interface ReturnedFile {
  /** The file's metadata without its base copy: that copy became `theirs` (it is read in place, not copied). */
  readonly meta: Omit<ExportMeta, 'base'>;
  readonly theirs: Content;
  /** What could not be taken over, cells that could not be read as roles included. */
  readonly notices: string[];
}

export interface ReturnedImport {
  readonly file: string;
  readonly workbook: string;
  readonly exportedRevision: { id: string | null; label: string; fingerprint: string };
  /** Where the base came from: the workbook's stored revision, or the copy the export carries. */
  readonly baseSource: 'revision' | 'file';
  readonly changes: readonly Change[];
  readonly notices: string[];
  /** Role cells that could not be read: their roles were left as they were. */
  readonly skipped: SkippedCell[];
  /** Findings the workbook has with the changes applied (would have, with dryRun) that it did not have before. */
  readonly findings: Finding[];
  /** Set when this very file was imported before: nothing is applied again. */
  readonly alreadyImported: ReturnedPlanView['alreadyImported'];
  readonly applied: number;
  readonly conflicts: number;
  readonly dryRun: boolean;
  readonly revision: { id: string; label: string } | null;
}

/**
 * The client's version of an Engagebook export, on the base the file carries (for `import --out`). A caller that has
 * read the file and its metadata already passes them: unpacking and fingerprint-checking the base copy of a large
 * export costs about as much as reading its cells. The base copy in `alreadyMeta` is used up: it becomes `theirs`.
 */
export async function readReturnedFile(
  file: string,
  alreadyRead?: WorkbookGrid,
  alreadyMeta?: ExportMeta,
): Promise<ReturnedFile> {
  const { grid, meta } = alreadyRead
    ? { grid: alreadyRead, meta: alreadyMeta ?? readExportMeta(alreadyRead, file) }
    : await readXlsxWithExportMeta(file);
  if (!meta) throw notOurExport(file);
  const { base, ...withoutBase } = meta;
  if (!base) throw new EngagebookError('invalid-document', 'carries no copy of the exported content', file);
  const { theirs, notices, skipped } = readReturned(grid, base, newId, { consumeBase: true });
  return { meta: withoutBase, theirs, notices: [...notices, ...skipped.map(describeSkipped)] };
}

export { describeSkipped };

function notOurExport(file: string): EngagebookError {
  return new EngagebookError('invalid-document', 'is not an Engagebook export (it has no Engagebook metadata sheet)', file);
}

async function readOurExport(file: string): Promise<{ grid: WorkbookGrid; meta: ExportMeta }> {
  const { grid, meta } = await readXlsxWithExportMeta(file);
  if (!meta) throw notOurExport(file);
  return { grid, meta };
}

function planWith(workbook: Workbook, file: string, grid: WorkbookGrid, meta: ExportMeta) {
  return planReturned({
    docId: workbook.file,
    file,
    name: file,
    grid,
    meta,
    workbook,
    workbookFile: workbook.file,
    language: meta.language,
    progress: noProgress,
  });
}

/** The plan's changes that apply without a decision: all but the conflicts (ours is kept there). */
function nonConflicting(state: ReturnedState, accept: (change: Change) => boolean = () => true): string[] {
  return state.changes.filter((c) => !c.conflict && accept(c)).map((c) => c.id);
}

const findingKey = (f: Finding) => `${f.rule}\u0000${JSON.stringify(f.location)}\u0000${f.message}`;

export async function importReturned(
  file: string,
  workbookFile: string,
  options: { dryRun?: boolean; accept?: (change: Change) => boolean; now?: Date } = {},
): Promise<ReturnedImport> {
  // Read and parse the file completely before the workbook is opened for writing.
  const { grid, meta } = await readOurExport(file);
  return withWorkbook(workbookFile, (workbook) => {
    const { state, view } = planWith(workbook, file, grid, meta);
    const accept = nonConflicting(state, options.accept);
    const before = new Set(checkReturned(state, workbook, []).map(findingKey));
    const findings = checkReturned(state, workbook, accept).filter((f) => !before.has(findingKey(f)));
    // Applying refuses if another program changed the workbook since the plan read it.
    const applied = options.dryRun ? null : applyReturned(state, workbook, accept, options.now);
    return {
      file,
      workbook: workbookFile,
      exportedRevision: { id: meta.revisionId, label: meta.revisionLabel, fingerprint: meta.fingerprint },
      baseSource: view.baseSource,
      changes: state.changes,
      notices: view.notices,
      skipped: view.skipped,
      findings,
      alreadyImported: view.alreadyImported,
      applied: applied?.applied ?? 0,
      conflicts: state.changes.filter((c) => c.conflict).length,
      dryRun: options.dryRun ?? false,
      revision: applied?.revision ?? null,
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
  const versions = withWorkbook(workbookFile, ({ db }) =>
    readVersions(db, grid, meta, file, { file: workbookFile, id: readContent(db, workbookFile).id }),
  );
  const { unchanged, differences } = verification(meta, versions);
  return {
    file,
    revision: { id: meta.revisionId, label: meta.revisionLabel, status: meta.revisionStatus, fingerprint: meta.fingerprint },
    baseSource: versions.baseSource,
    unchanged,
    differences,
    notices: [...versions.notices, ...versions.skipped.map(describeSkipped)],
  };
}
