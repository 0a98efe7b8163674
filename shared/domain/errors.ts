/**
 * Errors a user can act on. Each names the file (when there is one) and says what is wrong in plain words; `code`
 * lets the CLI pick an exit status and the app pick a dialog without parsing messages.
 */
export type EngagebookErrorCode =
  | 'not-found'
  | 'already-exists'
  | 'not-sqlite'
  | 'foreign-database'
  | 'newer-version'
  | 'invalid-document'
  | 'invalid-argument'
  | 'not-found-in-document'
  | 'ambiguous-reference'
  | 'no-matrix'
  | 'io'
  /** Another program holds the workbook's write lock; nothing was changed, and trying again later will work. */
  | 'busy'
  /** The workbook changed after a file was read to be applied to it; nothing was changed, read the file again. */
  | 'stale'
  /** A title, name or note holds a control character (shared/domain/control-characters.ts); nothing was changed. */
  | 'invalid-text';

export class EngagebookError extends Error {
  constructor(
    readonly code: EngagebookErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'EngagebookError';
  }
}
