/**
 * What a person should check in a reading of their client's sheet, in words and in their language: the detector's
 * doubts (first), nothing found, a column used twice, activities without any role, codes without a meaning. Also the
 * detector's reasons for skipping rows, which it gives in English for the CLI's report.
 */
import type { Content } from '../../../../shared/domain/document';
import type { Language } from '../../../../shared/domain/languages';
import type { DetectionReport, SheetReport } from '../../../../shared/import/detect';
import type { Doubt } from '../../../../shared/import/detect/confidence';
import { isShaped, type Mapping } from '../../../../shared/import/detect/mapping';
import { controlCells, describeControlCells } from '../../../../shared/import/control-cells';
import { columnName, type SheetGrid } from '../../../../shared/import/grid';
import { translator, type Translate } from '../../../../shared/i18n/messages';

/** A position of the table in the sheet's own terms: a column of the sheet, or a row when activities run across. */
function place(t: Translate, position: number, orientation: Mapping['orientation']): string {
  return orientation === 'columns'
    ? t('import.position.row', { row: position })
    : t('import.position.column', { column: columnName(position) });
}

export function problemsOf(
  language: Language,
  reading: { content: Content; report: DetectionReport; sheet: SheetReport; mapping: Mapping } | null,
): string[] {
  const t = translator(language);
  if (!reading) return [t('import.problem.noMatrix')];
  const { content, report, sheet, mapping } = reading;
  // The detector's doubts come first: the person should look before anything else (Create still works after).
  const problems: string[] = (sheet.doubts ?? []).map((doubt) => doubtOf(t, doubt));
  const { labelColumn, phaseColumn, partyColumns = [], orientation } = mapping;
  if (!isShaped(orientation)) {
    if (labelColumn && partyColumns.includes(labelColumn))
      problems.push(t('import.problem.labelIsParty', { place: place(t, labelColumn, orientation) }));
    if (phaseColumn && phaseColumn === labelColumn)
      problems.push(t('import.problem.phaseIsLabel', { place: place(t, phaseColumn, orientation) }));
    for (const party of sheet.parties ?? [])
      if (!party.name) problems.push(t('import.problem.unnamedParty', { place: place(t, party.column, orientation) }));
  }
  const activities = content.matrices.flatMap((m) => m.phases.flatMap((p) => p.activities));
  const empty = activities.filter((a) => a.cells.every((c) => c.roles.length === 0)).length;
  if (empty > 0) problems.push(t('import.problem.noRoles', { count: empty }));
  for (const role of report.vocabulary.roles)
    if (role.kind === 'other' && role.label === role.code) problems.push(t('import.problem.unknownCode', { code: role.code }));
  return problems;
}

/** The cells of the shown sheet that hold control characters: kept as they are, but said, since they are invisible. */
export function controlCharacterProblems(language: Language, sheet: SheetGrid): string[] {
  const cells = controlCells(sheet);
  return cells.length === 0
    ? []
    : [translator(language)('import.problem.controlCharacters', { cells: describeControlCells(cells) })];
}

/** Why the detector is unsure of a reading, in the person's language. */
function doubtOf(t: Translate, doubt: Doubt): string {
  switch (doubt.kind) {
    case 'orientation':
      return t('import.problem.unsureOrientation');
    case 'one-activity':
      return t('import.problem.unsureOneActivity', { title: doubt.title });
    case 'few-roles':
      return t('import.problem.unsureFewRoles', { count: doubt.cells });
    case 'non-codes':
      return t('import.problem.unsureNonCodes', { count: doubt.nonCodes, filled: doubt.filled });
  }
}

const REASONS: ReadonlyArray<[RegExp, (t: Translate, match: RegExpExecArray) => string]> = [
  [/^after the end of the table$/, (t) => t('import.skip.afterEnd')],
  [/^placeholder "(.*)"$/s, (t, m) => t('import.skip.placeholder', { text: m[1]! })],
  [/^no activity( title)?$/, (t) => t('import.skip.noTitle')],
  [/^no party$/, (t) => t('import.skip.noParty')],
  [/^legend$/, (t) => t('import.skip.legend')],
];

/** The detector's reason for skipping a row, in the person's language (an unknown one as it is). */
export function skipReason(language: Language, reason: string): string {
  const t = translator(language);
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return say(t, match);
  }
  return reason;
}
