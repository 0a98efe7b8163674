/**
 * HTML tables (what a browser or Word puts on the clipboard, and tables like those in the seed documents) as a grid:
 * colspan and rowspan become merged ranges, so section rows and grouped cells mean what they meant in the table.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { SheetGrid, WorkbookGrid } from './grid';

const MAX_CELLS = 200_000;

function textOf(cell: HTMLElement): string {
  // Line breaks separate a title from its remarks; keep them as new lines. Excel writes them with attributes
  // (<br style="mso-data-placement:same-cell">). The parser's `text` then drops the other tags and decodes every
  // entity (&nbsp;, &#160;, &eacute;, …); no-break spaces become plain ones.
  const withBreaks = cell.innerHTML.replace(/<br\b[^>]*>/gi, '\n');
  return parse(`<div>${withBreaks}</div>`)
    .text.replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

function tableGrid(table: HTMLElement, name: string): SheetGrid {
  const cells = new Map<number, Map<number, string>>();
  const taken = new Set<string>();
  const merges: Array<[number, number, number, number]> = [];
  let count = 0;
  table.querySelectorAll('tr').forEach((tr, index) => {
    const r = index + 1;
    let c = 1;
    for (const cell of tr.childNodes.filter(
      (n): n is HTMLElement => (n as HTMLElement).tagName === 'TD' || (n as HTMLElement).tagName === 'TH',
    )) {
      while (taken.has(`${r}:${c}`)) c++;
      const colspan = Math.min(Math.max(Number(cell.getAttribute('colspan') ?? 1) || 1, 1), 100);
      const rowspan = Math.min(Math.max(Number(cell.getAttribute('rowspan') ?? 1) || 1, 1), 1000);
      const text = textOf(cell);
      if (text && ++count <= MAX_CELLS) {
        const row = cells.get(r) ?? new Map<number, string>();
        row.set(c, text);
        cells.set(r, row);
      }
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      if (colspan > 1 || rowspan > 1) merges.push([r, c, r + rowspan - 1, c + colspan - 1]);
      c += colspan;
    }
  });
  return {
    name,
    state: 'visible',
    rows: [...cells].sort((a, b) => a[0] - b[0]).map(([r, row]) => [r, [...row].sort((a, b) => a[0] - b[0])] as const),
    merges,
    hiddenRows: [],
    hiddenColumns: [],
    notes: [],
  };
}

/** Every <table> in the HTML, as one sheet each ("Table 1", "Table 2", …). */
export function htmlGrid(html: string): WorkbookGrid {
  const root = parse(html);
  return { sheets: root.querySelectorAll('table').map((table, i) => tableGrid(table, `Table ${i + 1}`)) };
}
