/**
 * Long format with the party as a value: "Activity | Responsibility" where the responsibility column names who does
 * it — "Customer", "Provider" — or says "Shared" (every party named in that column) or "Not applicable" (the activity
 * is kept, with no role). Each named party gets R. Parties in order of first appearance; "Shared" and "Not applicable"
 * are never parties. A column of role codes is the classic long format or a single-role list, not this.
 */
import { Sheet, type SheetGrid } from '../grid';
import { readCodes, type CodeContext } from './codes';
import { clean, isPlaceholder, tidy } from './hygiene';
import { namesIn } from './inverted';
import { activityRow, HEADER_ROWS, labelAndPhase, rowsBelow, share, textColumns, type ShapedTable } from './shape-columns';

/** Headings of a column that says whose the activity is. */
const RESPONSIBILITY =
  /^(responsibility|responsible|responsible party|responsibility of|who|ansvar|ansvarig|ansvarig part|verantwoordelijkheid|verantwoordelijke|verantwoordelijk|responsabilité|responsable|verantwortung|verantwortlich|zuständigkeit|zuständig|ответственность|ответственный|зона ответственности|responsabilidade|responsável|responsavel)$/i;
const SHARED =
  /^(shared|both|joint|jointly|delad|delat|gemensam|gemensamt|gedeeld|gezamenlijk|partagé|partagée|partagé\(e\)|conjoint|gemeinsam|geteilt|совместно|совместная|общая|compartilhado|compartilhada|partilhado|partilhada|conjunto|ambos)$/i;
const NOT_APPLICABLE =
  /^(not applicable|n\/a|na|n\.a\.|none|ej tillämpligt|ej tillämplig|inte tillämpligt|niet van toepassing|nvt|n\.v\.t\.|non applicable|sans objet|nicht zutreffend|nicht anwendbar|entfällt|не применимо|неприменимо|не применяется|não se aplica|não aplicável|nao se aplica|-|–|—)$/i;

export const isShared = (text: string) => SHARED.test(tidy(text));
export const isNotApplicable = (text: string) => NOT_APPLICABLE.test(tidy(text));

/** Longer than this, a value is a sentence, not a party. */
const MAX_PARTY_CHARS = 40;
/** More distinct parties than this in one column is a column of free text. */
const MAX_PARTIES = 8;

function hasCodeColumn(sheet: Sheet, rows: readonly number[], except: number, context: CodeContext): boolean {
  for (let c = 1; c <= sheet.maxColumn; c++) {
    if (c === except) continue;
    const filled = rows.map((r) => sheet.text(r, c)).filter(Boolean);
    const codes = filled.filter((t) => readCodes(t, context)?.length).length;
    if (codes >= 2 && codes / filled.length >= 0.5) return true;
  }
  return false;
}

export function detectPartyValue(grid: SheetGrid, context: CodeContext): ShapedTable | null {
  const sheet = new Sheet(grid);
  for (const header of sheet.rowNumbers().slice(0, HEADER_ROWS)) {
    const rows = rowsBelow(sheet, header);
    if (rows.length < 2) continue;
    for (let valueColumn = 1; valueColumn <= sheet.maxColumn; valueColumn++) {
      const heading = sheet.text(header, valueColumn);
      if (!RESPONSIBILITY.test(tidy(heading)) && !RESPONSIBILITY.test(clean(heading))) continue;
      const values = rows.map((r) => sheet.text(r, valueColumn)).filter(Boolean);
      const named = values.filter((v) => !isShared(v) && !isNotApplicable(v));
      // Role codes here make the classic long format or a single-role list; sentences make a comment column.
      // A party may be called "IT" (which reads as codes), but a column of mostly codes is roles, not parties.
      const coded = named.filter((v) => readCodes(v, context)?.length).length;
      if (values.length < 2 || coded > named.length / 2 || named.some((v) => v.length > MAX_PARTY_CHARS)) continue;
      const parties: string[] = [];
      for (const v of named) for (const name of namesIn(v)) if (!parties.includes(name)) parties.push(name);
      if (parties.length === 0 || parties.length > MAX_PARTIES) continue;
      // Columns of role codes beside it make a matrix ("Who" is a common corner heading of a sheet turned sideways).
      if (hasCodeColumn(sheet, rows, valueColumn, context)) continue;
      const columns = labelAndPhase(textColumns(sheet, header, rows, new Set([valueColumn]), context));
      if (!columns) continue;
      const { label, phase: phaseColumn } = columns;

      const out = [];
      const skipped: Array<{ row: number; reason: string }> = [];
      let phase: string | null = null;
      let read = 0;
      for (const r of rows) {
        if (phaseColumn) phase = tidy(sheet.text(r, phaseColumn)) || phase;
        const title = tidy(sheet.text(r, label));
        if (!title || isPlaceholder(title)) {
          skipped.push({ row: r, reason: title ? `placeholder "${title}"` : 'no activity title' });
          continue;
        }
        const value = sheet.text(r, valueColumn);
        const who = isShared(value) ? parties : isNotApplicable(value) ? [] : namesIn(value);
        if (value) read++;
        out.push(
          activityRow(
            r,
            title,
            phase,
            parties.map((p) => (who.includes(p) ? ['R'] : [])),
          ),
        );
      }
      if (out.length === 0) continue;
      return {
        shape: 'party-value',
        sheet: grid.name,
        transposed: false,
        long: true,
        headerRow: header,
        labelColumn: label,
        phaseColumn,
        parties: parties.map((name) => ({ column: valueColumn, name, group: null })),
        rows: out,
        skipped,
        // Every value read as a party, "Shared" or "Not applicable"; rows left empty count against it.
        confidence: share(read, out.length),
      };
    }
  }
  return null;
}
