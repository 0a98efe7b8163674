import { describe, expect, it } from 'vitest';
import {
  copyCells,
  parseClipboard,
  parseHtmlTable,
  parseTsv,
  planFill,
  planPaste,
  planRowsPaste,
  readRoleText,
  type CellEdit,
  type MatrixView,
} from '../shared/clipboard';
import type { Matrix, Party } from '../shared/domain/document';
import { builtinVocabulary, type Vocabulary } from '../shared/domain/vocabulary';
import { delimitedGrid } from '../shared/import/delimited';

const raci = builtinVocabulary('raci', 'en');
const oca = builtinVocabulary('oca', 'en');

const parties: Party[] = [
  { id: 'cu', name: 'Customer', group: null, kind: 'customer' },
  { id: 'pa', name: 'Partner', group: null, kind: 'partner' },
  { id: 'pr', name: 'Provider', group: null, kind: 'provider' },
];

/** A matrix from rows of role texts ("A/R", "" for none), one row per activity a1, a2, … split over two phases. */
function matrixOf(rows: string[][], vocabulary: Vocabulary = raci): Matrix {
  const activities = rows.map((cells, r) => ({
    id: `a${r + 1}`,
    title: `Activity ${r + 1}`,
    description: null,
    cells: cells.flatMap((text, c) =>
      text ? [{ partyId: parties[c]!.id, roles: text.split('/'), note: c === 0 ? 'keep me' : null }] : [],
    ),
  }));
  const half = Math.ceil(activities.length / 2);
  return {
    id: 'm',
    title: 'Matrix',
    vocabularyId: vocabulary.id,
    partyIds: parties.map((p) => p.id),
    phases: [
      { id: 'p1', title: 'Phase 1', activities: activities.slice(0, half) },
      { id: 'p2', title: 'Phase 2', activities: activities.slice(half) },
    ],
  };
}

function viewOf(matrix: Matrix, vocabulary: Vocabulary = raci): MatrixView {
  return {
    matrix,
    vocabulary,
    activityIds: matrix.phases.flatMap((p) => p.activities.map((a) => a.id)),
    partyIds: matrix.partyIds,
  };
}

/** The matrix after the edits, as rows of role texts: what the grid would show. */
function apply(matrix: Matrix, edits: readonly CellEdit[]): string[][] {
  return matrix.phases.flatMap((p) =>
    p.activities.map((a) =>
      matrix.partyIds.map((partyId) => {
        const edit = edits.filter((e) => e.activityId === a.id && e.partyId === partyId).at(-1);
        return (edit ? edit.roles : (a.cells.find((c) => c.partyId === partyId)?.roles ?? [])).join('/');
      }),
    ),
  );
}

const empty = (rows: number) => matrixOf(Array.from({ length: rows }, () => ['', '', '']));

