/**
 * Finding the legend of a responsibility matrix wherever the client put it: "A = Accountable" in one cell, a code and
 * its meaning in two neighbouring cells, several entries in one corner cell ("R: Responsible, A: Accountable"), beside
 * or below the grid, or on another (even hidden) sheet. The legend decides what a letter means: in one real file "A" is
 * Auxiliary, not Accountable.
 */
import type { RoleKind } from '../../domain/vocabulary';
import { columnName, type Sheet } from '../grid';
import { clean } from './hygiene';
import { roleWord } from './role-words';

export interface LegendEntry {
  readonly code: string;
  readonly label: string;
  readonly kind: RoleKind;
  /** Where it was found, for the report: "Legend!B3". */
  readonly where: string;
}

const CODE = '([A-Za-z]{1,3})';
const ENTRY = new RegExp(
  `(?:^|[,;:\\n(]\\s*)${CODE}\\s*(?:=|:|–|—|-|\\u2192|\\))\\s*([^,;\\n=]{2,40}?)(?=\\s*(?:[,;\\n)]|$))`,
  'g',
);

function entriesIn(text: string): Array<{ code: string; label: string }> {
  const found: Array<{ code: string; label: string }> = [];
  for (const match of clean(text.replace(/\r?\n/g, '\n')).matchAll(ENTRY)) {
    found.push({ code: match[1]!.toUpperCase(), label: match[2]!.trim() });
  }
  // A single "A = Accountable" cell may also be written "A Accountable".
  const spaced = /^([A-Za-z]{1,3})\s+([A-Za-zÀ-ÿ-]{3,})$/.exec(clean(text));
  if (found.length === 0 && spaced && roleWord(spaced[2]!)) found.push({ code: spaced[1]!.toUpperCase(), label: spaced[2]! });
  return found;
}

export function findLegend(sheets: readonly Sheet[]): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  const add = (code: string, label: string, where: string) => {
    const role = roleWord(label) ?? roleWord(label.split(/\s+/)[0] ?? '');
    if (!role || entries.has(code)) return;
    entries.set(code, { code, label, kind: role.kind, where });
  };
  for (const sheet of sheets) {
    for (const r of sheet.rowNumbers()) {
      for (let c = 1; c <= sheet.maxColumn; c++) {
        const text = sheet.text(r, c);
        if (!text || text.length > 400) continue;
        const where = `${sheet.name}!${columnName(c)}${r}`;
        for (const { code, label } of entriesIn(text)) add(code, label, where);
        // Code in one cell, its meaning in the next one to the right.
        if (/^[A-Za-z]{1,3}$/.test(text)) {
          const next = sheet.text(r, c + 1);
          if (next && roleWord(next)) add(text.toUpperCase(), next, where);
        }
      }
    }
  }
  return [...entries.values()];
}
