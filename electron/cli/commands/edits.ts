import type { Command } from 'commander';
import { historyState, redo, setCell, undo, withWorkbook } from '../../services/store';
import { EXIT, type Io } from '../io';
import { parseRoles } from '../options';

export function registerEditCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('set <file>')
    .description('set the roles of one cell (ids or exact titles accepted); one undo step')
    .requiredOption('--matrix <matrix>', 'matrix id or title')
    .requiredOption('--activity <activity>', 'activity id or title')
    .requiredOption('--party <party>', 'party id or name')
    .requiredOption('--roles <codes>', 'role codes, e.g. "R,A"; "" clears the cell')
    .option('--note <text>', 'cell note ("" removes it)')
    .action((file: string, options: { matrix: string; activity: string; party: string; roles: string; note?: string }) => {
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

  for (const [name, run, nothing] of [
    ['undo', undo, 'Nothing to undo'],
    ['redo', redo, 'Nothing to redo'],
  ] as const) {
    program
      .command(`${name} <file>`)
      .description(`${name} the last edit (history is kept in the workbook)`)
      .action((file: string) => {
        const label = withWorkbook(file, (w) => {
          const done = run(w.db).label;
          return done === null ? null : { done, next: historyState(w.db) };
        });
        if (label === null) {
          io.err(nothing);
          setExit(EXIT.findings);
          return;
        }
        io.out(`${name === 'undo' ? 'Undid' : 'Redid'}: ${label.done}`);
      });
  }
}
