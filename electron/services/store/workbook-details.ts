/** The workbook's own details: title, client, prepared by, language and dates. One patch is one undo step. */
import type { Database } from 'better-sqlite3';
import { IsoDateSchema } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { isLanguage, type Language } from '../../../shared/domain/languages';
import { edit, step, type EditResult, type Writer } from './history';
import { prepared } from './statements';
import { requireText } from './content-edit';
import { stepLabel } from '../../../shared/i18n/step-labels';

/** Fields left out (or undefined) stay as they are. */
export interface WorkbookPatch {
  readonly title?: string | undefined;
  readonly client?: string | undefined;
  readonly preparedBy?: string | undefined;
  readonly language?: Language | undefined;
  readonly dates?:
    | {
        readonly proposal?: string | null | undefined;
        readonly start?: string | null | undefined;
        readonly end?: string | null | undefined;
      }
    | undefined;
}

const DATE_COLUMNS = { proposal: 'date_proposal', start: 'date_start', end: 'date_end' } as const;

/** Checks everything before writing, so a bad date or an empty title refuses the whole patch. */
export function updateWorkbook(db: Database, patch: WorkbookPatch): EditResult<void> {
  const columns: Record<string, string | null> = {};
  if (patch.title !== undefined) columns.title = requireText(patch.title, 'the workbook title');
  if (patch.client !== undefined) columns.client = optionalText(patch.client, 'the client');
  if (patch.preparedBy !== undefined) columns.prepared_by = optionalText(patch.preparedBy, '"prepared by"');
  if (patch.language !== undefined) {
    if (!isLanguage(patch.language))
      throw new EngagebookError('invalid-argument', `unknown language "${String(patch.language)}"`);
    columns.language = patch.language;
  }
  for (const [name, column] of Object.entries(DATE_COLUMNS)) {
    const value = patch.dates?.[name as keyof typeof DATE_COLUMNS];
    if (value === undefined) continue;
    if (value !== null && !IsoDateSchema.safeParse(value).success)
      throw new EngagebookError('invalid-argument', `the ${name} date must be a date as YYYY-MM-DD, got "${value}"`);
    columns[column] = value;
  }
  const fields = Object.keys(columns);
  if (fields.length === 0) throw new EngagebookError('invalid-argument', 'there is nothing to change');
  return edit(db, (w) => {
    w.update('workbook', { singleton: 1 }, columns);
    if (patch.language !== undefined) relabelRoles(db, w, patch.language);
    return step(
      fields.length === 1 && columns.title !== undefined
        ? stepLabel('step.renameWorkbook', { title: String(columns.title) })
        : stepLabel('step.editWorkbookDetails'),
    );
  });
}

/** A role's `label` is its label in the workbook's language (what a reader of the JSON sees first): it follows. */
function relabelRoles(db: Database, w: Writer, language: Language): void {
  const roles = prepared(db, 'SELECT vocabulary_id, code, labels FROM roles').all() as Array<Record<string, string>>;
  for (const role of roles) {
    const label = (JSON.parse(role.labels!) as Record<Language, string>)[language];
    if (label) w.update('roles', { vocabulary_id: role.vocabulary_id!, code: role.code! }, { label });
  }
}

function optionalText(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length > 500) throw new EngagebookError('invalid-argument', `${what} can be at most 500 characters`);
  return trimmed;
}
