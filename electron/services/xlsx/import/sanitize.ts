/**
 * Makes the XML parts of an untrusted workbook safe and cheap to parse, or refuses them:
 * - a document type declaration (the door to entity expansion, "billion laughs", and external entities) is refused:
 *   Excel never writes one;
 * - data validations, conditional formats and extension lists are removed: the importer needs none of them, and a
 *   whole-column validation alone makes exceljs expand a million cells;
 * - a sheet with more rows than the limit, or a workbook with more cells, is refused before it is parsed.
 */
import { EngagebookError } from '../../../../shared/domain/errors';
import { IMPORT_LIMITS } from './limits';

const DTD = /<!DOCTYPE|<!ENTITY/i;
const PREFIXED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*):(workbook|worksheet|sst)\b/;
const STRIP = [
  /<dataValidations[\s>][\s\S]*?<\/dataValidations>/g,
  /<dataValidations[^>]*\/>/g,
  /<conditionalFormatting[\s>][\s\S]*?<\/conditionalFormatting>/g,
  /<extLst[\s>][\s\S]*?<\/extLst>/g,
];

/** Counts the elements named `tag` (`<row`, `<c`) without parsing: the name must end at a space, `>` or `/`. */
function countTags(xml: string, tag: string): number {
  let count = 0;
  for (let i = xml.indexOf(tag); i !== -1; i = xml.indexOf(tag, i + tag.length)) {
    const next = xml.charCodeAt(i + tag.length);
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++;
  }
  return count;
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

export function sanitizeParts(parts: Map<string, Buffer>, file: string): Map<string, Buffer> {
  normaliseCommentParts(parts);
  const safe = new Map<string, Buffer>();
  let cells = 0;
  for (const [name, data] of parts) {
    if (!/\.(xml|rels|vml)$/.test(name)) {
      safe.set(name, data);
      continue;
    }
    let xml = data.toString('utf8');
    if (DTD.test(xml)) {
      throw new EngagebookError(
        'invalid-document',
        `part ${name} declares a document type (DTD), which Excel never writes; refusing it as unsafe`,
        file,
      );
    }
    const prefixed = PREFIXED_ROOT.exec(xml);
    if (prefixed) {
      throw new EngagebookError(
        'invalid-document',
        `part ${name} uses prefixed XML namespaces (<${prefixed[1]}:${prefixed[2]}>), which Engagebook cannot read; open the file in Excel or LibreOffice, save it, and import again`,
        file,
      );
    }
    if (/^xl\/comments\d+\.xml$/.test(name)) {
      // exceljs reads note text only from rich-text runs; plain <text><t>…</t></text> (openpyxl, LibreOffice) reads as empty.
      xml = xml.replace(/<text>\s*<t(\s[^>]*)?>([\s\S]*?)<\/t>\s*<\/text>/g, '<text><r><t$1>$2</t></r></text>');
    }
    if (name.startsWith('xl/worksheets/') && name.endsWith('.xml')) {
      const rows = countTags(xml, '<row');
      if (rows > IMPORT_LIMITS.rowsPerSheet) {
        throw new EngagebookError(
          'invalid-document',
          `has a sheet with ${rows.toLocaleString('en')} rows (${name}); Engagebook imports at most ${IMPORT_LIMITS.rowsPerSheet.toLocaleString('en')}`,
          file,
        );
      }
      cells += countTags(xml, '<c');
      if (cells > IMPORT_LIMITS.cellsPerWorkbook) {
        throw new EngagebookError(
          'invalid-document',
          `has more than ${IMPORT_LIMITS.cellsPerWorkbook.toLocaleString('en')} cells; Engagebook imports at most that many`,
          file,
        );
      }
      for (const pattern of STRIP) xml = xml.replace(pattern, '');
    }
    safe.set(name, Buffer.from(xml, 'utf8'));
  }
  return safe;
}
