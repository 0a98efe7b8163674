/** Templates and new workbooks. The templates and the store are loaded when a command runs, not for --help. */
import type { Command } from 'commander';
import { LANGUAGES } from '../../../shared/domain/languages';
import { assertPlainText } from '../../../shared/domain/control-characters';
import { type Io, printJson } from '../io';
import { parseLanguage, requireExtension } from '../options';

const templates = () => import('../../../shared/templates');

export function registerTemplateCommands(program: Command, io: Io, _setExit: (code: number) => void): void {
  program
    .command('templates')
    .description('list the templates a new workbook can start from')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { listTemplates } = await templates();
      const list = listTemplates();
      if (options.json)
        return printJson(
          io,
          list.map((t) => ({ ...t, languages: LANGUAGES })),
        );
      for (const t of list) io.out(`${t.id.padEnd(18)} ${t.name.en} — ${t.description.en}`);
    });

  program
    .command('new')
    .description('create a new workbook from a template')
    .requiredOption('--template <id>', 'template id (see "engagebook templates")')
    .requiredOption('--out <file>', 'the .engagement file to create (must not exist)')
    .option('--lang <language>', `language of the workbook: ${LANGUAGES.join(', ')}`, 'en')
    .option('--title <text>', 'engagement title')
    .option('--client <name>', 'client name')
    .option('--prepared-by <name>', 'author shown on exports')
    .action(
      async (options: { template: string; out: string; lang: string; title?: string; client?: string; preparedBy?: string }) => {
        requireExtension(options.out, ['.engagement'], 'the workbook file');
        assertPlainText('--title', options.title, options.out);
        assertPlainText('--client', options.client, options.out);
        assertPlainText('--prepared-by', options.preparedBy, options.out);
        const language = parseLanguage(options.lang) ?? 'en';
        const [{ buildTemplate }, { createWorkbook, newId }] = await Promise.all([templates(), import('../../services/store')]);
        const content = buildTemplate(options.template, {
          language,
          newId,
          ...(options.title !== undefined && { title: options.title }),
          ...(options.client !== undefined && { client: options.client }),
          ...(options.preparedBy !== undefined && { preparedBy: options.preparedBy }),
          today: new Date().toISOString().slice(0, 10),
        });
        createWorkbook(options.out, content);
        const activities = content.matrices.reduce((n, m) => n + m.phases.reduce((k, p) => k + p.activities.length, 0), 0);
        io.out(
          `Created ${options.out}: ${content.matrices.length} matrices, ${activities} activities (${options.template}, ${language})`,
        );
      },
    );
}
