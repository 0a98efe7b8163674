/**
 * Copying cells: TSV for spreadsheets and plain-text editors, and an HTML table for Word, mail and web editors (Excel
 * reads either). Every cell text goes through escapeFormula, since a pasted "=…" or "@…" would otherwise run in the
 * spreadsheet; readRoleText (and so planPaste) drops that apostrophe when the cells come back to us.
 */
import type { Party } from '../domain/document';
import { escapeFormula } from './formula';
import { clampRange, roleText, ViewCells, type CellRange, type MatrixView } from './view';

export interface CopiedCells {
  /** For `text/plain`. */
  readonly text: string;
  /** For `text/html`. */
  readonly html: string;
}

export type CopyOptions =
  /** Just the cells: what pastes back into a grid. */
  | { readonly headers?: false }
  /** A header row of party names and a first column of activity titles, for pasting into a document. */
  | { readonly headers: true; readonly parties: readonly Party[] };

// Excel's own rule for its clipboard text: a cell with a line break, tab or quote goes in quotes, quotes doubled.
function tsvField(text: string): string {
  const safe = escapeFormula(text);
  return /[\t\r\n"]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function htmlText(text: string): string {
  return (
    escapeFormula(text)
      .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!)
      // A plain <br> would start a new row in Excel; this is how Excel itself marks a line break inside a cell.
      .replace(/\r\n|\r|\n/g, '<br style="mso-data-placement:same-cell">')
  );
}

/** The cells of `range` (clamped to the grid) as TSV and an HTML table; both empty when the range is off the grid. */
export function copyCells(view: MatrixView, range: CellRange, options: CopyOptions = {}): CopiedCells {
  const clamped = clampRange(view, range);
  if (!clamped) return { text: '', html: '' };
  const cells = new ViewCells(view);
  const names = new Map(options.headers ? options.parties.map((p) => [p.id, p.name]) : []);
  const columns: number[] = [];
  for (let column = clamped.left; column <= clamped.right; column++) columns.push(column);

  const rows: Array<{ header: string | null; cells: string[] }> = [];
  if (options.headers) rows.push({ header: '', cells: columns.map((c) => names.get(cells.partyId(c)) ?? cells.partyId(c)) });
  for (let row = clamped.top; row <= clamped.bottom; row++) {
    rows.push({
      header: options.headers ? cells.activity(row).title : null,
      cells: columns.map((column) => roleText(cells.roles(row, column))),
    });
  }

  // CRLF after every row, the last too: what Excel writes, and what it expects back.
  const text = rows.map((r) => [...(r.header === null ? [] : [r.header]), ...r.cells].map(tsvField).join('\t') + '\r\n').join('');
  const htmlRows = rows.map((r, i) => {
    const isHeaderRow = options.headers && i === 0;
    const first = r.header === null ? '' : `<th>${htmlText(r.header)}</th>`;
    return `<tr>${first}${r.cells.map((c) => (isHeaderRow ? `<th>${htmlText(c)}</th>` : `<td>${htmlText(c)}</td>`)).join('')}</tr>`;
  });
  // The charset keeps names like "Geïnformeerd" intact where the receiver would otherwise guess the encoding.
  const html = `<meta charset="utf-8"><table><tbody>${htmlRows.join('')}</tbody></table>`;
  return { text, html };
}
