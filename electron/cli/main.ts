/**
 * `engagebook` — the command line. Each command is a thin wrapper over the services in electron/services, which the
 * desktop app uses too. Exit codes: 0 success, 1 findings (validate, verify, diff), 2 bad input. Nothing is written on failure.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, processIo, reportError, type Io } from './io';
import { registerCompareCommands } from './commands/compare';
import { registerDocumentCommands } from './commands/documents';
import { registerEditCommands } from './commands/edits';
import { registerImportCommands } from './commands/imports';
import { registerServeCommands } from './commands/serve';
import { registerTemplateCommands } from './commands/templates';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('engagebook')
    .description('Engagement workbooks for managed-services proposals: RACI matrices, support scope, sign-off.')
    .version('0.1.0')
    .showHelpAfterError('(run "engagebook --help" for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerTemplateCommands(program, io, setExit);
  registerDocumentCommands(program, io, setExit);
  registerImportCommands(program, io, setExit);
  registerCompareCommands(program, io, setExit);
  registerEditCommands(program, io, setExit);
  registerServeCommands(program, io);
  return program;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0; usage mistakes are bad input.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportError(io, error);
  }
}
