/**
 * Matrices as a whole: add one (empty, a copy of a template's matrix, or a duplicate of one in the workbook), rename,
 * move and delete. Each is one undo step (content-edit.ts); deleting a matrix and undoing brings back every phase,
 * activity and cell. Titles stay unique in a workbook, because scripts and the CLI name matrices by title.
 */
import type { Database } from 'better-sqlite3';
import type { Content, Matrix, Party } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import { pickByIdOrTitle } from '../../../shared/domain/references';
import { builtinVocabulary } from '../../../shared/domain/vocabulary';
import { buildTemplate } from '../../../shared/templates';
import { editContent, requireText } from './content-edit';
import { edit, step, type EditResult } from './history';
import { resolveMatrix } from './lookups';
import { prepared } from './statements';
import { newId } from './structure';
import { stepLabel } from '../../../shared/i18n/step-labels';

export type MatrixSource =
  | { readonly kind: 'empty' }
  | { readonly kind: 'template'; readonly templateId: string; readonly matrix: number }
  | { readonly kind: 'duplicate'; readonly matrixId: string };

export interface AddMatrixInput {
  readonly source: MatrixSource;
  /** Defaults: the template matrix's title, the duplicated title, or "Matrix"; made unique with " (2)", " (3)"… */
  readonly title?: string;
  /** 0-based among the matrices; the end when not given. */
  readonly position?: number;
}

/** Answers the new matrix's id. */
export function addMatrix(db: Database, input: AddMatrixInput): EditResult<string> {
  const title = input.title === undefined ? undefined : requireText(input.title, 'a matrix title');
  return editContent(db, (content) => {
    const added = newMatrix(content, input.source);
    added.matrix.title = uniqueTitle(title ?? added.matrix.title, content.matrices);
    const matrices = [...content.matrices];
    matrices.splice(input.position ?? matrices.length, 0, added.matrix);
    return {
      content: { ...content, matrices, parties: added.parties, vocabularies: added.vocabularies },
      label: stepLabel('step.addMatrix', { title: added.matrix.title }),
      value: added.matrix.id,
    };
  });
}

/** A row edit, not a content edit: renaming must stay instant on the largest workbook. */
export function renameMatrix(db: Database, input: { matrix: string; title: string }): EditResult<void> {
  const title = requireText(input.title, 'a matrix title');
  return edit(db, (w) => {
    const matrix = resolveMatrix(db, input.matrix);
    if (prepared(db, 'SELECT 1 FROM matrices WHERE title = ? AND id <> ?').get(title, matrix.id))
      throw new EngagebookError('already-exists', `another matrix is already titled "${title}"`);
    w.update('matrices', { id: matrix.id }, { title });
    return step(stepLabel('step.renameMatrix', { from: matrix.title, to: title }));
  });
}

/**
 * Moves a matrix to `position` among the tabs (0-based, clamped to the end). A content edit: it reads the whole
 * workbook, which is fine for a handful of tabs moved now and then; only the moved matrix's row is written.
 */
export function moveMatrix(db: Database, input: { matrix: string; position: number }): EditResult<void> {
  if (!Number.isInteger(input.position) || input.position < 0)
    throw new EngagebookError('invalid-argument', `position must be a whole number from 0, got ${input.position}`);
  return editContent(db, (content) => {
    const matrix = pickMatrix(content, input.matrix);
    const matrices = content.matrices.filter((m) => m.id !== matrix.id);
    matrices.splice(Math.min(input.position, matrices.length), 0, matrix);
    return { content: { ...content, matrices }, label: stepLabel('step.moveMatrix', { title: matrix.title }) };
  });
}

/**
 * Deletes a matrix with its phases, activities and cells. The workbook keeps at least one matrix. Its parties stay
 * (they belong to the workbook: sign-off and the support scope may name them); a vocabulary no matrix uses any more
 * goes. Undo restores all.
 */
export function deleteMatrix(db: Database, input: { matrix: string }): EditResult<void> {
  return editContent(db, (content) => {
    const matrix = pickMatrix(content, input.matrix);
    if (content.matrices.length === 1)
      throw new EngagebookError('invalid-argument', `"${matrix.title}" is the only matrix; a workbook keeps at least one`);
    const matrices = content.matrices.filter((m) => m.id !== matrix.id);
    const activities = matrix.phases.reduce((n, p) => n + p.activities.length, 0);
    return {
      content: withoutUnusedVocabularies({ ...content, matrices }),
      label: stepLabel('step.deleteMatrix', { title: matrix.title, count: activities }),
    };
  });
}

