/**
 * Editing a matrix's roles: add, change and remove a role, and whether a cell may combine roles. Built-in vocabularies
 * (RACI, RASCI, O/C/A, Primary/Support) keep their meaning everywhere, so the first edit of one makes a custom copy for
 * this workbook and every matrix of the workbook that used the built-in one uses the copy from then on (cells keep
 * their codes, which the copy has too). A custom vocabulary is edited in place. Each edit is one undo step.
 */
import type { Database } from 'better-sqlite3';
import type { Cell, Role, Vocabulary } from '../../../shared/domain/document';
import { EngagebookError } from '../../../shared/domain/errors';
import type { Language } from '../../../shared/domain/languages';
import { findRole, isBuiltinVocabulary, ROLE_KINDS, type RoleKind } from '../../../shared/domain/vocabulary';
import { editContent, type ContentChange } from './content-edit';
import type { EditResult } from './history';
import { pickMatrix } from './matrices';
import { newId } from './structure';
import { stepLabel } from '../../../shared/i18n/step-labels';

export interface RoleFields {
  readonly labels?: Partial<Record<Language, string | undefined>> | undefined;
  readonly color?: string | undefined;
  readonly kind?: RoleKind | undefined;
}

/** Letters and digits only: "/" joins roles in a cell, and a code is typed as it is written. */
const CODE = /^[\p{L}\p{N}]{1,3}$/u;
const COLOR = /^#[0-9a-fA-F]{6}$/;

export function addRole(db: Database, input: { matrix: string; code: string } & RoleFields): EditResult<void> {
  const code = input.code.trim().toUpperCase();
  if (!CODE.test(code))
    throw new EngagebookError('invalid-argument', `a role code is 1 to 3 letters or digits, got "${input.code}"`);
  return editVocabulary(db, input.matrix, (vocabulary, language) => {
    if (findRole(vocabulary, code))
      throw new EngagebookError('already-exists', `"${vocabulary.name}" already has a role ${code}`);
    const role = checkedRole(
      { code, label: '', labels: { en: '', sv: '', nl: '', fr: '' }, color: '#7F8C8D', kind: 'other' },
      input,
      language,
    );
    return {
      vocabulary: { ...vocabulary, roles: [...vocabulary.roles, role] },
      label: stepLabel('step.addRole', { code, label: role.label }),
    };
  });
}

export function updateRole(db: Database, input: { matrix: string; code: string } & RoleFields): EditResult<void> {
  return editVocabulary(db, input.matrix, (vocabulary, language) => {
    const role = requireRole(vocabulary, input.code);
    const roles = vocabulary.roles.map((r) => (r.code === role.code ? checkedRole(r, input, language) : r));
    return { vocabulary: { ...vocabulary, roles }, label: stepLabel('step.editRole', { code: role.code }) };
  });
}

/** Refused, with the count, while cells of any matrix with this vocabulary hold the role: the user clears them first. */
export function removeRole(db: Database, input: { matrix: string; code: string }): EditResult<void> {
  return editVocabulary(db, input.matrix, (vocabulary, _language, cells) => {
    const role = requireRole(vocabulary, input.code);
    const used = cells.filter((c) => c.roles.includes(role.code)).length;
    if (used > 0)
      throw new EngagebookError(
        'invalid-argument',
        `role ${role.code} is used in ${used} ${used === 1 ? 'cell' : 'cells'}; clear ${used === 1 ? 'it' : 'them'} first`,
      );
    if (vocabulary.roles.length === 1) throw new EngagebookError('invalid-argument', 'a vocabulary keeps at least one role');
    const roles = vocabulary.roles.filter((r) => r.code !== role.code);
    return { vocabulary: { ...vocabulary, roles }, label: stepLabel('step.removeRole', { code: role.code }) };
  });
}

/** Whether a cell may hold several roles; turning it off is refused while cells hold more than one. */
export function setRolesCombine(db: Database, input: { matrix: string; combinable: boolean }): EditResult<void> {
  return editVocabulary(db, input.matrix, (vocabulary, _language, cells) => {
    const combined = cells.filter((c) => c.roles.length > 1).length;
    if (!input.combinable && combined > 0)
      throw new EngagebookError(
        'invalid-argument',
        `${combined} ${combined === 1 ? 'cell holds' : 'cells hold'} several roles; give each one role first`,
      );
    return {
      vocabulary: { ...vocabulary, combinable: input.combinable },
      label: stepLabel(input.combinable ? 'step.letRolesCombine' : 'step.oneRolePerCell'),
    };
  });
}

type VocabularyChange = (
  vocabulary: Vocabulary,
  language: Language,
  /** The cells of every matrix that uses the vocabulary. */
  cells: readonly Cell[],
) => { vocabulary: Vocabulary; label: string };

function editVocabulary(db: Database, matrixRef: string, change: VocabularyChange): EditResult<void> {
  return editContent(db, (content): ContentChange<void> => {
    const matrix = pickMatrix(content, matrixRef);
    const current = content.vocabularies.find((v) => v.id === matrix.vocabularyId);
    if (!current) throw new EngagebookError('invalid-document', `vocabulary "${matrix.vocabularyId}" is missing`);
    const copy = isBuiltinVocabulary(current.id);
    const base = copy ? { ...current, id: newId(), name: `${current.name} (custom)` } : current;
    const sharing = content.matrices.filter((m) => m.vocabularyId === current.id);
    const cells = sharing.flatMap((m) => m.phases.flatMap((p) => p.activities.flatMap((a) => a.cells)));
    const { vocabulary, label } = change(base, content.language, cells);
    const matrices = content.matrices.map((m) => (m.vocabularyId === current.id ? { ...m, vocabularyId: vocabulary.id } : m));
    if (!copy) {
      const vocabularies = content.vocabularies.map((v) => (v.id === current.id ? vocabulary : v));
      return { content: { ...content, vocabularies, matrices }, label };
    }
    // The matrices move to the copy before the built-in one goes, so no matrix is ever without its vocabulary.
    const both = { ...content, vocabularies: [...content.vocabularies, vocabulary], matrices };
    const vocabularies = both.vocabularies.filter((v) => v.id !== current.id);
    return { first: both, content: { ...both, vocabularies }, label };
  });
}

function checkedRole(role: Role, fields: RoleFields, language: Language): Role {
  const labels = { ...role.labels };
  for (const [lang, text] of Object.entries(fields.labels ?? {})) {
    if (text === undefined) continue;
    if (text.trim().length > 200) throw new EngagebookError('invalid-argument', 'a role label can be at most 200 characters');
    labels[lang as Language] = text.trim();
  }
  // The label shown first is the workbook language's, else the first one given.
  const label = labels[language] || labels.en || labels.sv || labels.nl || labels.fr;
  if (!label) throw new EngagebookError('invalid-argument', `role ${role.code} needs a label`);
  const color = fields.color ?? role.color;
  if (!COLOR.test(color)) throw new EngagebookError('invalid-argument', `a colour is written #RRGGBB, got "${color}"`);
  const kind = fields.kind ?? role.kind;
  if (!ROLE_KINDS.includes(kind)) throw new EngagebookError('invalid-argument', `unknown role kind "${String(kind)}"`);
  return { ...role, label, labels, color: color.toUpperCase(), kind };
}

function requireRole(vocabulary: Vocabulary, code: string): Role {
  const role = findRole(vocabulary, code);
  if (!role) throw new EngagebookError('not-found-in-document', `"${vocabulary.name}" has no role "${code}"`);
  return role;
}
