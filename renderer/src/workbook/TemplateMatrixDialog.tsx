/** "Add matrix › From template…": every template's matrices, titled in the UI language; the chosen one is copied in. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from '../grid/Prompt';
import { isLanguage } from '../../../shared/domain/languages';
import type { ApiClient } from '../../../shared/api/contract';

interface Choice {
  readonly templateId: string;
  readonly templateName: string;
  readonly matrices: ReadonlyArray<{ title: string; activities: number }>;
}

export function TemplateMatrixDialog(props: {
  api: ApiClient;
  onChoose(templateId: string, matrix: number): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const { api } = props;
  const id = useId();
  const dialog = useModal();
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [value, setValue] = useState('');
  useEffect(() => {
    const language = isLanguage(i18n.language) ? i18n.language : 'en';
    let live = true;
    void (async () => {
      const templates = await api('templates.list', {});
      const loaded = await Promise.all(
        templates.map(async (template) => ({
          templateId: template.id,
          templateName: template.name[language] ?? template.id,
          matrices: await api('templates.matrices', { templateId: template.id, language }),
        })),
      );
      if (!live) return;
      setChoices(loaded);
      const first = loaded.find((c) => c.matrices.length > 0);
      if (first) setValue(`${first.templateId}#0`);
    })();
    return () => void (live = false);
  }, [api, i18n.language]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [templateId, index] = value.split('#');
    if (!templateId || index === undefined) return;
    props.onChoose(templateId, Number(index));
    props.onClose();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={props.onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('ui.matrix.addFromTemplate')}</h2>
        <div className="field">
          <label htmlFor={`${id}-matrix`}>{t('ui.matrix.templateMatrix')}</label>
          <select id={`${id}-matrix`} value={value} onChange={(e) => setValue(e.target.value)} disabled={!choices}>
            {choices?.map((choice) => (
              <optgroup key={choice.templateId} label={choice.templateName}>
                {choice.matrices.map((m, i) => (
                  <option key={i} value={`${choice.templateId}#${i}`}>
                    {m.title} ({t('ui.import.activities', { count: m.activities })})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            {t('ui.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!value}>
            {t('ui.matrix.add')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
