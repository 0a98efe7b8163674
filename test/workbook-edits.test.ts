import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addMatrix,
  addRole,
  createWorkbook,
  deleteMatrix,
  historyState,
  moveMatrix,
  readContent,
  removeRole,
  renameMatrix,
  setCells,
  setRolesCombine,
  undo,
  updateRole,
  updateWorkbook,
  withWorkbook,
} from '../electron/services/store';
import type { Content } from '../shared/domain/document';
import { sha256File, tempDir, template } from './helpers';
import { describeStep } from '../shared/i18n/step-labels';

const MATRIX = 'Roles and responsibilities';

function workbook(templateId = 'managed-services') {
  const file = join(tempDir(), 'acme.engagement');
  const content = template(templateId);
  createWorkbook(file, content);
  return { file, content };
}

/** Runs `edits` (each one step), checks each is one undo step, and that undoing them all gives back `content`. */
function undoesTo(db: Parameters<typeof readContent>[0], content: Content, steps: number) {
  for (let i = 0; i < steps; i++) undo(db);
  expect(readContent(db)).toEqual(content);
}

/** Bad input: the edit throws `message` and the file's bytes stay the same. */
function refused(file: string, attempt: (db: Parameters<typeof readContent>[0]) => unknown, message: RegExp) {
  const before = sha256File(file);
  withWorkbook(file, (w) => expect(() => attempt(w.db)).toThrow(message));
  expect(sha256File(file)).toBe(before);
}

describe('workbook details', () => {
  it('patches title, client, prepared by, language and dates as one undo step each', () => {
    const { file, content } = workbook();
    withWorkbook(file, (w) => {
      updateWorkbook(w.db, { title: 'Acme managed services' });
      expect(describeStep(historyState(w.db).undo ?? '')).toBe('Rename workbook to Acme managed services');
      updateWorkbook(w.db, { client: 'Acme AB', preparedBy: 'Ada', dates: { start: '2027-01-01' } });
      updateWorkbook(w.db, { language: 'sv' });
      const after = readContent(w.db);
      expect(after).toMatchObject({ title: 'Acme managed services', client: 'Acme AB', preparedBy: 'Ada', language: 'sv' });
      expect(after.dates).toEqual({ ...content.dates, start: '2027-01-01' });
      // A role's first label follows the workbook's language.
      expect(after.vocabularies[0]!.roles[0]!.label).toBe(after.vocabularies[0]!.roles[0]!.labels.sv);
      undoesTo(w.db, content, 3);
    });
  });

  it('refuses an empty title, a bad date, a bad language and an empty patch, changing nothing', () => {
    const { file } = workbook();
    refused(file, (db) => updateWorkbook(db, { title: '  ' }), /cannot be empty/);
    refused(file, (db) => updateWorkbook(db, { dates: { end: '1 March' } }), /YYYY-MM-DD/);
    refused(file, (db) => updateWorkbook(db, { language: 'de' as 'en' }), /unknown language/);
    refused(file, (db) => updateWorkbook(db, {}), /nothing to change/);
  });
});

describe('matrices', () => {
  it('duplicates, renames, moves and deletes a matrix; each one undo step, undo restores everything', () => {
    const { file, content } = workbook();
    const original = content.matrices.find((m) => m.title === MATRIX)!;
    withWorkbook(file, (w) => {
      const id = addMatrix(w.db, { source: { kind: 'duplicate', matrixId: MATRIX } }).value;
      const copy = readContent(w.db).matrices.find((m) => m.id === id)!;
      expect(copy.title).toBe(`${MATRIX} (2)`);
      expect(copy.phases.flatMap((p) => p.activities).map((a) => [a.title, a.cells])).toEqual(
        original.phases.flatMap((p) => p.activities).map((a) => [a.title, a.cells]),
      );
      expect(copy.phases[0]!.id).not.toBe(original.phases[0]!.id);
      renameMatrix(w.db, { matrix: id, title: 'Deal' });
      // Only the moved matrix's row is written: the others keep their order keys.
      expect(moveMatrix(w.db, { matrix: id, position: 0 }).changes).toEqual([
        { table: 'matrices', key: { id }, after: expect.objectContaining({ id }) },
      ]);
      expect(readContent(w.db).matrices.map((m) => m.title)).toEqual(['Deal', ...content.matrices.map((m) => m.title)]);
      deleteMatrix(w.db, { matrix: MATRIX });
      expect(describeStep(historyState(w.db).undo ?? '')).toMatch(
        /^Delete matrix Roles and responsibilities \(\d+ activities\)$/,
      );
      expect(readContent(w.db).matrices.map((m) => m.title)).not.toContain(MATRIX);
      undoesTo(w.db, content, 4);
    });
  });

  it('adds an empty matrix with the first matrix’s columns, and one from a template matrix', () => {
    const { file, content } = workbook('raci');
    const template = 'managed-services';
    withWorkbook(file, (w) => {
      const empty = addMatrix(w.db, { source: { kind: 'empty' }, title: 'Hypercare' }).value;
      const added = addMatrix(w.db, { source: { kind: 'template', templateId: template, matrix: 0 } }).value;
      const after = readContent(w.db);
      expect(after.matrices.find((m) => m.id === empty)).toMatchObject({
        title: 'Hypercare',
        phases: [],
        partyIds: content.matrices[0]!.partyIds,
      });
      const fromTemplate = after.matrices.find((m) => m.id === added)!;
      expect(fromTemplate.title).toBe(MATRIX);
      expect(fromTemplate.phases.length).toBeGreaterThan(0);
      expect(after.vocabularies.map((v) => v.id)).toContain(fromTemplate.vocabularyId);
      undoesTo(w.db, content, 2);
    });
  });

  it('refuses a clashing title, an unknown template matrix and deleting the last matrix, changing nothing', () => {
    const { file, content } = workbook();
    const other = content.matrices.find((m) => m.title !== MATRIX)!;
    refused(file, (db) => renameMatrix(db, { matrix: MATRIX, title: other.title }), /already titled/);
    refused(file, (db) => addMatrix(db, { source: { kind: 'template', templateId: 'raci', matrix: 5 } }), /no matrix 6/);
    refused(file, (db) => addMatrix(db, { source: { kind: 'duplicate', matrixId: 'Nope' } }), /Nope/);
    const single = workbook('raci');
    refused(single.file, (db) => deleteMatrix(db, { matrix: single.content.matrices[0]!.id }), /at least one/);
  });
});