/** A template's matrices, titled in `language`: what "Add matrix › From template" offers. */
export function templateMatrices(
  templateId: string,
  language: Content['language'],
): Array<{ title: string; activities: number }> {
  return buildTemplate(templateId, { language, newId }).matrices.map((m) => ({
    title: m.title,
    activities: m.phases.reduce((n, p) => n + p.activities.length, 0),
  }));
}

export function pickMatrix(content: Content, ref: string): Matrix {
  return pickByIdOrTitle('matrix', ref, content.matrices, (m) => m.title);
}

interface Added {
  readonly matrix: Matrix;
  readonly parties: Party[];
  readonly vocabularies: Content['vocabularies'];
}

function newMatrix(content: Content, source: MatrixSource): Added {
  const { parties, vocabularies } = content;
  if (source.kind === 'duplicate') return { matrix: copyMatrix(pickMatrix(content, source.matrixId)), parties, vocabularies };
  if (source.kind === 'empty') {
    const first = content.matrices[0];
    // An empty matrix has the first matrix's columns and roles, so it can be filled at once.
    const vocabulary = first ? undefined : builtinVocabulary('raci', content.language);
    const matrix: Matrix = {
      id: newId(),
      title: 'Matrix',
      vocabularyId: first?.vocabularyId ?? 'raci',
      partyIds: first ? [...first.partyIds] : [],
      phases: [],
    };
    return { matrix, parties, vocabularies: vocabulary ? [...vocabularies, vocabulary] : vocabularies };
  }
  const built = buildTemplate(source.templateId, { language: content.language, newId });
  const matrix = built.matrices[source.matrix];
  if (!matrix)
    throw new EngagebookError(
      'invalid-argument',
      `template "${source.templateId}" has ${built.matrices.length} matrices; there is no matrix ${source.matrix + 1}`,
    );
  // The template's vocabulary joins the workbook unless it has it already; its parties are matched by name.
  const vocabulary = built.vocabularies.find((v) => v.id === matrix.vocabularyId)!;
  const joined = [...parties];
  const partyIds = new Map<string, string>();
  for (const id of matrix.partyIds) {
    const party = built.parties.find((p) => p.id === id)!;
    const same = joined.find((p) => p.name === party.name);
    if (!same) joined.push(party);
    partyIds.set(id, same?.id ?? party.id);
  }
  const remapped: Matrix = {
    ...matrix,
    partyIds: matrix.partyIds.map((id) => partyIds.get(id)!),
    phases: matrix.phases.map((p) => ({
      ...p,
      activities: p.activities.map((a) => ({ ...a, cells: a.cells.map((c) => ({ ...c, partyId: partyIds.get(c.partyId)! })) })),
    })),
  };
  const hasVocabulary = vocabularies.some((v) => v.id === vocabulary.id);
  return { matrix: remapped, parties: joined, vocabularies: hasVocabulary ? vocabularies : [...vocabularies, vocabulary] };
}

/** A copy with new ids for the matrix, its phases and activities; same parties and vocabulary. */
function copyMatrix(matrix: Matrix): Matrix {
  return {
    ...matrix,
    id: newId(),
    partyIds: [...matrix.partyIds],
    phases: matrix.phases.map((p) => ({
      ...p,
      id: newId(),
      activities: p.activities.map((a) => ({ ...a, id: newId(), cells: a.cells.map((c) => ({ ...c, roles: [...c.roles] })) })),
    })),
  };
}

export function uniqueTitle(title: string, matrices: readonly Matrix[]): string {
  const taken = new Set(matrices.map((m) => m.title));
  if (!taken.has(title)) return title;
  for (let n = 2; ; n++) if (!taken.has(`${title} (${n})`)) return `${title} (${n})`;
}

function withoutUnusedVocabularies(content: Content): Content {
  const used = new Set(content.matrices.map((m) => m.vocabularyId));
  return { ...content, vocabularies: content.vocabularies.filter((v) => used.has(v.id)) };
}
