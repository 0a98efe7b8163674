import { ApiError } from '../../../../shared/api/errors';
import type { ArgsOf, MethodName, ResultOf } from '../../../../shared/api/contract';
import type { Language } from '../../../../shared/domain/languages';
import type { RecordChange } from '../../../../shared/domain/records';
import type { HistoryState } from '../../store';
import type { RowChange, Workbook } from '../../store';
import type { Workspace } from '../../workspace/workspace';
import type { Progress } from '../../flows/types';

export type Handler<M extends MethodName> = (args: ArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type Handlers<K extends MethodName> = { [M in K]: Handler<M> };

/** What handlers may use of the host: the open workbooks and the session's settings. */
export interface HostContext {
  readonly language: Language;
  readonly workspace: Workspace | undefined;
  readonly chooseFile: (() => Promise<string | null>) | undefined;
  workbook(docId: string): Workbook;
  /** The file behind a document id (never sent to the UI). */
  fileOf(docId: string): string;
  /** Reports the progress of the task the page named (no-op without a task id). */
  progress(taskId: string | undefined): Progress;
  open(file: string): string;
  close(docId: string): void;
  list(): Array<{ docId: string; file: string }>;
  /** What the page loads the document from (kept while the document is unchanged: ../snapshots.ts). */
  snapshot(docId: string): ResultOf<'document.snapshot'>;
  /**
   * An edit's answer: the rows it wrote as records (announced to every listener when there are any), the document's
   * change number after it, and what undo and redo would now do.
   */
  answer(docId: string, rows: readonly RowChange[]): EditAnswer;
  /** The document's revisions changed (no record did): a kept snapshot of it is out of date. */
  revisionsChanged(docId: string): void;
  /** Remembers a file for workspace.list and hands out a key that document.open accepts. */
  keyFor(file: string): string;
  fileForKey(key: string): string;
}

export interface EditAnswer {
  readonly changed: boolean;
  readonly changes: RecordChange[];
  readonly seq: number;
  readonly history: HistoryState;
}

/** The session's documents folder and recent list; a session without one (some tests, scripts) cannot create files. */
export function requireWorkspace(ctx: HostContext): Workspace {
  if (!ctx.workspace) throw new ApiError('invalid-argument', 'this session has no documents folder');
  return ctx.workspace;
}
