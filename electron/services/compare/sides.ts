/**
 * What the CLI's `diff` and the page's compare read: another workbook file (.engagement, or engagebook/1 .json), and
 * the content of a document at a revision or now. Both sides of a diff are whole contents (shared/compare/diff.ts).
 */
import { extname } from 'node:path';
import type { Content, EngagementDocument } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { exportedContent } from '../export/context';
import { readJsonFile } from '../documents/json-file';
import { FILE_EXTENSION, readDocument, withWorkbook } from '../store';

/** A workbook file to compare; `name` is what it is called (an upload's original name), for its kind and messages. */
export function readComparableFile(file: string, name = file): EngagementDocument {
  const kind = extname(name).toLowerCase();
  if (kind === '.json') return readJsonFile(file);
  if (kind === FILE_EXTENSION) return withWorkbook(file, readDocument, { readonly: true });
  throw new EngagebookError('invalid-argument', `${name}: compare a workbook (${FILE_EXTENSION}) or its canonical JSON (.json)`);
}

/** The content of `doc` at the revision `ref` (id or label), or now when `ref` is undefined. */
export function contentAt(doc: EngagementDocument, ref: string | undefined): Content {
  return exportedContent(doc, ref).content;
}
