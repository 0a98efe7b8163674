/** One role's fields in the Roles dialog: code (fixed once the role exists), a label per language, colour and kind. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../shared/domain/languages';
import { ROLE_KINDS, type Role } from '../../../shared/domain/vocabulary';

export type RoleDraft = Pick<Role, 'code' | 'labels' | 'color' | 'kind'>;

export const NEW_ROLE: RoleDraft = { code: '', labels: { en: '', sv: '', nl: '', fr: '' }, color: '#7F8C8D', kind: 'supporting' };

export function RoleForm(props: {
  initial: RoleDraft;
  editing: boolean;
  submit(role: RoleDraft): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<RoleDraft>(props.initial);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await props.submit(draft)) setDraft(NEW_ROLE);
  };
  return (
    <form className="role-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{props.editing ? t('ui.roles.editHeading', { code: draft.code }) : t('ui.roles.addHeading')}</h3>
      <div className="role-form-fields">
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('ui.roles.code')}</label>
          <input
            id={`${id}-code`}
            value={draft.code}
            required
            maxLength={3}
            size={4}
            disabled={props.editing}
            onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })}
          />
        </div>
        {LANGUAGES.map((language) => (
          <div className="field" key={language}>
            <label htmlFor={`${id}-${language}`}>{t('ui.roles.labelIn', { language: LANGUAGE_NAMES[language] })}</label>
            <input
              id={`${id}-${language}`}
              value={draft.labels[language]}
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, labels: { ...draft.labels, [language]: e.target.value } })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-color`}>{t('ui.roles.color')}</label>
          <input
            id={`${id}-color`}
            type="color"
            value={draft.color.toLowerCase()}
            onChange={(e) => setDraft({ ...draft, color: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('ui.roles.kind')}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as Role['kind'] })}
          >
            {ROLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ui.import.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="dialog-buttons">
        {props.editing && (
          <button type="button" onClick={props.onCancel}>
            {t('ui.cancel')}
          </button>
        )}
        <button type="submit" className="primary">
          {props.editing ? t('ui.roles.save') : t('ui.roles.add')}
        </button>
      </div>
    </form>
  );
}
