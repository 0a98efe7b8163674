/**
 * Export: the file the client receives. The person picks the format, language and revision; may record the current
 * state as a revision "sent" in the same step (the fingerprint a returned file is recognised by); and is told, before
 * anything is made, when the workbook breaks rules ("3 errors — export anyway?").
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageOptions } from '../LanguageSelect';
import type { Finding } from '../../../shared/api/contract';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/methods/transfer';
import type { RevisionSummary } from '../../../shared/domain/document';
import { type Language } from '../../../shared/domain/languages';

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly language: Language;
  readonly revision: string | null;
  readonly protect: boolean;
  readonly markSent: string | null;
}

/** Errors listed in the warning before "Export anyway". */
const LISTED_ERRORS = 5;

/** The label the next revision would naturally get: v1, v2, … after those there are. */
export function nextRevisionLabel(revisions: readonly RevisionSummary[]): string {
  const labels = new Set(revisions.map((r) => r.label));
  let n = revisions.length + 1;
  while (labels.has(`v${n}`)) n++;
  return `v${n}`;
}

export function ExportDialog(props: {
  language: Language;
  revisions: readonly RevisionSummary[];
  findings: readonly Finding[] | null;
  submit(request: ExportRequest): Promise<boolean>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [language, setLanguage] = useState<Language>(props.language);
  const [revision, setRevision] = useState<string>('');
  const [protect, setProtect] = useState(false);
  const [markSent, setMarkSent] = useState(false);
  const [label, setLabel] = useState(() => nextRevisionLabel(props.revisions));
  const [working, setWorking] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // The rules speak of the current state; an exported revision was checked when it was made.
  const errors = revision === '' ? (props.findings ?? []).filter((f) => f.severity === 'error') : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const done = await props.submit({
      format,
      language,
      revision: revision || null,
      protect: format === 'xlsx' && protect,
      markSent: revision === '' && markSent && label.trim() ? label.trim() : null,
    });
    if (done) props.onClose();
    else setWorking(false);
  };

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby={`${id}-title`} onClose={props.onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('ui.export.title')}</h2>
        <fieldset>
          <legend>{t('ui.export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="choice">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(`ui.export.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('ui.export.language')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <LanguageOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-revision`}>{t('ui.export.revision')}</label>
          <select id={`${id}-revision`} value={revision} onChange={(e) => setRevision(e.target.value)}>
            <option value="">{t('ui.export.current')}</option>
            {props.revisions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label} ({t(`ui.revisionStatus.${r.status}`)})
              </option>
            ))}
          </select>
        </div>
        {format === 'xlsx' && (
          <label className="choice">
            <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
            {t('ui.export.protect')}
          </label>
        )}
        {revision === '' && (
          <div className="field mark-sent">
            <label className="choice">
              <input type="checkbox" checked={markSent} onChange={(e) => setMarkSent(e.target.checked)} />
              {t('ui.export.markSent')}
            </label>
            {markSent && (
              <>
                <label htmlFor={`${id}-label`}>{t('ui.export.revisionLabel')}</label>
                <input id={`${id}-label`} value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
              </>
            )}
          </div>
        )}
        {errors.length > 0 && (
          <div className="export-errors" role="alert">
            <p>{t('ui.export.errors', { count: errors.length })}</p>
            <ul>
              {errors.slice(0, LISTED_ERRORS).map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
            {errors.length > LISTED_ERRORS && <p>{t('ui.moreFindings', { count: errors.length - LISTED_ERRORS })}</p>}
          </div>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            {t('ui.cancel')}
          </button>
          <button type="submit" className="primary" disabled={working}>
            {working ? t('ui.export.working') : errors.length > 0 ? t('ui.export.anyway') : t('ui.export.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
