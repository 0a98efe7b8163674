/**
 * CSV export of one matrix: a row per activity with its phase, role codes per party, and notes. Fields that a
 * spreadsheet would run as a formula (see shared/clipboard/formula.ts for the rule) are prefixed with an apostrophe,
 * the usual defence against CSV injection; Excel shows the text as typed. The rule lives in shared/clipboard/formula.ts,
 * which copying to the clipboard uses too.
 */
import { escapeFormula } from '../../../shared/clipboard/formula';
import type { Content, Matrix } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import { translator } from '../../../shared/i18n/messages';
import { ROLE_SEPARATOR } from '../xlsx/layout';

export function csvField(value: string): string {
  const safe = escapeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One matrix of `content` (the current content, or a revision's snapshot) as CSV text. */
export function matrixCsv(content: Content, matrix: Matrix, language: Language = content.language): string {
  const t = translator(language);
  const parties = new Map(content.parties.map((p) => [p.id, p.name]));
  const header = [
    t('export.csv.phase'),
    t('export.matrix.activity'),
    t('export.matrix.description'),
    ...matrix.partyIds.map((id) => parties.get(id) ?? id),
    t('export.matrix.notes'),
  ];
  const rows = matrix.phases.flatMap((phase) =>
    phase.activities.map((activity) => {
      const cells = matrix.partyIds.map((id) => activity.cells.find((c) => c.partyId === id));
      const notes = cells.flatMap((c) => (c?.note ? [`${parties.get(c.partyId) ?? c.partyId}: ${c.note}`] : []));
      return [
        phase.title,
        activity.title,
        activity.description ?? '',
        ...cells.map((c) => c?.roles.join(ROLE_SEPARATOR) ?? ''),
        notes.join('\n'),
      ];
    }),
  );
  // A byte-order mark makes Excel read the file as UTF-8; CRLF is what it writes itself.
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
