import type { ArgsOf, MethodName, ResultOf } from '../../../../shared/api/contract';
import type { Language } from '../../../../shared/domain/languages';
import type { RecordChange } from '../../../../shared/domain/records';
import type { RowChange, Workbook } from '../../store';
import type { Workspace } from '../../workspace/workspace';

export type Handler<M extends MethodName> = (args: ArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type Handlers<K extends MethodName> = { [M in K]: Handler<M> };

/** What handlers may use of the host: the open workbooks and the session's settings. */
export interface HostContext {
  readonly language: Language;
  readonly workspace: Workspace | undefined;
  readonly chooseFile: (() => Promise<string | null>) | undefined;
  workbook(docId: string): Workbook;
  open(file: string): string;
  close(docId: string): void;
  list(): Array<{ docId: string; file: string }>;
  /** What the page loads the document from (kept while the document is unchanged: ../snapshots.ts). */
  snapshot(docId: string): ResultOf<'document.snapshot'>;
  /** Announces the rows an edit wrote (if any) to every listener; returns them as records, with the new `seq`. */
  announce(docId: string, rows: readonly RowChange[]): { changes: RecordChange[]; seq: number };
  /** Remembers a file for workspace.list and hands out a key that document.open accepts. */
  keyFor(file: string): string;
  fileForKey(key: string): string;
}