describe('reading TSV the way Excel writes it', () => {
  it('splits on tabs and CRLF, and a line end after the last row makes no extra row', () => {
    expect(parseTsv('A/R\tC\r\nI\t\r\n')).toEqual([
      ['A/R', 'C'],
      ['I', ''],
    ]);
    expect(parseTsv('A\nR')).toEqual([['A'], ['R']]);
    expect(parseTsv('A/R\r\n')).toEqual([['A/R']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps empty rows and cells inside the copied block, padded to a rectangle', () => {
    expect(parseTsv('A\t\tR\r\n\r\nC\r\n')).toEqual([
      ['A', '', 'R'],
      ['', '', ''],
      ['C', '', ''],
    ]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes', () => {
    const text = '"Plan\nand build"\tA/R\r\n"say ""hi"""\t"tab\there"\r\n';
    expect(parseTsv(text)).toEqual([
      ['Plan\nand build', 'A/R'],
      ['say "hi"', 'tab\there'],
    ]);
  });

  it('takes a quote that never closes as a plain character instead of refusing the text', () => {
    expect(parseTsv('"A\tR\r\nC\tI\r\n')).toEqual([
      ['"A', 'R'],
      ['C', 'I'],
    ]);
  });

  it('mixes CRLF and LF rows on the clipboard, unlike a file', () => {
    expect(parseTsv('A\r\nR\nC\r\n')).toEqual([['A'], ['R'], ['C']]);
    // A file keeps the first line end it sees, as the import always did.
    const rows = delimitedGrid('a\tb\r\nc\nd\r\n', 'f').sheets[0]!.rows;
    expect(rows.map(([r, cells]) => [r, cells.map(([, t]) => t)])).toEqual([
      [1, ['a', 'b']],
      [2, ['c\nd']],
    ]);
  });

  it("reaches the renderer through csv-parse's browser build, which does not need Node's Buffer", async () => {
    // Node uses csv-parse's default entry (faster); vite.config.ts swaps in the browser build for the page.
    const { default: config } = await import('../vite.config');
    const alias = (config as { resolve: { alias: Record<string, string> } }).resolve.alias;
    expect(alias['csv-parse/sync']).toBe('csv-parse/browser/esm/sync');
    const browser = await import('csv-parse/browser/esm/sync');
    const saved = globalThis.Buffer;
    // @ts-expect-error -- removed on purpose, as in a browser page
    delete globalThis.Buffer;
    try {
      expect(browser.parse('A\tR\r\n', { delimiter: '\t' })).toEqual([['A', 'R']]);
    } finally {
      globalThis.Buffer = saved;
    }
    expect(parseTsv('A\tR\r\n')).toEqual([['A', 'R']]);
    expect(delimitedGrid('x;y\n1;2\n', 'f').sheets[0]!.rows.length).toBe(2);
  });
});

// What Excel 365 on Windows puts on the clipboard as HTML, with the CF_HTML header some readers leave in place.
const EXCEL_HTML = `Version:0.9\r
StartHTML:0000000105\r
EndHTML:0000002513\r
StartFragment:0000002067\r
EndFragment:0000002473\r
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="file:///C:/Users/kim/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.75in .7in .75in .7in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;}
td
	{padding-top:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:Calibri, sans-serif;
	mso-number-format:General;
	white-space:nowrap;}
.xl65
	{mso-number-format:"\\@";
	white-space:normal;}
-->
</style>
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=192 style='border-collapse:
 collapse;width:144pt'>
<!--StartFragment-->
 <col width=64 span=3 style='width:48pt'>
 <tr height=20 style='height:15.0pt'>
  <td height=20 width=64 style='height:15.0pt;width:48pt'>A/R</td>
  <td width=64 style='width:48pt'>C</td>
  <td width=64 style='width:48pt'></td>
 </tr>
 <tr height=40 style='height:30.0pt'>
  <td height=40 class=xl65 style='height:30.0pt'>I</td>
  <td class=xl65 width=64 style='width:48pt'>Plan<br style='mso-data-placement:same-cell' />and build</td>
  <td>&nbsp;</td>
 </tr>
 <tr height=20 style='height:15.0pt'>
  <td height=20 style='height:15.0pt'></td>
  <td></td>
  <td></td>
 </tr>
<!--EndFragment-->
</table>

</body>

</html>
`;

const WEB_HTML = `<meta charset="utf-8"><p>Who does what:</p>
<table class="raci">
  <thead><tr><th>Activity</th><th>Customer</th><th>Partner</th></tr></thead>
  <tbody>
    <tr><td><b>Plan</b></td><td>A</td><td><span class="role">R</span></td></tr>
    <tr><td colspan="2">Merged</td><td>C, I</td></tr>
    <tr><td rowspan="2">Tall</td><td>R &amp; A</td><td></td></tr>
    <tr><td>I</td><td>A</td></tr>
  </tbody>
</table>
<table><tr><td>a second table is not pasted</td></tr></table>`;

describe('reading HTML tables', () => {
  it("reads Excel's HTML: styles, <col>, mso attributes, &nbsp; and in-cell line breaks, empty rows kept", () => {
    expect(parseHtmlTable(EXCEL_HTML)).toEqual([
      ['A/R', 'C', ''],
      ['I', 'Plan\nand build', ''],
      ['', '', ''],
    ]);
  });

  it('reads a web page table: header cells, inline tags, entities, colspan and rowspan in place', () => {
    expect(parseHtmlTable(WEB_HTML)).toEqual([
      ['Activity', 'Customer', 'Partner'],
      ['Plan', 'A', 'R'],
      ['Merged', '', 'C, I'],
      ['Tall', 'R & A', ''],
      ['', 'I', 'A'],
    ]);
  });

  it('prefers the HTML table to the text, and falls back to the text without one', () => {
    expect(parseClipboard({ text: 'X\tY\r\n', html: EXCEL_HTML })[0]).toEqual(['A/R', 'C', '']);
    expect(parseClipboard({ text: 'A\tR\r\n', html: '<p>just a <b>paragraph</b></p>' })).toEqual([['A', 'R']]);
    expect(parseClipboard({ text: 'A\tR\r\n', html: '' })).toEqual([['A', 'R']]);
    expect(parseClipboard({})).toEqual([]);
  });

  it('refuses a clipboard too large to paste, unless the text can stand in for the HTML', () => {
    const huge = `<table>${'<tr><td colspan="100">x</td></tr>'.repeat(2_001)}</table>`;
    expect(() => parseClipboard({ html: huge })).toThrow(/more than 200000 cells/);
    expect(parseClipboard({ html: huge, text: 'A\r\n' })).toEqual([['A']]);
    expect(() => parseTsv('A\t'.repeat(300_000))).toThrow(/more than 200000 cells/);
  });
});

describe('reading role texts', () => {
  it('reads codes, combinations, labels in any language, and the apostrophe our copy adds', () => {
    expect(readRoleText('A/R', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(readRoleText(' a, r ', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(readRoleText('Accountable', raci)).toEqual({ roles: ['A'], unknown: [] });
    expect(readRoleText('Ansvarig / Utförande', raci)).toEqual({ roles: ['R', 'A'], unknown: [] });
    expect(readRoleText('geïnformeerd', raci)).toEqual({ roles: ['I'], unknown: [] });
    expect(readRoleText('Owner', oca)).toEqual({ roles: ['O'], unknown: [] });
    expect(readRoleText('', raci)).toEqual({ roles: [], unknown: [] });
    expect(readRoleText('Maybe', raci)).toEqual({ roles: [], unknown: ['Maybe'] });
  });
});

describe('pasting', () => {
  it('pastes a block at the anchor, reading texts and clearing empty cells, without touching notes', () => {
    const matrix = matrixOf([
      ['R', 'C', 'I'],
      ['A', '', ''],
      ['', '', ''],
    ]);
    const plan = planPaste(viewOf(matrix), { row: 0, column: 1 }, [
      ['A/R', ''],
      ['Consulted', 'i'],
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.clipped).toBe(0);
    expect(plan.range).toEqual({ top: 0, left: 1, bottom: 1, right: 2 });
    expect(plan.edits).toEqual([
      { activityId: 'a1', partyId: 'pa', roles: ['R', 'A'] },
      { activityId: 'a1', partyId: 'pr', roles: [] },
      { activityId: 'a2', partyId: 'pa', roles: ['C'] },
      { activityId: 'a2', partyId: 'pr', roles: ['I'] },
    ]);
    expect(plan.edits.every((e) => !('note' in e))).toBe(true);
  });

  it('leaves out cells that already hold the pasted roles', () => {
    const matrix = matrixOf([['R/A', 'C', '']]);
    expect(planPaste(viewOf(matrix), { row: 0, column: 0 }, [['a/r', 'C', 'I']]).edits).toEqual([
      { activityId: 'a1', partyId: 'pr', roles: ['I'] },
    ]);
  });

  it('pastes where the user sees the cells when rows and columns are shown in another order', () => {
    const matrix = empty(3);
    const view = { ...viewOf(matrix), activityIds: ['a3', 'a1', 'a2'], partyIds: ['pr', 'cu', 'pa'] };
    expect(planPaste(view, { row: 0, column: 0 }, [['A', 'R']]).edits).toEqual([
      { activityId: 'a3', partyId: 'pr', roles: ['A'] },
      { activityId: 'a3', partyId: 'cu', roles: ['R'] },
    ]);
  });

  it('tiles the block over a selection that is a whole multiple of it', () => {
    const matrix = empty(4);
    const one = planPaste(viewOf(matrix), { top: 0, left: 0, bottom: 3, right: 1 }, [['I']]);
    expect(apply(matrix, one.edits)).toEqual([
      ['I', 'I', ''],
      ['I', 'I', ''],
      ['I', 'I', ''],
      ['I', 'I', ''],
    ]);
    const block = planPaste(viewOf(matrix), { top: 0, left: 0, bottom: 3, right: 2 }, [
      ['A', 'R', 'C'],
      ['I', '', 'R'],
    ]);
    expect(block.range).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
    expect(apply(matrix, block.edits)).toEqual([
      ['A', 'R', 'C'],
      ['I', '', 'R'],
      ['A', 'R', 'C'],
      ['I', '', 'R'],
    ]);
  });

  it('pastes the block once at the top-left when the selection is not a multiple of it', () => {
    const matrix = empty(4);
    const plan = planPaste(viewOf(matrix), { top: 1, left: 0, bottom: 3, right: 2 }, [
      ['A', 'R'],
      ['C', 'I'],
    ]);
    expect(plan.range).toEqual({ top: 1, left: 0, bottom: 2, right: 1 });
    expect(apply(matrix, plan.edits)).toEqual([
      ['', '', ''],
      ['A', 'R', ''],
      ['C', 'I', ''],
      ['', '', ''],
    ]);
  });

  it('clips the block at the grid edge and says how many cells were left out', () => {
    const matrix = empty(3);
    const plan = planPaste(viewOf(matrix), { row: 2, column: 1 }, [
      ['A', 'R', 'C'],
      ['I', 'I', 'I'],
      ['R', 'R', 'R'],
    ]);
    expect(plan.range).toEqual({ top: 2, left: 1, bottom: 2, right: 2 });
    expect(plan.clipped).toBe(7);
    expect(apply(matrix, plan.edits)).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', 'A', 'R'],
    ]);
    const off = planPaste(viewOf(matrix), { row: 5, column: 0 }, [['A', 'R']]);
    expect(off).toEqual({ edits: [], problems: [], clipped: 2, range: null });
  });

  it('reports text that is not a role, with its place, and pastes the rest', () => {
    const matrix = empty(2);
    const plan = planPaste(viewOf(matrix), { row: 0, column: 0 }, [
      ['A', 'TBD'],
      ['R/X', 'Informed'],
    ]);
    expect(plan.problems).toEqual([
      { row: 0, column: 1, activityId: 'a1', partyId: 'pa', text: 'TBD', reason: 'unknown-role', unknown: ['TBD'] },
      { row: 1, column: 0, activityId: 'a2', partyId: 'cu', text: 'R/X', reason: 'unknown-role', unknown: ['X'] },
    ]);
    expect(apply(matrix, plan.edits)).toEqual([
      ['A', '', ''],
      ['', 'I', ''],
    ]);
  });

  it('reports combinations in a vocabulary with one role per cell', () => {
    const matrix = matrixOf([['', '', '']], oca);
    const plan = planPaste(viewOf(matrix, oca), { row: 0, column: 0 }, [['O/C', 'Contributor', 'R']]);
    expect(plan.problems.map((p) => [p.column, p.reason])).toEqual([
      [0, 'not-combinable'],
      [2, 'unknown-role'],
    ]);
    expect(plan.edits).toEqual([{ activityId: 'a1', partyId: 'pa', roles: ['C'] }]);
  });
});

describe('pasting rows by title', () => {
  const options = { onTitles: true, parties };
  const titled = (titles: string[]) => {
    const matrix = empty(titles.length);
    matrix.phases.forEach((p) => p.activities.forEach((a) => (a.title = titles[Number(a.id.slice(1)) - 1]!)));
    return matrix;
  };

  it('offers rows with new titles as new activities in paste order, and updates existing ones by title', () => {
    const matrix = titled(['Kick-off', 'Geïnformeerd overleg']);
    // Excel's table: new titles, an existing one in other case, spacing and Unicode composition, roles as codes or names.
    const grid = parseClipboard({
      text: '  Design review \tR\tA/R\t\r\nGEI\u0308NFORMEERD   overleg\tC\t\tI\r\nRun book\tResponsible\t\tA\r\n',
    });
    const plan = planRowsPaste(viewOf(matrix), grid, options)!;
    expect(plan.newActivities).toEqual([
      {
        title: 'Design review',
        cells: [
          { partyId: 'cu', roles: ['R'] },
          { partyId: 'pa', roles: ['R', 'A'] },
        ],
      },
      {
        title: 'Run book',
        cells: [
          { partyId: 'cu', roles: ['R'] },
          { partyId: 'pr', roles: ['A'] },
        ],
      },
    ]);
    // By title, not by position: the second pasted row is the matrix's second activity.
    expect(plan.edits).toEqual([
      { activityId: 'a2', partyId: 'cu', roles: ['C'] },
      { activityId: 'a2', partyId: 'pr', roles: ['I'] },
    ]);
    expect(plan).toMatchObject({ problems: [], header: false, ignoredColumns: [], clipped: 0, untitled: 0 });
  });

  it("reads the same table from Excel's HTML", () => {
    const html =
      '<table><tr><td>Design review</td><td>R</td><td>A/R</td><td></td></tr>' +
      '<tr><td>Build&nbsp;pipeline</td><td></td><td>Responsible</td><td>A</td></tr></table>';
    const plan = planRowsPaste(viewOf(empty(1)), parseClipboard({ html, text: 'ignored' }), { ...options, onTitles: false })!;
    expect(plan.newActivities.map((a) => [a.title, a.cells.map((c) => `${c.partyId}:${c.roles.join('/')}`)])).toEqual([
      ['Design review', ['cu:R', 'pa:R/A']],
      ['Build pipeline', ['pa:R', 'pr:A']],
    ]);
  });

  it('skips a header row naming the parties and maps its columns to them, in any order', () => {
    const matrix = titled(['Kick-off']);
    const plan = planRowsPaste(
      viewOf(matrix),
      [
        ['Activity', 'provider', 'Budget', 'Customer'],
        ['Kick-off', 'A', '10k', 'R'],
        ['Handover', '', '5k', 'I'],
      ],
      { ...options, onTitles: false },
    )!;
    expect(plan).toMatchObject({ header: true, ignoredColumns: ['Budget'], clipped: 0 });
    expect(plan.edits).toEqual([
      { activityId: 'a1', partyId: 'pr', roles: ['A'] },
      { activityId: 'a1', partyId: 'cu', roles: ['R'] },
    ]);
    expect(plan.newActivities).toEqual([{ title: 'Handover', cells: [{ partyId: 'cu', roles: ['I'] }] }]);
    // A header naming a party over the first column: no title column, so the block pastes by position.
    expect(
      planRowsPaste(
        viewOf(matrix),
        [
          ['Customer', 'Partner'],
          ['R', 'A'],
        ],
        options,
      ),
    ).toBeNull();
    // A row whose title is a party's name but whose other cells are roles is data, not a header.
    expect(planRowsPaste(viewOf(matrix), [['Customer', 'R', 'A']], options)!.newActivities).toEqual([
      {
        title: 'Customer',
        cells: [
          { partyId: 'cu', roles: ['R'] },
          { partyId: 'pa', roles: ['A'] },
        ],
      },
    ]);
  });

  it('tells titles from role text away from the title column', () => {
    const view = viewOf(empty(2));
    const elsewhere = { ...options, onTitles: false };
    expect(planRowsPaste(view, [['Design', 'R', 'A']], elsewhere)?.newActivities).toHaveLength(1);
    // Roles only, the codes of another vocabulary, or titles with nothing that reads as roles: pasted by position.
    expect(
      planRowsPaste(
        view,
        [
          ['A', 'R'],
          ['C', 'I'],
        ],
        elsewhere,
      ),
    ).toBeNull();
    expect(
      planRowsPaste(
        view,
        [
          ['O', 'R'],
          ['S/R', 'A'],
        ],
        elsewhere,
      ),
    ).toBeNull();
    expect(
      planRowsPaste(
        view,
        [
          ['Design', 'maybe'],
          ['Build', 'later'],
        ],
        elsewhere,
      ),
    ).toBeNull();
    expect(planRowsPaste(view, [['Design'], ['Build']], elsewhere)).toBeNull();
    // On the title column a plain list of titles is enough, while a block of roles still pastes by position.
    expect(planRowsPaste(view, [['Design'], ['Build']], options)?.newActivities).toEqual([
      { title: 'Design', cells: [] },
      { title: 'Build', cells: [] },
    ]);
    expect(planRowsPaste(view, [['A', 'R']], options)).toBeNull();
  });

  it('reports unreadable cells, rows without a title and cells beyond the last party; a title pasted twice is one activity', () => {
    const plan = planRowsPaste(
      viewOf(titled(['Kick-off'])),
      [
        ['Design', 'R', 'TBD', 'A', 'extra'],
        ['', 'A', '', '', ''],
        ['', '', '', '', ''],
        ['design', 'C', 'I', '', ''],
        ['Kick-off', 'Maybe', '', '', ''],
        ["'=Budget", 'A', '', '', ''],
      ],
      options,
    )!;
    expect(plan.problems).toEqual([
      { title: 'Design', activityId: null, partyId: 'pa', text: 'TBD', reason: 'unknown-role', unknown: ['TBD'] },
      { title: 'Kick-off', activityId: 'a1', partyId: 'cu', text: 'Maybe', reason: 'unknown-role', unknown: ['Maybe'] },
    ]);
    expect(plan).toMatchObject({ untitled: 1, clipped: 1, edits: [] });
    // The later row wins cell by cell and the first spelling stays; our copy's formula apostrophe is taken off.
    expect(plan.newActivities).toEqual([
      {
        title: 'Design',
        cells: [
          { partyId: 'cu', roles: ['C'] },
          { partyId: 'pa', roles: ['I'] },
        ],
      },
      { title: '=Budget', cells: [{ partyId: 'cu', roles: ['A'] }] },
    ]);
  });
});

describe('copying', () => {
  const source = matrixOf([
    ['R/A', 'C', ''],
    ['', 'I', 'R'],
    ['A', '', 'C/I'],
  ]);

  it('writes TSV as the grid shows the roles, and an HTML table of the same cells', () => {
    const copied = copyCells(viewOf(source), { top: 0, left: 0, bottom: 1, right: 2 });
    expect(copied.text).toBe('R/A\tC\t\r\n\tI\tR\r\n');
    expect(copied.html).toBe(
      '<meta charset="utf-8"><table><tbody><tr><td>R/A</td><td>C</td><td></td></tr><tr><td></td><td>I</td><td>R</td></tr></tbody></table>',
    );
  });

  it('adds party names and activity titles only when asked', () => {
    const copied = copyCells(viewOf(source), { top: 1, left: 1, bottom: 2, right: 2 }, { headers: true, parties });
    expect(parseTsv(copied.text)).toEqual([
      ['', 'Partner', 'Provider'],
      ['Activity 2', 'I', 'R'],
      ['Activity 3', '', 'C/I'],
    ]);
    expect(parseHtmlTable(copied.html)).toEqual(parseTsv(copied.text));
    expect(copied.html).toContain('<th>Partner</th>');
  });

  for (const format of ['text', 'html'] as const) {
    it(`round-trips through ${format === 'text' ? 'TSV' : 'HTML'}: copy, parse and paste give the same cells`, () => {
      const copied = copyCells(viewOf(source), { top: 0, left: 0, bottom: 2, right: 2 });
      const target = empty(5);
      const plan = planPaste(viewOf(target), { row: 2, column: 0 }, parseClipboard({ [format]: copied[format] }));
      expect(plan.problems).toEqual([]);
      expect(apply(target, plan.edits).slice(2)).toEqual(apply(source, []));
    });
  }

  it('neutralises text a spreadsheet would run as a formula, in TSV and in HTML, and reads it back', () => {
    // A custom vocabulary may use any short code, even one that starts like a formula.
    const odd: Vocabulary = { ...raci, id: 'odd', roles: [{ ...raci.roles[0]!, code: '=R' }, ...raci.roles.slice(1)] };
    const matrix = matrixOf([['=R', 'A', '']], odd);
    matrix.phases[0]!.activities[0]!.title = '@SUM(A1:A9)';
    const evil: Party[] = [{ ...parties[0]!, name: '=HYPERLINK("http://x","<b>")' }, parties[1]!, parties[2]!];
    const copied = copyCells(viewOf(matrix, odd), { top: 0, left: 0, bottom: 0, right: 1 }, { headers: true, parties: evil });

    const cells = parseTsv(copied.text).flat();
    expect(cells).toContain('\'=HYPERLINK("http://x","<b>")');
    expect(cells).toContain("'@SUM(A1:A9)");
    expect(cells).toContain("'=R");
    expect(cells.every((c) => !/^[=+\-@\t\r]/.test(c))).toBe(true);

    expect(copied.html).toContain('<th>&#39;=HYPERLINK(&quot;http://x&quot;,&quot;&lt;b&gt;&quot;)</th>');
    expect(copied.html).toContain('<th>&#39;@SUM(A1:A9)</th>');
    expect(copied.html).toContain('<td>&#39;=R</td>');
    expect(copied.html).not.toMatch(/<t[dh]>[=+\-@]/);
    expect(copied.html).not.toContain('<b>');

    const back = copyCells(viewOf(matrix, odd), { top: 0, left: 0, bottom: 0, right: 1 });
    const plan = planPaste(viewOf(matrixOf([['', '', '']], odd), odd), { row: 0, column: 0 }, parseClipboard(back));
    expect(plan.problems).toEqual([]);
    expect(plan.edits.map((e) => e.roles)).toEqual([['=R'], ['A']]);
  });

  it('writes cells holding a tab, line break or quote the way Excel does', () => {
    const custom: Vocabulary = { ...raci, id: 'q', roles: [{ ...raci.roles[0]!, code: 'R"1' }, ...raci.roles.slice(1)] };
    const copied = copyCells(viewOf(matrixOf([['R"1', '', '']], custom), custom), { top: 0, left: 0, bottom: 0, right: 0 });
    expect(copied.text).toBe('"R""1"\r\n');
  });
});

describe('filling', () => {
  const matrix = matrixOf([
    ['A', 'R', ''],
    ['', 'A', 'C'],
    ['I', '', ''],
  ]);

  it('fills the range with its first cell, leaving out cells that already hold it', () => {
    const edits = planFill(viewOf(matrix), { top: 0, left: 0, bottom: 2, right: 1 });
    expect(apply(matrix, edits)).toEqual([
      ['A', 'A', ''],
      ['A', 'A', 'C'],
      ['A', 'A', ''],
    ]);
    expect(edits).toHaveLength(4);
    expect(edits).not.toContainEqual({ activityId: 'a1', partyId: 'cu', roles: ['A'] });
  });

  it('fills from another cell of the range, or down and right like Ctrl+D and Ctrl+R', () => {
    const range = { top: 0, left: 0, bottom: 2, right: 2 };
    expect(apply(matrix, planFill(viewOf(matrix), range, { from: { row: 1, column: 2 } }))).toEqual([
      ['C', 'C', 'C'],
      ['C', 'C', 'C'],
      ['C', 'C', 'C'],
    ]);
    expect(apply(matrix, planFill(viewOf(matrix), range, { direction: 'down' }))).toEqual([
      ['A', 'R', ''],
      ['A', 'R', ''],
      ['A', 'R', ''],
    ]);
    expect(apply(matrix, planFill(viewOf(matrix), range, { direction: 'right' }))).toEqual([
      ['A', 'A', 'A'],
      ['', '', ''],
      ['I', 'I', 'I'],
    ]);
    expect(() => planFill(viewOf(matrix), range, { from: { row: 5, column: 0 } })).toThrow(/must lie in the range/);
  });
});
