/**
 * What is on the clipboard, as a rectangle of cell texts. Excel puts both TSV text and an HTML table there; a web page
 * puts HTML (and text in which table cells are not reliably tab-separated). The HTML table is preferred because it
 * keeps cell boundaries whatever the cells contain; the TSV text is read the way Excel writes it.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { EngagebookError } from '../domain/errors';
import { delimitedRecords } from '../import/delimited';
import { htmlGrid } from '../import/html';

export interface ClipboardData {
  /** `text/plain`: TSV from a spreadsheet, or any text. */
  readonly text?: string | undefined;
  /** `text/html`: used when it holds a <table>. */
  readonly html?: string | undefined;
}

/**
 * More cells than any paste needs; it bounds what a hostile clipboard can make us allocate. HTML stays below the
 * 200,000 text cells shared/import/html.ts reads, so a big table is never cut short silently.
 */
export const MAX_CLIPBOARD_CELLS = 200_000;

function tooLarge(): EngagebookError {
  return new EngagebookError('invalid-argument', `the clipboard holds more than ${MAX_CLIPBOARD_CELLS} cells`);
}

/** Pads every row to the longest one, so callers can index any cell of the rectangle. */
function rectangle(rows: string[][]): string[][] {
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}

/**
 * Excel's TSV: tab between cells, CRLF after every row (the last too), and a cell holding a line break, tab or quote
 * written in quotes with its quotes doubled. A cell that merely starts with a quote is written bare, so text whose
 * quotes never close is read again with quotes as plain characters rather than refused.
 */
export function parseTsv(text: string): string[][] {
  let cells = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === '\t' || text[i] === '\n') cells++;
  if (cells > MAX_CLIPBOARD_CELLS * 2) throw tooLarge();
  let records: string[][];
  try {
    records = delimitedRecords(text, { delimiter: '\t', anyLineEnding: true });
  } catch {
    records = delimitedRecords(text, { delimiter: '\t', anyLineEnding: true, quotes: false });
  }
  const grid = rectangle(records);
  if (grid.length * (grid[0]?.length ?? 0) > MAX_CLIPBOARD_CELLS) throw tooLarge();
  return grid;
}

// Colspans the way shared/import/html.ts clamps them, so the width we count matches the cells it places.
function colspan(cell: HTMLElement): number {
  return Math.min(Math.max(Number(cell.getAttribute('colspan') ?? 1) || 1, 1), 100);
}

/**
 * The first <table> in the HTML as a rectangle, or null when there is none (or it has no rows). A merged cell's text
 * stands in its top-left cell and the cells it covers are empty, as when Excel pastes a merged range.
 */
export function parseHtmlTable(html: string): string[][] | null {
  const table = parse(html).querySelector('table');
  if (!table) return null;
  // Empty cells and rows are part of what was copied, yet html.ts lists only cells with text: count them here.
  const trs = table.querySelectorAll('tr');
  const height = trs.length;
  let width = 0;
  for (const tr of trs) {
    const cells = tr.childNodes.filter(
      (n): n is HTMLElement => (n as HTMLElement).tagName === 'TD' || (n as HTMLElement).tagName === 'TH',
    );
    width = Math.max(
      width,
      cells.reduce((sum, cell) => sum + colspan(cell), 0),
    );
  }
  // Checked before html.ts lays the table out, which is the costly part for a huge one.
  if (height * width > MAX_CLIPBOARD_CELLS) throw tooLarge();
  const sheet = htmlGrid(html).sheets[0];
  if (!sheet) return null;
  // A row pushed right by a rowspan from above can reach further than its own cells add up to.
  for (const [, cells] of sheet.rows) for (const [c] of cells) width = Math.max(width, c);
  for (const [, , , right] of sheet.merges) width = Math.max(width, right);
  if (height === 0 || width === 0) return null;
  if (height * width > MAX_CLIPBOARD_CELLS) throw tooLarge();
  const grid = Array.from({ length: height }, () => Array<string>(width).fill(''));
  for (const [r, cells] of sheet.rows) for (const [c, text] of cells) if (r <= height) grid[r - 1]![c - 1] = text;
  return grid;
}

/**
 * The clipboard as a rectangle of cell texts: the first HTML table when there is one, else the text as TSV; [] when
 * both are empty. A clipboard too large to paste throws an EngagebookError ('invalid-argument'), unless the HTML is
 * the large part and the text can stand in for it.
 */
export function parseClipboard(data: ClipboardData): string[][] {
  if (data.html && /<table[\s>]/i.test(data.html)) {
    try {
      const grid = parseHtmlTable(data.html);
      if (grid) return grid;
    } catch (error) {
      if (!(error instanceof EngagebookError) || !data.text) throw error;
    }
  }
  return data.text ? parseTsv(data.text) : [];
}
