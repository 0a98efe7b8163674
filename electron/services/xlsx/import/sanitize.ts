/**
 * Makes the XML parts of an untrusted workbook safe and cheap to parse, or refuses them:
 * - a document type declaration (the door to entity expansion, "billion laughs", and external entities) is refused:
 *   Excel never writes one;
 * - data validations, conditional formats and extension lists are removed: the importer needs none of them, and a
 *   whole-column validation alone makes exceljs expand a million cells;
 * - a sheet with more rows than the limit, or a workbook with more cells, is refused before it is parsed.
 */
import { isUtf8 } from 'node:buffer';
import { EngagebookError } from '../../../../shared/domain/errors';
import { IMPORT_LIMITS } from './limits';
import { headText, scanXml, withoutElements, withoutEmptyElements } from './xml-bytes';

const PREFIXED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*):(workbook|worksheet|sst)\b/;

/**
 * What is removed from a sheet, in this order; each as ./xml-bytes.ts spells these patterns:
 * /<dataValidations[\s>][\s\S]*?<\/dataValidations>/g, /<dataValidations[^>]*\/>/g,
 * /<conditionalFormatting[\s>][\s\S]*?<\/conditionalFormatting>/g and /<extLst[\s>][\s\S]*?<\/extLst>/g.
 */
const STRIP: ReadonlyArray<(data: Buffer, from: number) => Buffer> = [
  (data, from) => withoutElements(data, 'dataValidations', from),
  (data, from) => withoutEmptyElements(data, 'dataValidations', from),
  (data, from) => withoutElements(data, 'conditionalFormatting', from),
  (data, from) => withoutElements(data, 'extLst', from),
];

/**
 * Where the searches for STRIP's patterns may start. Before the first of those elements, the part has none; a cut
 * leaves the bytes before it as they were, so a pattern the cuts join together starts at most a name's length earlier.
 */
const stripFrom = (firstStripped: number) => Math.max(0, firstStripped - 32);

/**
 * `data` with STRIP applied, every cut being at or after `from`: the cuts work on the part from there on (in a sheet,
 * the few kilobytes after its cells), and the whole is copied once at the end, not once per kind of element cut.
 */
function stripped(data: Buffer, from: number): Buffer {
  const tail = data.subarray(from);
  let cut = tail;
  for (const strip of STRIP) cut = strip(cut, 0);
  return cut === tail ? data : Buffer.concat([data.subarray(0, from), cut]);
}

/**
 * exceljs only finds notes stored as xl/commentsN.xml and linked as "../commentsN.xml"; other producers (openpyxl:
 * xl/comments/comment1.xml, linked by an absolute path) are renamed to that pattern so their notes are not lost.
 */
function normaliseCommentParts(parts: Map<string, Buffer>): void {
  let next = 1;
  const taken = () => parts.has(`xl/comments${next}.xml`);
  for (const [name, data] of [...parts]) {
    if (!/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name)) continue;
    // Only the note texts matter here: dropping the VML drawings (note shapes) spares exceljs' fixed naming there too.
    const rels = data.toString('utf8').replace(/<Relationship\b[^>]*Type="[^"]*\/vmlDrawing"[^>]*\/>/g, '');
    const rewritten = rels.replace(
      /(<Relationship\b[^>]*Type="[^"]*\/comments"[^>]*Target=")([^"]+)(")/g,
      (whole, start: string, target: string, end: string) => {
        const resolved = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\.\//, '')}`;
        if (/^xl\/comments\d+\.xml$/.test(resolved) || !parts.has(resolved)) return whole;
        while (taken()) next++;
        const renamed = `xl/comments${next}.xml`;
        parts.set(renamed, parts.get(resolved)!);
        parts.delete(resolved);
        return `${start}../comments${next}.xml${end}`;
      },
    );
    parts.set(name, Buffer.from(rewritten, 'utf8'));
  }
}

/**
 * The checks and cuts work on the bytes (./xml-bytes.ts): a part is decoded only where a pattern must read text (the
 * start of each part, the small notes parts). Bytes that are not valid UTF-8 are first replaced by U+FFFD, as decoding
 * and encoding the part did before, so the parser sees the same text either way.
 */
export function sanitizeParts(parts: Map<string, Buffer>, file: string): Map<string, Buffer> {
  normaliseCommentParts(parts);
  const safe = new Map<string, Buffer>();
  let cells = 0;
  for (const [name, original] of parts) {
    if (!/\.(xml|rels|vml)$/.test(name)) {
      safe.set(name, original);
      continue;
    }
    let data = isUtf8(original) ? original : Buffer.from(original.toString('utf8'), 'utf8');
    const scan = scanXml(data);
    if (scan.documentType) {
      throw new EngagebookError(
        'invalid-document',
        `part ${name} declares a document type (DTD), which Excel never writes; refusing it as unsafe`,
        file,
      );
    }
    const prefixed = PREFIXED_ROOT.exec(headText(data));
    if (prefixed) {
      throw new EngagebookError(
        'invalid-document',
        `part ${name} uses prefixed XML namespaces (<${prefixed[1]}:${prefixed[2]}>), which Engagebook cannot read; open the file in Excel or LibreOffice, save it, and import again`,
        file,
      );
    }
    if (/^xl\/comments\d+\.xml$/.test(name)) {
      // exceljs reads note text only from rich-text runs; plain <text><t>…</t></text> (openpyxl, LibreOffice) reads as empty.
      const xml = data.toString('utf8');
      const runs = xml.replace(/<text>\s*<t(\s[^>]*)?>([\s\S]*?)<\/t>\s*<\/text>/g, '<text><r><t$1>$2</t></r></text>');
      if (runs !== xml) data = Buffer.from(runs, 'utf8');
    }
    if (name.startsWith('xl/worksheets/') && name.endsWith('.xml')) {
      const rows = scan.rows;
      if (rows > IMPORT_LIMITS.rowsPerSheet) {
        throw new EngagebookError(
          'invalid-document',
          `has a sheet with ${rows.toLocaleString('en')} rows (${name}); Engagebook imports at most ${IMPORT_LIMITS.rowsPerSheet.toLocaleString('en')}`,
          file,
        );
      }
      cells += scan.cells;
      if (cells > IMPORT_LIMITS.cellsPerWorkbook) {
        throw new EngagebookError(
          'invalid-document',
          `has more than ${IMPORT_LIMITS.cellsPerWorkbook.toLocaleString('en')} cells; Engagebook imports at most that many`,
          file,
        );
      }
      // A part without any of the removed elements is passed on as it is, without a copy.
      if (scan.firstStripped !== -1) data = stripped(data, stripFrom(scan.firstStripped));
    }
    safe.set(name, data);
  }
  return safe;
}
