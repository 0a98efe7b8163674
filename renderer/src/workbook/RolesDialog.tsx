/**
 * The Roles dialog: the roles of the matrix on screen, with their codes, labels in every language, colours and kinds;
 * add, edit or remove one, and choose whether a cell may combine roles. The first edit of a built-in vocabulary makes
 * a custom copy for the workbook (the host decides; see store/roles.ts). A role still used in cells cannot be removed:
 * the dialog says in how many, so they can be cleared first. Every change is one undo step.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from '../grid/Prompt';
import type { Content, Matrix } from '../../../shared/domain/document';
import { isBuiltinVocabulary } from '../../../shared/domain/vocabulary';
import { roleLabel } from '../Legend';
import type { DocumentStore } from '../store/document-store';
import { NEW_ROLE, RoleForm, type RoleDraft } from './RoleForm';

export function RolesDialog(props: {
  store: DocumentStore;
  doc: Pick<Content, 'matrices' | 'vocabularies'>;
  matrix: Matrix;
  notify(text: string): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const dialog = useModal();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<RoleDraft | null>(null);
  const { store, matrix } = props;
  const vocabulary = props.doc.vocabularies.find((v) => v.id === matrix.vocabularyId);
  if (!vocabulary) return null;
  const target = { docId: store.docId, matrixId: matrix.id };

  const attempt = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      setError(null);
      props.notify(t('ui.saved'));
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const cellsUsing = (code: string) =>
    props.doc.matrices
      .filter((m) => m.vocabularyId === vocabulary.id)
      .flatMap((m) => m.phases.flatMap((p) => p.activities.flatMap((a) => a.cells)))
      .filter((c) => c.roles.includes(code)).length;
  const remove = (code: string) => {
    const used = cellsUsing(code);
    if (used > 0) return setError(t('ui.roles.inUse', { code, count: used }));
    void attempt(() => store.edit('role.remove', { ...target, code }));
  };
  const save = (role: RoleDraft) =>
    attempt(() => store.edit(editing ? 'role.update' : 'role.add', { ...target, ...role })).then((done) => {
      if (done) setEditing(null);
      return done;
    });

  return (
    <dialog ref={dialog} className="dialog roles-dialog" aria-labelledby={`${id}-title`} onClose={props.onClose}>
      <h2 id={`${id}-title`}>{t('ui.roles.heading', { name: vocabulary.name })}</h2>
      {isBuiltinVocabulary(vocabulary.id) && (
        <p className="dialog-note">{t('ui.roles.builtinNote', { name: vocabulary.name })}</p>
      )}
      <label className="choice">
        <input
          type="checkbox"
          checked={vocabulary.combinable}
          onChange={(e) => void attempt(() => store.edit('vocabulary.update', { ...target, combinable: e.target.checked }))}
        />
        {t('ui.roles.combinable')}
      </label>
      <table className="roles-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.roles.code')}</th>
            <th scope="col">{t('ui.roles.label')}</th>
            <th scope="col">{t('ui.roles.kind')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('ui.roles.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {vocabulary.roles.map((role) => (
            <tr key={role.code}>
              <td>
                <span className="legend-swatch" style={{ background: role.color }} aria-hidden="true" />{' '}
                <strong>{role.code}</strong>
              </td>
              <td>{roleLabel(role, i18n.language)}</td>
              <td>{t(`ui.import.kind.${role.kind}`)}</td>
              <td className="row-buttons">
                <button type="button" onClick={() => setEditing(role)} aria-label={t('ui.roles.edit', { code: role.code })}>
                  {t('ui.roles.editShort')}
                </button>
                <button type="button" onClick={() => remove(role.code)} aria-label={t('ui.roles.remove', { code: role.code })}>
                  {t('ui.roles.removeShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      )}
      <RoleForm
        key={editing?.code ?? 'new'}
        initial={editing ?? NEW_ROLE}
        editing={editing !== null}
        submit={save}
        onCancel={() => setEditing(null)}
      />
      <div className="dialog-buttons">
        <button type="button" onClick={props.onClose}>
          {t('ui.roles.close')}
        </button>
      </div>
    </dialog>
  );
}
