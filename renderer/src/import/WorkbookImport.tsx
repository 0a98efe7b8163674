/** A file that becomes a workbook as it is (canonical JSON, or an export of another workbook): say so, then create. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/api/methods/transfer';

export type WorkbookPlan = Extract<ImportPlan, { kind: 'workbook' }>;

export function WorkbookImport(props: { api: ApiClient; plan: WorkbookPlan; onCreated(docId: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { plan } = props;
  const [title, setTitle] = useState(plan.title);
  const [error, setError] = useState<string | null>(null);
  const create = () =>
    void props
      .api('import.create', { planId: plan.planId, title })
      .then((opened) => props.onCreated(opened.docId))
      .catch((e: Error) => setError(e.message));
  return (
    <section className="workbook-import" aria-label={t('ui.import.asWorkbook', { file: plan.fileName })}>
      <h2>{t('ui.import.asWorkbook', { file: plan.fileName })}</h2>
      <p>{t(plan.source === 'json' ? 'ui.import.fromJson' : 'ui.import.fromExport')}</p>
      {plan.notices.map((notice, i) => (
        <p key={i} className="review-note">
          {notice}
        </p>
      ))}
      <label>
        {t('ui.start.title')} <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel}>
          {t('ui.cancel')}
        </button>
        <button type="button" className="primary" disabled={!title.trim()} onClick={create}>
          {t('ui.import.createWorkbook')}
        </button>
      </div>
    </section>
  );
}
