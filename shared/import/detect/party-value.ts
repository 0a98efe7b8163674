/**
 * Long format with the party as a value: "Activity | Responsibility" where the responsibility column names who does
 * it — "Customer", "Provider" — or says "Shared" (every party named in that column) or "Not applicable" (the activity
 * is kept, with no role). Each named party gets R. Parties in order of first appearance; "Shared" and "Not applicable"
 * are never parties. A column of role codes is the classic long format or a single-role list, not this.
 */
import type { Sheet, SheetGrid } from '../grid';
import type { CodeContext } from './codes';
import { clean, isPlaceholder, tidy } from './hygiene';
import { isCatchAll, namesIn } from './inverted';
import {
  activityRow,
  headerCandidates,
  labelAndPhase,
  share,
  textColumns,
  codeReader,
  lastShapeColumn,
  sheetOf,
  type CodeRead,
  type ShapedTable,
} from './shape-columns';

/** Headings of a column that says whose the activity is. */
const RESPONSIBILITY =
  /^(responsibility|responsible|responsible party|responsibility of|who|ansvar|ansvarig|ansvarig part|verantwoordelijkheid|verantwoordelijke|verantwoordelijk|responsabilité|responsable|verantwortung|verantwortlich|zuständigkeit|zuständig|ответственность|ответственный|зона ответственности|responsabilidade|responsável|responsavel)$/i;
const SHARED =
  /^(shared|both|joint|jointly|delad|delat|gemensam|gemensamt|gedeeld|gezamenlijk|partagé|partagée|partagé\(e\)|conjoint|gemeinsam|geteilt|совместно|совместная|общая|compartilhado|compartilhada|partilhado|partilhada|conjunto|ambos)$/i;
const NOT_APPLICABLE =
  /^(not applicable|n\/a|na|n\.a\.|none|ej tillämpligt|ej tillämplig|inte tillämpligt|niet van toepassing|nvt|n\.v\.t\.|non applicable|sans objet|nicht zutreffend|nicht anwendbar|entfällt|не применимо|неприменимо|не применяется|não se aplica|não aplicável|nao se aplica|-|–|—)$/i;

// "All" and its kin say the same as "Shared" here: every party named in the column.
export const isShared = (text: string) => SHARED.test(tidy(text)) || isCatchAll(text);
export const isNotApplicable = (text: string) => NOT_APPLICABLE.test(tidy(text));

/** Longer than this, a value is a sentence, not a party. */
const MAX_PARTY_CHARS = 40;
/** More distinct parties than this in one column is a column of free text. */
const MAX_PARTIES = 8;

function hasCodeColumn(sheet: Sheet, rows: readonly number[], except: number, read: CodeRead): boolean {
  for (let c = 1; c <= lastShapeColumn(sheet); c++) {
    if (c === except) continue;
    const filled = rows.map((r) => sheet.text(r, c)).filter(Boolean);
    const codes = filled.filter((t) => read(t)?.length).length;
    if (codes >= 2 && codes / filled.length >= 0.5) return true;
  }
  return false;
}

export function detectPartyValue(
  grid: SheetGrid | Sheet,
  context: CodeContext,
  read: CodeRead = codeReader(context),
): ShapedTable | null {
  const sheet = sheetOf(grid);
  for (const candidate of headerCandidates(sheet)) {
    // The table's rows are sliced only once this candidate is decided on (`candidate.rows` below).
    const { header, size, window } = candidate;
    if (size < 2) continue;
    for (let valueColumn = 1; valueColumn <= lastShapeColumn(sheet); valueColumn++) {
      const heading = sheet.text(header, valueColumn);
      if (!RESPONSIBILITY.test(tidy(heading)) && !RESPONSIBILITY.test(clean(heading))) continue;
      const values = window.map((r) => sheet.text(r, valueColumn)).filter(Boolean);
      const named = values.filter((v) => !isShared(v) && !isNotApplicable(v));
      // Role codes here make the classic long format or a single-role list; sentences make a comment column.
      // A party may be called "IT" (which reads as codes), but a column of mostly codes is roles, not parties.
      const coded = named.filter((v) => read(v)?.length).length;
      if (values.length < 2 || coded > named.length / 2 || named.some((v) => v.length > MAX_PARTY_CHARS)) continue;
      const parties: string[] = [];
      for (const v of named) for (const name of namesIn(v)) if (!parties.includes(name)) parties.push(name);
      if (parties.length === 0 || parties.length > MAX_PARTIES) continue;
      // Columns of role codes beside it make a matrix ("Who" is a common corner heading of a sheet turned sideways).
      if (hasCodeColumn(sheet, window, valueColumn, read)) continue;
      const columns = labelAndPhase(textColumns(sheet, header, window, new Set([valueColumn]), read));
      if (!columns) continue;
      const { label, phase: phaseColumn } = columns;

      // First who each row names, then the parties in order of first appearance over the whole table.
      const listed: Array<{ row: number; title: string; phase: string | null; value: string }> = [];
      const skipped: Array<{ row: number; reason: string }> = [];
      let phase: string | null = null;
      for (const r of candidate.rows) {
        if (phaseColumn) phase = tidy(sheet.text(r, phaseColumn)) || phase;
        const title = tidy(sheet.text(r, label));
        if (!title || isPlaceholder(title)) {
          skipped.push({ row: r, reason: title ? `placeholder "${title}"` : 'no activity title' });
          continue;
        }
        const value = sheet.text(r, valueColumn);
        listed.push({ row: r, title, phase, value });
        if (!isShared(value) && !isNotApplicable(value))
          for (const name of namesIn(value)) if (!parties.includes(name)) parties.push(name);
      }
      const out = listed.map(({ row, title, phase: within, value }) => {
        const who = isShared(value) ? parties : isNotApplicable(value) ? [] : namesIn(value);
        return activityRow(
          row,
          title,
          within,
          parties.map((p) => (who.includes(p) ? ['R'] : [])),
        );
      });
      const answered = listed.filter((a) => a.value).length;
      if (out.length === 0) continue;
      return {
        shape: 'party-value',
        sheet: sheet.name,
        transposed: false,
        long: true,
        headerRow: header,
        labelColumn: label,
        phaseColumn,
        parties: parties.map((name) => ({ column: valueColumn, name, group: null })),
        rows: out,
        skipped,
        // Every value read as a party, "Shared" or "Not applicable"; rows left empty count against it.
        confidence: share(answered, out.length),
      };
    }
  }
  return null;
}
