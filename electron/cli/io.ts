/** Output and exit codes of the CLI, in one place so every command behaves the same. */
import { EngagebookError } from '../../shared/domain/errors';
import { BUSY_MESSAGE, isBusy } from '../services/store/transaction';

export const EXIT = {
  ok: 0,
  /** `validate` found errors; `verify` found changes. */
  findings: 1,
  /** Bad input: a wrong argument, a missing or unreadable file, a file that is not what it should be. */
  badInput: 2,
  /** A readable spreadsheet that holds no responsibility matrix. */
  noMatrix: 3,
  /** A client's sheet read with doubts and no mapping to settle them: nothing written, the best guess printed. */
  unsure: 3,
} as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Turns any failure into one line on stderr and an exit code; unexpected errors keep their stack for bug reports. */
export function reportError(io: Io, error: unknown): number {
  // A read that meets another program's lock (rare with WAL) throws SQLite's own error; say it like a write's `busy`.
  if (isBusy(error)) {
    io.err(`engagebook: ${BUSY_MESSAGE}`);
    return EXIT.badInput;
  }
  if (error instanceof EngagebookError) {
    io.err(`engagebook: ${error.message}`);
    return error.code === 'no-matrix' ? EXIT.noMatrix : EXIT.badInput;
  }
  io.err(`engagebook: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.badInput;
}
