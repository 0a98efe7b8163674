/**
 * `engagebook diff A B`: what changed from A to B, where each side is a workbook file (.engagement or .json) or a
 * revision of one (`FILE@v1`, by label or id). Exit 0 when equal, 1 when different (like `verify`), 2 on bad input.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { EXIT, type Io, printJson } from '../io';

/** `FILE@REVISION` → the file and the revision; a path that exists as given is a file, even with an @ in its name. */
export function parseSide(arg: string): { file: string; revision: string | undefined } {
  const at = arg.lastIndexOf('@');
  if (existsSync(arg) || at <= 0) return { file: arg, revision: undefined };
  return { file: arg.slice(0, at), revision: arg.slice(at + 1) || undefined };
}

export function registerCompareCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('diff <a> <b>')
    .description('compare two workbooks or revisions (FILE or FILE@REVISION); exit 1 when they differ')
    .option('--json', 'print the differences and their counts per kind as JSON')
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      const [{ contentAt, readComparableFile }, { diffContents }] = await Promise.all([
        import('../../services/compare/sides'),
        import('../../../shared/compare/diff'),
      ]);
      const read = (arg: string) => {
        const { file, revision } = parseSide(arg);
        return contentAt(readComparableFile(file), revision);
      };
      const diff = diffContents(read(a), read(b));
      if (options.json) {
        printJson(io, diff);
      } else {
        for (const e of diff.entries) {
          const change = e.before || e.after ? `: ${e.before || '—'} → ${e.after || '—'}` : '';
          io.out(`${e.kind.padEnd(16)} ${e.where}${change}`);
        }
        const counts = Object.entries(diff.counts).map(([kind, n]) => `${n} ${kind}`);
        io.out(diff.equal ? `${a} and ${b} are the same` : `${diff.entries.length} differences: ${counts.join(', ')}`);
      }
      setExit(diff.equal ? EXIT.ok : EXIT.findings);
    });
}
