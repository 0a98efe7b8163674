/**
 * Bringing files in (import) and checking returned exports (verify). The import services (exceljs, zod, the parse
 * worker's host) are loaded when a command runs, not for --help.
 */
import type { Command } from 'commander';
import { EngagebookError } from '../../../shared/domain/errors';
import { EXIT, type Io, printJson } from '../io';
import { parseLanguage, requireExtension } from '../options';

const importFile = () => import('../../services/documents/import-file');
const importReturnedFile = () => import('../../services/documents/import-returned');

export function registerImportCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('import <source>')
    .description(
      'bring a file in: canonical JSON or an Engagebook export (--out creates a workbook), or a returned export (--into merges it)',
    )
    .option('--out <file>', 'create this new .engagement file from the source')
    .option('--into <file>', 'merge a returned Engagebook export into this workbook (three-way, conflicts kept)')
    .option('--dry-run', 'with --into: report the changes, change nothing')
    .option('--sheet <name>', "a client's spreadsheet: read only this sheet")
    .option('--lang <language>', "a client's spreadsheet: language of the new workbook (default en)")
    .option('--mapping <file>', "a client's spreadsheet: JSON that overrides the detector's guesses (see docs/import.md)")
    .option('--json', 'print the result as JSON')
    .action(
      async (
        source: string,
        options: {
          out?: string;
          into?: string;
          dryRun?: boolean;
          json?: boolean;
          sheet?: string;
          lang?: string;
          mapping?: string;
        },
      ) => {
        if (Boolean(options.out) === Boolean(options.into))
          throw new EngagebookError('invalid-argument', 'give exactly one of --out FILE or --into FILE');
        if (options.into) {
          requireExtension(source, ['.xlsx'], 'a returned export');
          const [{ importReturned, describeSkipped }, { describeChange }] = await Promise.all([
            importReturnedFile(),
            importFile(),
          ]);
          const result = await importReturned(source, options.into, { dryRun: options.dryRun ?? false });
          if (options.json) return printJson(io, result);
          if (result.alreadyImported) {
            const { revision, date } = result.alreadyImported;
            io.out(`${source}: already imported on ${date.slice(0, 10)} (revision "${revision}"); nothing to apply`);
            return;
          }
          for (const change of result.changes) io.out(describeChange(change));
          for (const notice of result.notices) io.err(`notice: ${notice}`);
          for (const cell of result.skipped) io.err(`skipped: ${describeSkipped(cell)}`);
          const verb = result.dryRun ? 'would apply' : 'applied';
          const applicable = result.changes.length - result.conflicts;
          io.out(
            `${source}: ${applicable} changes ${verb}, ${result.conflicts} conflicts left as they are` +
              (result.revision ? `; revision "${result.revision.label}" recorded` : ''),
          );
          if (result.findings.length > 0) {
            io.out(`${result.dryRun ? 'Applying would add' : 'Applying added'} ${result.findings.length} findings:`);
            for (const f of result.findings) io.out(`${f.severity.padEnd(7)} ${f.rule.padEnd(32)} ${f.message}`);
          }
          return;
        }
        const out = options.out!;
        requireExtension(out, ['.engagement'], 'the workbook file');
        // The detector's module (with the mapping reader) only when a mapping is given: otherwise the import loads it
        // while the parse worker reads the file (importAsNewWorkbook).
        const [{ importAsNewWorkbook }, mapping] = await Promise.all([
          importFile(),
          options.mapping
            ? import('../../services/documents/import-foreign').then(({ readMapping }) => readMapping(options.mapping!))
            : undefined,
        ]);
        const result = await importAsNewWorkbook(source, out, {
          language: parseLanguage(options.lang) ?? 'en',
          ...(options.sheet ? { sheet: options.sheet } : {}),
          ...(mapping ? { mapping } : {}),
        });
        if (result.kind === 'json') {
          const { doc } = result;
          io.out(`Created ${out} from ${source} (${doc.matrices.length} matrices, ${doc.revisions.length} revisions)`);
          return;
        }
        if (result.kind === 'export') {
          for (const notice of result.notices) io.err(`notice: ${notice}`);
          io.out(`Created ${out} from ${source} (exported ${result.meta.revisionLabel}, with the changes made in the file)`);
          return;
        }
        if (result.kind === 'unsure') {
          // Exit 3 without writing: the best guess and the mapping that fixes it, for a person to decide.
          setExit(EXIT.unsure);
          const { report, guess } = result;
          if (options.json) return printJson(io, { file: source, out, written: false, ...report, bestGuess: guess });
          io.err(`${source}: not sure how to read this sheet, so ${out} was not written:`);
          for (const reason of report.unsure) io.err(`  - ${reason}`);
          io.out(`Best guess: sheet "${guess.sheet}", ${guess.orientation}`);
          io.out(`  parties (${guess.parties.length}): ${guess.parties.join(', ')}`);
          io.out(`  activities (${guess.activities.count}): ${guess.activities.first.join('; ')}`);
          io.out('If that is right, save this mapping (or correct it) and import again with --mapping FILE:');
          io.out(JSON.stringify(guess.mapping, null, 2));
          return;
        }
        const { report } = result;
        if (options.json) return printJson(io, { file: source, out, ...report, notices: result.notices });
        for (const notice of result.notices) io.err(`notice: ${notice}`);
        for (const sheet of report.sheets) {
          io.out(
            sheet.found
              ? `${sheet.sheet}${sheet.state === 'visible' ? '' : ` (${sheet.state})`}: ${sheet.activities} activities × ${sheet.parties?.length} parties, header row ${sheet.headerRow}, ${sheet.orientation}, confidence ${sheet.confidence}`
              : `${sheet.sheet}: no matrix`,
          );
        }
        io.out(
          `Vocabulary (${report.vocabulary.source}): ${report.vocabulary.roles.map((r) => `${r.code} = ${r.label}`).join(', ')}`,
        );
        io.out(`Created ${out} from ${source}`);
      },
    );

  program
    .command('verify <file>')
    .description('say which revision a returned export came from and whether its content still matches (exit 1 if modified)')
    .requiredOption('--against <workbook>', 'the .engagement workbook it was exported from')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { against: string; json?: boolean }) => {
      requireExtension(file, ['.xlsx'], 'a returned export');
      const [{ verifyReturned }, { describeChange }] = await Promise.all([importReturnedFile(), importFile()]);
      const result = await verifyReturned(file, options.against);
      setExit(result.unchanged ? EXIT.ok : EXIT.findings);
      if (options.json) return printJson(io, result);
      const { label, status, fingerprint } = result.revision;
      io.out(`${file}: exported from revision "${label}" (${status}), fingerprint ${fingerprint}`);
      if (result.unchanged) io.out('Unchanged: the content matches the fingerprint.');
      else {
        io.out(`Modified: ${result.differences.length} differences from that revision.`);
        for (const change of result.differences) io.out(describeChange(change));
      }
      for (const notice of result.notices) io.err(`notice: ${notice}`);
    });
}
