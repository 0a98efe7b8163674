/**
 * The last step of an import: the new workbook's title (the file's name to start with), its language where the import
 * lets the person choose it, and "Create workbook" or "Cancel". The workbook is created in the documents folder and
 * opened; a failure is shown here, and nothing was created.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageOptions } from '../LanguageSelect';
import { isLanguage, type Language } from '../../../shared/domain/languages';

export function CreateForm(props: {
  title: string;
  /** Offer the workbook's language (a client's sheet); a workbook imported as it is keeps its own. */
  chooseLanguage: boolean;
  /** Why creating is not possible yet (shown as the button's state; the reason is said elsewhere). */
  disabled: boolean;
  create(input: { title: string; language: Language }): Promise<void>;
  cancel(): void;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(props.title);
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreating(true);
    setError(null);
    props.create({ title: title.trim(), language }).catch((e: Error) => {
      setError(e.message);
      setCreating(false);
    });
  };

  return (
    <form className="create-form" onSubmit={submit}>
      <label htmlFor={`${id}-title`}>{t('ui.start.title')}</label>
      <input id={`${id}-title`} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      {props.chooseLanguage && (
        <>
          <label htmlFor={`${id}-language`}>{t('ui.start.workbookLanguage')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <LanguageOptions />
          </select>
        </>
      )}
      {props.children}
      <div className="create-buttons">
        <button type="submit" disabled={props.disabled || creating || !title.trim()}>
          {t('ui.import.create')}
        </button>
        <button type="button" onClick={props.cancel}>
          {t('ui.cancel')}
        </button>
      </div>
      {creating && <p role="status">{t('ui.import.creating')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
