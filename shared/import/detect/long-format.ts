/**
 * Long-format tables: one row per activity and party, with the role in its own column ("Task | Team | RACI"), as
 * exported from project tools. They are pivoted into a matrix: parties and activities in order of first appearance.
 */
import type { Sheet, SheetGrid } from '../grid';
import { readCodes, type CodeContext } from './codes';
import { clean, isPlaceholder, tidy } from './hygiene';
import { lastShapeColumn, sheetOf } from './shape-columns';
import type { DetectedRow, DetectedTable } from './table';

// Headings in en, sv, nl, fr, de, ru and pt. Compared as typed (lower-cased), so Cyrillic headings match as written.
const HEADERS = {
  activity:
    /^(activity|activities|task|tasks|deliverable|process|aktivitet|uppgift|activiteit|taak|activité|tâche|livrable|aktivität|aufgabe|tätigkeit|prozess|задача|задачи|работа|деятельность|процесс|мероприятие|atividade|tarefa|entregável|processo)$/i,
  party:
    /^(party|parties|team|stakeholder|who|resource|department|organi[sz]ation|part|partij|partie|intervenant|acteur|beteiligter|beteiligte|abteilung|organisation|участник|сторона|команда|отдел|подразделение|parte|equipe|equipa|departamento|interveniente)$/i,
  role: /^(raci|rasci|role|roles|responsibility|assignment|roll|ansvar|rol|verantwoordelijkheid|rôle|responsabilité|rolle|verantwortung|zuständigkeit|роль|роли|ответственность|papel|função|responsabilidade)$/i,
  phase: /^(phase|stage|stream|workstream|fas|fase|étape|stufe|abschnitt|этап|фаза|стадия|etapa)$/i,
};

export function detectLongFormat(grid: SheetGrid | Sheet, context: CodeContext): DetectedTable | null {
  const sheet = sheetOf(grid);
  for (const header of sheet.rowNumbers().slice(0, 30)) {
    const find = (pattern: RegExp) => {
      for (let c = 1; c <= lastShapeColumn(sheet); c++) {
        const heading = sheet.text(header, c);
        if (pattern.test(tidy(heading)) || pattern.test(clean(heading))) return c;
      }
      return 0;
    };
    const activityColumn = find(HEADERS.activity);
    const partyColumn = find(HEADERS.party);
    const roleColumn = find(HEADERS.role);
    if (!activityColumn || !partyColumn || !roleColumn) continue;
    const phaseColumn = find(HEADERS.phase) || null;
    const below = sheet.rowNumbers().filter((r) => r > header);
    const filled = below.filter((r) => sheet.text(r, roleColumn));
    const coded = filled.filter((r) => readCodes(sheet.text(r, roleColumn), context)?.length);
    if (coded.length < 2 || coded.length / filled.length < 0.75) continue;

    const parties: string[] = [];
    const activities = new Map<string, { row: number; title: string; phase: string | null; codes: Map<string, Set<string>> }>();
    const skipped: Array<{ row: number; reason: string }> = [];
    let phase: string | null = null;
    for (const r of below) {
      if (phaseColumn && sheet.text(r, phaseColumn)) phase = tidy(sheet.text(r, phaseColumn));
      const title = tidy(sheet.text(r, activityColumn));
      const party = tidy(sheet.text(r, partyColumn));
      const codes = readCodes(sheet.text(r, roleColumn), context);
      if (!title || isPlaceholder(title) || !party) {
        skipped.push({ row: r, reason: !title || isPlaceholder(title) ? 'no activity' : 'no party' });
        continue;
      }
      if (!parties.includes(party)) parties.push(party);
      const key = `${phase ?? ''}\u0000${title}`;
      let activity = activities.get(key);
      if (!activity) activities.set(key, (activity = { row: r, title, phase, codes: new Map() }));
      const set = activity.codes.get(party) ?? new Set<string>();
      for (const code of codes ?? []) set.add(code);
      activity.codes.set(party, set);
    }
    if (activities.size === 0 || parties.length === 0) continue;
    const rows: DetectedRow[] = [...activities.values()].map((a) => ({
      row: a.row,
      kind: 'activity',
      title: a.title,
      description: null,
      phase: a.phase,
      codes: parties.map((p) => [...(a.codes.get(p) ?? [])]),
      notes: parties.map(() => null),
    }));
    return {
      sheet: sheet.name,
      transposed: false,
      long: true,
      headerRow: header,
      labelColumn: activityColumn,
      phaseColumn,
      parties: parties.map((name) => ({ column: partyColumn, name, group: null })),
      rows,
      skipped,
      confidence: Math.round((coded.length / filled.length) * 100) / 100,
    };
  }
  return null;
}