describe('roles', () => {
  it('adding a role to a built-in vocabulary makes a custom copy for every matrix that used it; undo goes back', () => {
    const { file, content } = workbook();
    const matrix = content.matrices.find((m) => m.title === MATRIX)!;
    const builtin = matrix.vocabularyId;
    withWorkbook(file, (w) => {
      addRole(w.db, { matrix: MATRIX, code: 'v', labels: { en: 'Verifier' }, kind: 'supporting', color: '#8e44ad' });
      expect(describeStep(historyState(w.db).undo ?? '')).toBe('Add role V Verifier');
      const after = readContent(w.db);
      const copyId = after.matrices.find((m) => m.id === matrix.id)!.vocabularyId;
      const vocabulary = after.vocabularies.find((v) => v.id === copyId)!;
      expect(vocabulary.id).not.toBe(builtin);
      expect(vocabulary.name).toMatch(/ \(custom\)$/);
      expect(vocabulary.roles.at(-1)).toEqual({
        code: 'V',
        label: 'Verifier',
        labels: { en: 'Verifier', sv: '', nl: '', fr: '' },
        color: '#8E44AD',
        kind: 'supporting',
      });
      const sharing = content.matrices.filter((m) => m.vocabularyId === builtin).map((m) => m.id);
      expect(after.matrices.filter((m) => m.vocabularyId === copyId).map((m) => m.id)).toEqual(sharing);
      expect(after.vocabularies.some((v) => v.id === builtin)).toBe(false);
      // The new code is accepted in cells at once.
      const activity = matrix.phases[0]!.activities[0]!;
      setCells(w.db, {
        matrix: MATRIX,
        label: 'Set V',
        cells: [{ activity: activity.id, party: matrix.partyIds[0]!, roles: ['V'] }],
      });
      updateRole(w.db, { matrix: MATRIX, code: 'V', labels: { sv: 'Granskare' } });
      expect(
        readContent(w.db)
          .vocabularies.find((v) => v.id === copyId)!
          .roles.at(-1)!.labels.sv,
      ).toBe('Granskare');
      undoesTo(w.db, content, 3);
    });
  });

  it('refuses removing a role in use (with the count), a duplicate code, a bad colour and a bad code', () => {
    const { file, content } = workbook();
    const matrix = content.matrices.find((m) => m.title === MATRIX)!;
    const vocabulary = content.vocabularies.find((v) => v.id === matrix.vocabularyId)!;
    const used = vocabulary.roles.find((r) =>
      matrix.phases.some((p) => p.activities.some((a) => a.cells.some((c) => c.roles.includes(r.code)))),
    )!;
    refused(file, (db) => removeRole(db, { matrix: MATRIX, code: used.code }), /is used in \d+ cells; clear them first/);
    refused(file, (db) => addRole(db, { matrix: MATRIX, code: used.code, labels: { en: 'x' } }), /already has a role/);
    refused(file, (db) => addRole(db, { matrix: MATRIX, code: 'V', labels: { en: 'x' }, color: 'purple' }), /#RRGGBB/);
    refused(file, (db) => addRole(db, { matrix: MATRIX, code: 'A/R', labels: { en: 'x' } }), /letters or digits/);
    refused(file, (db) => addRole(db, { matrix: MATRIX, code: 'V', labels: {} }), /needs a label/);
  });

  it('removes an unused role and turns combining off only when no cell holds several roles', () => {
    const { file, content } = workbook('raci');
    const matrix = content.matrices[0]!;
    withWorkbook(file, (w) => {
      addRole(w.db, { matrix: matrix.id, code: 'V', labels: { en: 'Verifier' } });
      removeRole(w.db, { matrix: matrix.id, code: 'V' });
      setRolesCombine(w.db, { matrix: matrix.id, combinable: false });
      const vocabulary = readContent(w.db).vocabularies[0]!;
      expect(vocabulary.combinable).toBe(false);
      expect(vocabulary.roles.map((r) => r.code)).toEqual(['R', 'A', 'C', 'I']);
      undoesTo(w.db, content, 3);
    });
  });
});
