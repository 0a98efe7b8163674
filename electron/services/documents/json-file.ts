/**
 * Canonical JSON files: export a workbook to `engagebook/1` JSON and build a workbook from one. The import is
 * all-or-nothing: the JSON is parsed, schema-checked, integrity-checked and fingerprint-checked before a byte is written.
 */
import { fingerprint } from '../fingerprint';
import { EngagementDocumentSchema, type EngagementDocument } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { integrityProblems } from '../../../shared/domain/integrity';
import { createWorkbook } from '../store/workbook';
import { readBoundedText, writeFileAtomic } from './files';

/** JSON larger than this is refused before parsing: no real workbook comes near it. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** The canonical text of a document: schema key order, two-space indent, final newline. */
export function canonicalJson(doc: EngagementDocument): string {
  return `${JSON.stringify(EngagementDocumentSchema.parse(doc), null, 2)}\n`;
}

export function writeJsonFile(doc: EngagementDocument, file: string): void {
  writeFileAtomic(file, canonicalJson(doc));
}

export function parseDocumentJson(text: string, file: string): EngagementDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EngagebookError('invalid-document', `is not valid JSON (${(error as Error).message})`, file);
  }
  if (typeof value === 'object' && value !== null && 'format' in value && value.format !== 'engagebook/1') {
    throw new EngagebookError(
      'invalid-document',
      `has format ${JSON.stringify(value.format)}; this version reads "engagebook/1"`,
      file,
    );
  }
  const parsed = EngagementDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new EngagebookError(
      'invalid-document',
      `is not an Engagebook document: at ${path}: ${issue?.message ?? 'invalid'}`,
      file,
    );
  }
  const doc = parsed.data;
  const problems = [
    ...integrityProblems(doc),
    ...doc.revisions.flatMap((r) => integrityProblems(r.snapshot).map((p) => `revision "${r.label}": ${p}`)),
  ];
  if (problems.length > 0) {
    throw new EngagebookError(
      'invalid-document',
      `is inconsistent: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
      file,
    );
  }
  for (const revision of doc.revisions) {
    if (fingerprint(revision.snapshot) !== revision.fingerprint) {
      throw new EngagebookError(
        'invalid-document',
        `revision "${revision.label}" does not match its fingerprint (its content was altered)`,
        file,
      );
    }
  }
  return doc;
}

export function readJsonFile(file: string): EngagementDocument {
  return parseDocumentJson(readBoundedText(file, MAX_JSON_BYTES), file);
}

/** JSON → new workbook file. Nothing is written unless the whole document is valid. */
export function importJsonFile(jsonFile: string, workbookFile: string): EngagementDocument {
  const doc = readJsonFile(jsonFile);
  createWorkbook(workbookFile, doc, doc.revisions);
  return doc;
}
