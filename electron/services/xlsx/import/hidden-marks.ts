/**
 * Hidden rows and columns of an .xlsx, read straight from its sanitised XML. SheetJS reads them only together with every
 * cell's style, which costs a third of the parse on a large sheet; a scan of the <row> and <col> tags costs next to
 * nothing. The result is in the workbook's sheet order (workbook.xml), the order SheetJS gives the sheets in.
 */
export interface HiddenMarks {
  readonly rows: number[];
  /** Column ranges as written (min, max), clipped to the sheet's cells by the caller. */
  readonly columns: Array<readonly [number, number]>;
}

/** One pattern per attribute name, made once: a sheet has a row tag per row. */
const ATTRIBUTES = new Map<string, RegExp>();
const attribute = (tag: string, name: string): string | undefined => {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  return pattern.exec(tag)?.[1];
};
const isTrue = (value: string | undefined) => value === '1' || value === 'true';

const LT = 0x3c;
const GT = 0x3e;
/** Whether the byte at `at` ends a name as `\b` does: not a word character (a byte of a non-ASCII one is not). */
function endsName(data: Buffer, at: number): boolean {
  const b = data[at];
  if (b === undefined) return true;
  return !((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f);
}
const named = (data: Buffer, at: number, name: string) => {
  for (let i = 0; i < name.length; i++) if (data[at + i] !== name.charCodeAt(i)) return false;
  return endsName(data, at + name.length);
};

/** What the first `/<cols\b[^>]*>([\s\S]*?)<\/cols>/` match holds; '' when there is none. */
function colsOf(data: Buffer): string {
  for (let i = data.indexOf('<cols'); i !== -1; i = data.indexOf('<cols', i + 1)) {
    if (!endsName(data, i + 5)) continue;
    // When this start has no end, no later start has one either.
    const open = data.indexOf(GT, i + 5);
    const close = open === -1 ? -1 : data.indexOf('</cols>', open + 1);
    return close === -1 ? '' : data.toString('utf8', open + 1, close);
  }
  return '';
}

/**
 * Hidden rows (1-based, in the order written) and hidden column ranges of one sheet's XML, read from its bytes: the
 * tags `/<row\b[^>]*>/g` and the first `/<cols\b[^>]*>([\s\S]*?)<\/cols>/` match are found by a memchr pass over the
 * `<`s, and only they are decoded. Decoding a 20 MB sheet to a string to run those patterns cost a tenth of a second.
 */
export function hiddenMarksOf(data: Buffer): HiddenMarks {
  const rows: number[] = [];
  let row = 0;
  for (let i = data.indexOf(LT); i !== -1;) {
    if (named(data, i + 1, 'row')) {
      const end = data.indexOf(GT, i + 4);
      if (end === -1) break; // `[^>]*>` finds no end here, nor after any later start
      const tag = data.toString('utf8', i, end + 1);
      const r = attribute(tag, 'r');
      row = r === undefined ? row + 1 : Number(r);
      if (isTrue(attribute(tag, 'hidden'))) rows.push(row);
      i = data.indexOf(LT, end + 1);
      continue;
    }
    i = data.indexOf(LT, i + 1);
  }
  const columns: Array<readonly [number, number]> = [];
  for (const match of colsOf(data).matchAll(/<col\b[^>]*>/g)) {
    const tag = match[0];
    if (!isTrue(attribute(tag, 'hidden'))) continue;
    const min = Number(attribute(tag, 'min'));
    const max = Number(attribute(tag, 'max') ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) columns.push([min, max]);
  }
  return { rows, columns };
}

/** The part each sheet of the workbook is stored in, in workbook order (undefined where it cannot be found). */
export function sheetParts(workbookXml: string, workbookRels: string): Array<string | undefined> {
  const targets = new Map<string, string>();
  for (const match of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? '';
  return [...sheets.matchAll(/<sheet\b[^>]*>/g)].map((match) => {
    // The relationship id's prefix is whatever the file bound the relationships namespace to; "r" almost always.
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(match[0])?.[1];
    return id === undefined ? undefined : targets.get(id);
  });
}

/** Hidden marks per sheet in workbook order, from the sanitised parts. */
export function workbookHiddenMarks(parts: ReadonlyMap<string, Buffer>): Array<HiddenMarks | undefined> {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  return sheetParts(workbook, rels).map((part) => {
    const xml = part === undefined ? undefined : parts.get(part);
    return xml === undefined ? undefined : hiddenMarksOf(xml);
  });
}
