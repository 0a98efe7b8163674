/** Edits from the command line: set one cell, undo, redo. The store is loaded when a command runs, not for --help. */
import type { Command } from 'commander';
import { assertPlainText } from '../../../shared/domain/control-characters';
import { EXIT, type Io } from '../io';
import { parseRoles } from '../options';

const store = () => import('../../services/store');

export function registerEditCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('set <file>')
    .description('set the roles of one cell (ids or exact titles accepted); one undo step')
    .requiredOption('--matrix <matrix>', 'matrix id or title')
    .requiredOption('--activity <activity>', 'activity id or title')
    .requiredOption('--party <party>', 'party id or name')
    .requiredOption('--roles <codes>', 'role codes, e.g. "R,A"; "" clears the cell')
    .option('--note <text>', 'cell note ("" removes it)')
    .action(async (file: string, options: { matrix: string; activity: string; party: string; roles: string; note?: string }) => {
      assertPlainText('--note', options.note, file);
      const { withWorkbook, setCell } = await store();
      const result = withWorkbook(file, (w) =>
        setCell(w.db, {
          matrix: options.matrix,
          activity: options.activity,
          party: options.party,
          roles: parseRoles(options.roles),
          ...(options.note !== undefined && { note: options.note }),
        }),
      );
      io.out(result.changed ? `Set to ${result.value.roles.join('/') || '(empty)'}` : 'Unchanged');
    });

  for (const [name, nothing] of [
    ['undo', 'Nothing to undo'],
    ['redo', 'Nothing to redo'],
  ] as const) {
    program
      .command(`${name} <file>`)
      .description(`${name} the last edit (history is kept in the workbook)`)
      .action(async (file: string) => {
        const { withWorkbook, historyState, undo, redo } = await store();
        const step = name === 'undo' ? undo : redo;
        const label = withWorkbook(file, (w) => {
          const done = step(w.db).label;
          return done === null ? null : { done, next: historyState(w.db) };
        });
        if (label === null) {
          io.err(nothing);
          setExit(EXIT.findings);
          return;
        }
        // Loaded here, not at the top: `--help` must not load i18next (test/cli-bundle.test.ts).
        const { describeStep } = await import('../../../shared/i18n/step-labels');
        io.out(`${name === 'undo' ? 'Undid' : 'Redid'}: ${describeStep(label.done)}`);
      });
  }
}
