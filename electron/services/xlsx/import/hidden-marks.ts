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

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const isTrue = (value: string | undefined) => value === '1' || value === 'true';

/** Hidden rows (1-based, in the order written) and hidden column ranges of one sheet's XML. */
export function hiddenMarksOf(xml: string): HiddenMarks {
  const rows: number[] = [];
  let row = 0;
  for (const match of xml.matchAll(/<row\b[^>]*>/g)) {
    const tag = match[0];
    const r = attribute(tag, 'r');
    row = r === undefined ? row + 1 : Number(r);
    if (isTrue(attribute(tag, 'hidden'))) rows.push(row);
  }
  const columns: Array<readonly [number, number]> = [];
  const cols = /<cols\b[^>]*>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? '';
  for (const match of cols.matchAll(/<col\b[^>]*>/g)) {
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
    return xml === undefined ? undefined : hiddenMarksOf(xml.toString('utf8'));
  });
}
