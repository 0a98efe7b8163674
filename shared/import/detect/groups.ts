/**
 * Party groups from the row above the party names: a merged cell spreads over the columns it covers; an unmerged label
 * is filled rightwards until the next label (how CSV and hand-made sheets write it). One label over every party column
 * is a caption, not a group.
 */
import type { Sheet } from '../grid';
import type { MergeIndex } from './cells';
import { readCodes } from './codes';
import { clean, tidy } from './hygiene';
import { isNumbering } from './labels';

export function groupsFor(sheet: Sheet, merges: MergeIndex, header: number, columns: readonly number[]): Map<number, string> {
  const groups = new Map<number, string>();
  const above = header - 1;
  if (above < 1) return groups;
  let current = '';
  for (const c of columns) {
    const merge = merges.at(above, c);
    // A cell merged down into the header row itself (a party name over two rows) is that party's name, not a group.
    if (merge && merge[2] >= header) {
      current = '';
      continue;
    }
    const text = tidy(merge ? sheet.text(merge[0], merge[1]) : sheet.text(above, c));
    if (text) current = readCodes(clean(text))?.length || isNumbering(text) ? '' : text;
    if (current) groups.set(c, current);
  }
  if (new Set(groups.values()).size === 1 && groups.size === columns.length && columns.length > 2) return new Map();
  return groups;
}
