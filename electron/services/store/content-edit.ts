/**
 * Edits that reshape the document rather than one row (a whole matrix added or deleted, a vocabulary copied): they are
 * written as a pure change of the content, checked against the shared schema, and stored with `syncContent`, which
 * writes only the rows that differ. One edit, one undo step, like every other; a change the schema refuses throws
 * before anything is written.
 */
import type { Database } from 'better-sqlite3';
import { ContentSchema, type Content } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { readContent, syncContent } from './content';
import { edit, step, type EditResult } from './history';

export interface ContentChange<T> {
  /** A state to pass through first, when the rows cannot go in one sync (a row must exist before others point to it). */
  readonly first?: Content;
  readonly content: Content;
  readonly label: string;
  readonly value?: T;
}

export function editContent<T = void>(db: Database, change: (content: Content) => ContentChange<T>): EditResult<T> {
  return edit(db, (w) => {
    const next = change(readContent(db));
    const stages = next.first ? [next.first, next.content] : [next.content];
    for (const stage of stages.map(checked)) syncContent(db, w, stage);
    return step(next.label, next.value as T);
  });
}

function checked(content: Content): Content {
  const result = ContentSchema.safeParse(content);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new EngagebookError('invalid-argument', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

export function requireText(value: string, what: string, max = 2000): string {
  const trimmed = value.trim();
  if (!trimmed) throw new EngagebookError('invalid-argument', `${what} cannot be empty`);
  if (trimmed.length > max) throw new EngagebookError('invalid-argument', `${what} can be at most ${max} characters`);
  return trimmed;
}
