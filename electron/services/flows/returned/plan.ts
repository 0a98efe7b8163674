/**
 * A returned export, planned: read once, compared three ways with the workbook, kept until the person has reviewed
 * it; then checked (the findings the result would have) and applied (one undo step plus a "returned" revision).
 *
 * The plan remembers the workbook as it was (its content fingerprint): the person reviewed the changes against that
 * state, so applying refuses when the workbook has changed since. And the revision an import records remembers the
 * file (the fingerprint of the client's version): the same file planned again has nothing left to apply, so a change
 * rejected the first time does not come back as new.
 */
import type { Database } from 'better-sqlite3';
import { accepts, namedIds, type AcceptedChanges } from '../../../../shared/api/accepted';
import type { ReturnedPlan } from '../../../../shared/api/methods/transfer';
import { fingerprint } from '../../fingerprint';
import type { Content } from '../../../../shared/domain/document';
import { EngagebookError } from '../../../../shared/domain/errors';
import type { Language } from '../../../../shared/domain/languages';
import type { WorkbookGrid } from '../../../../shared/import/grid';
import { applyChanges } from '../../../../shared/merge/apply';
import { threeWay, type Change } from '../../../../shared/merge/changes';
import { validateContent, type Finding } from '../../../../shared/rules';
import {
  createRevision,
  edit,
  findReturnedImport,
  readContent,
  readRevisionSummaries,
  step,
  type RowChange,
  type Workbook,
} from '../../store';
import { syncContent } from '../../store/content';
import { writeTransaction } from '../../store/transaction';
import type { ExportMeta } from '../../xlsx/import/meta';
import type { Progress } from '../types';
import { readVersions, verification } from './read';
import { reviewChanges } from './review';
import { stepLabel } from '../../../../shared/i18n/step-labels';

/** What the host keeps of a returned plan between the calls (opaque to it). */
export interface ReturnedState {
  readonly docId: string;
  /** The file as the person named it, for messages. */
  readonly fileName: string;
  /** The label of the revision the file was exported from: the undo step and the revision recorded name it. */
  readonly exportedLabel: string;
  readonly theirs: Content;
  readonly changes: readonly Change[];
  /** The workbook's content fingerprint when the plan was made. */
  readonly oursFingerprint: string;
  /** The fingerprint of the client's version: what the revision an import records remembers the file by. */
  readonly theirsFingerprint: string;
}

export interface ReturnedInput {
  readonly docId: string;
  readonly file: string;
  readonly name: string;
  readonly grid: WorkbookGrid;
  readonly meta: ExportMeta;
  readonly workbook: Workbook;
  readonly workbookFile: string;
  readonly language: Language;
  readonly progress: Progress;
}

export type ReturnedPlanView = Omit<ReturnedPlan, 'planId'>;

export function planReturned(input: ReturnedInput): { state: ReturnedState; view: ReturnedPlanView } {
  const { meta, workbook, progress } = input;
  const { db } = workbook;
  progress('comparing', 0, 3);
  // One read transaction: the workbook, its revisions and what was imported before, all of the same moment.
  const { ours, versions, imported, stored } = db.transaction(() => {
    const ours = readContent(db, input.workbookFile);
    const versions = readVersions(db, input.grid, meta, input.file, { file: input.workbookFile, id: ours.id });
    return {
      ours,
      versions,
      imported: findReturnedImport(db, fingerprint(versions.theirs)),
      stored: readRevisionSummaries(db).find((r) => r.id === meta.revisionId && r.fingerprint === meta.fingerprint),
    };
  })();
  progress('comparing', 1, 3);
  const changes = imported ? [] : threeWay(versions.base, versions.theirs, ours);
  progress('comparing', 2, 3);
  const verify = verification(meta, versions);
  const view: ReturnedPlanView = {
    kind: 'returned',
    fileName: input.name,
    exported: { id: meta.revisionId, label: meta.revisionLabel, fingerprint: meta.fingerprint, status: stored?.status ?? null },
    verify: { unchanged: verify.unchanged, differences: verify.differences.length },
    baseSource: versions.baseSource,
    changes: reviewChanges(changes, { ours, theirs: versions.theirs, base: versions.base }),
    skipped: versions.skipped,
    notices: versions.notices,
    alreadyImported: imported ? { revision: imported.label, date: imported.createdAt } : null,
  };
  progress('comparing', 3, 3);
  const state: ReturnedState = {
    docId: input.docId,
    fileName: input.name,
    exportedLabel: meta.revisionLabel,
    theirs: versions.theirs,
    changes,
    oursFingerprint: fingerprint(ours),
    theirsFingerprint: fingerprint(versions.theirs),
  };
  return { state, view };
}

/** The plan's changes the person accepted; accepting a conflict takes theirs over ours. */
function acceptedChanges(state: ReturnedState, accept: AcceptedChanges): Change[] {
  const known = new Set(state.changes.map((c) => c.id));
  const unknown = namedIds(accept).find((id) => !known.has(id));
  if (unknown !== undefined)
    throw new EngagebookError('invalid-argument', `"${unknown}" is not a change of this import`, state.fileName);
  const taken = accepts(accept);
  return state.changes.filter((c) => taken(c.id)).map((c) => (c.conflict ? { ...c, conflict: false } : c));
}

/**
 * The findings the workbook would have with exactly the accepted changes applied to its content now. Without
 * `language`, in the workbook's own.
 */
export function checkReturned(state: ReturnedState, workbook: Workbook, accept: AcceptedChanges, language?: Language): Finding[] {
  const ours = readContent(workbook.db, workbook.file);
  return validateContent(applyChanges(ours, state.theirs, acceptedChanges(state, accept)), language);
}

function uniqueLabel(db: Database, wanted: string): string {
  const labels = new Set(readRevisionSummaries(db).map((r) => r.label));
  let label = wanted;
  for (let n = 2; labels.has(label); n++) label = `${wanted} (${n})`;
  return label;
}

/**
 * Applies the accepted changes as one edit (one undo step) and records a "returned" revision that remembers the file,
 * in one transaction; refuses, changing nothing, when the workbook changed since the plan was made. Accepting nothing
 * changes and records nothing. `rows` are the rows the edit wrote, for the page to apply without reloading.
 */
export function applyReturned(
  state: ReturnedState,
  workbook: Workbook,
  accept: AcceptedChanges,
  now: Date = new Date(),
): { rows: RowChange[]; applied: number; revision: { id: string; label: string } | null } {
  const { db, file } = workbook;
  const accepted = acceptedChanges(state, accept);
  return writeTransaction(db, () => {
    const ours = readContent(db, file);
    if (fingerprint(ours) !== state.oursFingerprint) {
      throw new EngagebookError(
        'stale',
        'the workbook changed since this file was read; nothing was applied, import it again',
        state.fileName,
      );
    }
    if (accepted.length === 0) return { rows: [], applied: 0, revision: null };
    const merged = applyChanges(ours, state.theirs, accepted);
    const { changes } = edit(db, (w) => {
      syncContent(db, w, merged);
      return step(stepLabel('step.importReturned', { label: state.exportedLabel }));
    });
    const date = now.toISOString().slice(0, 10);
    const revision = createRevision(db, uniqueLabel(db, `${state.exportedLabel} returned ${date}`), 'returned', {
      returnedFrom: state.theirsFingerprint,
    });
    return { rows: [...changes], applied: accepted.length, revision: { id: revision.id, label: revision.label } };
  });
}
