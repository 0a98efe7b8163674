/** The document store: what the CLI, the Electron host and browser mode use to read and edit workbooks. */
export {
  openWorkbook,
  createWorkbook,
  readDocument,
  saveCopy,
  useNativeBinding,
  type Workbook,
  type OpenOptions,
} from './workbook';
export { readContent, readGroupedCells, readRecords, readRecordsButCells, readRevisions, readRevisionSummaries } from './content';
export { recordChanges } from './codecs';
export {
  edit,
  step,
  undo,
  redo,
  historyState,
  HISTORY_LIMIT,
  type HistoryState,
  type EditResult,
  type RowChange,
  type Replayed,
} from './history';
export { BUSY_MESSAGE, isBusy } from './transaction';
export * from './edits';
export * from './structure';
export { applySupportModel, setScope, type ScopeFieldChange, type ScopePatch } from './scope';
export { addService, moveService, removeService, updateService, type ServiceList } from './services';
export { addSignatory, removeSignatory, updateSignatory } from './signatories';
export { createRevision, findReturnedImport, readRevisionHistory, recordRevision, setRevisionStatus } from './revisions';
export { LATEST_SCHEMA_VERSION } from './migrations';
export { APPLICATION_ID, FILE_EXTENSION } from './file-format';

import { openWorkbook, type OpenOptions, type Workbook } from './workbook';

/** Opens `file`, runs `fn`, and always closes the file again. */
export function withWorkbook<T>(file: string, fn: (workbook: Workbook) => T, options?: OpenOptions): T {
  const workbook = openWorkbook(file, options);
  try {
    return fn(workbook);
  } finally {
    workbook.close();
  }
}
export { updateWorkbook, type WorkbookPatch } from './workbook-details';
export { addMatrix, deleteMatrix, moveMatrix, renameMatrix, templateMatrices, type MatrixSource } from './matrices';
export { addRole, removeRole, setRolesCombine, updateRole, type RoleFields } from './roles';
