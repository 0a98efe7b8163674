/**
 * Commands on one workbook: validate, show, export, revision. Each action loads the services it needs when it runs
 * (`await import`), so `engagebook --help` and `--version` load neither the SQLite driver nor exceljs nor zod.
 */
import type { Command } from 'commander';
import { extname } from 'node:path';
import type { EngagementDocument, RevisionStatus } from '../../../shared/domain/document';
import { assertPlainText } from '../../../shared/domain/control-characters';
import { EngagebookError } from '../../../shared/domain/errors';
import { LANGUAGES } from '../../../shared/domain/languages';
import { EXIT, type Io, printJson } from '../io';
import { parseLanguage, requireExtension } from '../options';

/**
 * REVISION_STATUSES of shared/domain/document.ts, which cannot be imported here without loading zod for the help text.
 * The type checks below fail when the two lists stop holding the same statuses.
 */
const REVISION_STATUSES = ['draft', 'sent', 'returned', 'signed'] as const satisfies readonly RevisionStatus[];
const _everyStatusListed: [Exclude<RevisionStatus, (typeof REVISION_STATUSES)[number]>] extends [never] ? true : never = true;

const store = () => import('../../services/store');
const jsonFile = () => import('../../services/documents/json-file');

export function registerDocumentCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('validate <file>')
    .description('check a workbook against the rules; exit 1 when there are errors')
    .option('--json', 'print findings as JSON')
    .option('--lang <language>', `language of the messages: ${LANGUAGES.join(', ')} (default: the workbook's)`)
    .action(async (file: string, options: { json?: boolean; lang?: string }) => {
      const language = parseLanguage(options.lang);
      const [{ withWorkbook, readDocument }, { validateContent, hasErrors }, { contentOf }] = await Promise.all([
        store(),
        import('../../../shared/rules'),
        import('../../../shared/domain/canonical'),
      ]);
      const doc = withWorkbook(file, readDocument);
      const findings = validateContent(contentOf(doc), language ?? doc.language);
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (options.json) {
        printJson(io, { file, errors, warnings: findings.length - errors, findings });
      } else {
        for (const f of findings) io.out(`${f.severity.padEnd(7)} ${f.rule.padEnd(32)} ${f.message}`);
        io.out(`${file}: ${errors} errors, ${findings.length - errors} warnings`);
      }
      setExit(hasErrors(findings) ? EXIT.findings : EXIT.ok);
    });

  program
    .command('show <file>')
    .description('print a workbook; --json prints the canonical engagebook/1 document')
    .option('--json', 'print the canonical JSON document')
    .action(async (file: string, options: { json?: boolean }) => {
      const [{ withWorkbook, readDocument }, { canonicalJson }] = await Promise.all([store(), jsonFile()]);
      const doc = withWorkbook(file, readDocument);
      if (options.json) io.out(canonicalJson(doc));
      else io.out(summary(doc));
    });

  program
    .command('export <file>')
    .description(
      'write a workbook as Excel (.xlsx, for sign-off), a PDF sign-off pack (.pdf), CSV (.csv, one matrix per file) or canonical JSON (.json)',
    )
    .requiredOption('--out <file>', 'the file to write (.xlsx, .pdf, .csv or .json)')
    .option('--lang <language>', `language of labels, sheet names and pages: ${LANGUAGES.join(', ')} (default: the workbook's)`)
    .option('--revision <revision>', 'export this revision (id or label) instead of the current state as a draft')
    .option('--protect', 'xlsx: lock structure and labels, leave roles, notes and sign-off fields editable (not security)')
    .option('--matrix <matrix>', 'csv: the matrix to write (id or title); default: every matrix, one file each')
    .action(
      async (file: string, options: { out: string; lang?: string; revision?: string; protect?: boolean; matrix?: string }) => {
        requireExtension(options.out, ['.json', '.xlsx', '.pdf', '.csv'], 'the export file');
        const language = parseLanguage(options.lang);
        const { withWorkbook, readDocument } = await store();
        const doc = withWorkbook(file, readDocument);
        const format = extname(options.out).toLowerCase().slice(1);
        const revision = options.revision !== undefined ? { revision: options.revision } : {};
        if (format === 'xlsx') {
          // Straight to the file: the streaming writer never holds a large workbook in memory.
          const { exportXlsx } = await import('../../services/xlsx/export');
          const result = await exportXlsx(doc, options.out, {
            ...(language && { language }),
            ...revision,
            protect: options.protect ?? false,
          });
          io.out(`Wrote ${options.out}: ${result.sheets.join(', ')} (${result.revision.label}, ${result.revision.status})`);
        } else if (format === 'csv') {
          const { exportCsv } = await import('../../services/documents/csv-files');
          for (const written of exportCsv(doc, options.out, {
            ...(language && { language }),
            ...(options.matrix && { matrix: options.matrix }),
            ...revision,
          })) {
            io.out(`Wrote ${written}`);
          }
        } else {
          const [{ renderExport }, { writeFileAtomic }] = await Promise.all([
            import('../../services/export/render'),
            import('../../services/documents/files'),
          ]);
          const result = await renderExport(doc, {
            format: format as 'pdf' | 'json',
            ...(language && { language }),
            ...revision,
          });
          writeFileAtomic(options.out, result.bytes);
          io.out(`Wrote ${options.out} (${result.revision.label}, ${result.revision.status})`);
        }
      },
    );

  program
    .command('revision <file> [revision]')
    .description(
      'freeze the current content as a new revision (--label), or move an existing revision (id or label) on to --status',
    )
    .option('--label <text>', 'create a revision with this label, e.g. "v1"')
    .option(
      '--status <status>',
      `one of ${REVISION_STATUSES.join(', ')}; statuses only move forward (default for a new one: draft)`,
    )
    .option('--supersedes <revision>', 'with --label: the signed revision (id or label) the new one supersedes')
    .option('--json', 'print the revision (without its snapshot) as JSON')
    .action(
      async (
        file: string,
        existing: string | undefined,
        options: { label?: string; status?: string; supersedes?: string; json?: boolean },
      ) => {
        if (options.status !== undefined && !(REVISION_STATUSES as readonly string[]).includes(options.status)) {
          throw new EngagebookError('invalid-argument', `--status must be one of ${REVISION_STATUSES.join(', ')}`);
        }
        const status = options.status as RevisionStatus | undefined;
        assertPlainText('--label', options.label, file);
        if ((existing === undefined) === (options.label === undefined)) {
          throw new EngagebookError(
            'invalid-argument',
            'name either a new revision (--label v1) or an existing one to move on (revision FILE v1 --status sent)',
          );
        }
        const { withWorkbook, createRevision, setRevisionStatus } = await store();
        if (existing !== undefined) {
          if (!status)
            throw new EngagebookError('invalid-argument', `say which status revision "${existing}" moves on to: --status`);
          if (options.supersedes) throw new EngagebookError('invalid-argument', '--supersedes is for a new revision (--label)');
          const moved = withWorkbook(file, (w) => setRevisionStatus(w.db, existing, status));
          if (options.json) printJson(io, moved);
          else io.out(`Revision "${moved.label}" (${moved.status}) ${moved.fingerprint}`);
          return;
        }
        const revision = withWorkbook(file, (w) =>
          createRevision(
            w.db,
            options.label ?? '',
            status ?? 'draft',
            options.supersedes ? { supersedes: options.supersedes } : {},
          ),
        );
        const { snapshot: _snapshot, ...listed } = revision;
        if (options.json) printJson(io, listed);
        else io.out(`Revision "${revision.label}" (${revision.status}) ${revision.fingerprint}`);
      },
    );
}

function summary(doc: EngagementDocument): string {
  const lines = [
    `${doc.title}${doc.client ? ` — ${doc.client}` : ''} (${doc.language})`,
    `Parties: ${doc.parties.map((p) => p.name).join(', ')}`,
  ];
  for (const m of doc.matrices) {
    const activities = m.phases.reduce((n, p) => n + p.activities.length, 0);
    lines.push(`Matrix "${m.title}": ${m.phases.length} phases, ${activities} activities, ${m.partyIds.length} parties`);
  }
  if (doc.scope)
    lines.push(
      `Support scope: ${doc.scope.model}, ${doc.scope.capacityHoursPerMonth ?? '—'} h/month, ${doc.scope.coverage.kind}`,
    );
  for (const r of doc.revisions) lines.push(`Revision "${r.label}" (${r.status}) ${r.fingerprint.slice(0, 12)}`);
  return lines.join('\n');
}
