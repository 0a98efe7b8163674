/**
 * The workbook's details: title, client, prepared by, language and dates. Saving sends only what changed, as one
 * `workbook.update`, so one undo step takes the whole save back.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from '../grid/Prompt';
import type { Content } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import { LanguageOptions } from '../LanguageSelect';
import type { DocumentStore } from '../store/document-store';
import type { RunEdit } from '../Workbook';

type Details = Pick<Content, 'title' | 'client' | 'preparedBy' | 'language' | 'dates'>;
const DATES = ['proposal', 'start', 'end'] as const;

export function DetailsDialog(props: { store: DocumentStore; doc: Details; run: RunEdit; onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useModal();
  const [draft, setDraft] = useState<Details>(() => ({ ...props.doc, dates: { ...props.doc.dates } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = changes(props.doc, draft);
    if (Object.keys(patch).length === 0) return props.onClose();
    const done = await props.run(() => props.store.edit('workbook.update', { docId: props.store.docId, ...patch }));
    if (done) props.onClose();
  };
  const text = (field: 'title' | 'client' | 'preparedBy', required = false) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`ui.details.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        value={draft[field]}
        required={required}
        maxLength={field === 'title' ? 2000 : 500}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
      />
    </div>
  );
  return (
    <dialog ref={dialog} className="dialog details-dialog" aria-labelledby={`${id}-heading`} onClose={props.onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-heading`}>{t('ui.details.heading')}</h2>
        {text('title', true)}
        {text('client')}
        {text('preparedBy')}
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('ui.details.language')}</label>
          <select
            id={`${id}-language`}
            value={draft.language}
            onChange={(e) => setDraft({ ...draft, language: e.target.value as Language })}
          >
            <LanguageOptions />
          </select>
        </div>
        {DATES.map((date) => (
          <div className="field" key={date}>
            <label htmlFor={`${id}-${date}`}>{t(`ui.details.date.${date}`)}</label>
            <input
              id={`${id}-${date}`}
              type="date"
              value={draft.dates[date] ?? ''}
              onChange={(e) => setDraft({ ...draft, dates: { ...draft.dates, [date]: e.target.value || null } })}
            />
          </div>
        ))}
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            {t('ui.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('ui.details.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The fields that differ, trimmed as the host will store them. */
function changes(before: Details, after: Details) {
  const patch: { title?: string; client?: string; preparedBy?: string; language?: Language; dates?: Partial<Details['dates']> } =
    {};
  for (const field of ['title', 'client', 'preparedBy'] as const)
    if (after[field].trim() !== before[field]) patch[field] = after[field].trim();
  if (after.language !== before.language) patch.language = after.language;
  const dates = Object.fromEntries(DATES.filter((d) => after.dates[d] !== before.dates[d]).map((d) => [d, after.dates[d]]));
  if (Object.keys(dates).length > 0) patch.dates = dates;
  return patch;
}
