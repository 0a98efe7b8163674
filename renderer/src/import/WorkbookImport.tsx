/**
 * A file that becomes a workbook as it is — canonical JSON, or an Engagebook export of another workbook: a small
 * confirmation with its title, then "Create workbook".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/api/methods/transfer';
import { CreateForm } from './CreateForm';
import { discardPlan } from './plans';
import './import.css';

export type WorkbookPlan = Extract<ImportPlan, { kind: 'workbook' }>;

export function WorkbookImport(props: { api: ApiClient; plan: WorkbookPlan; onCreated(docId: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const { api, plan } = props;
  return (
    <section className="workbook-import" aria-labelledby={id}>
      <h2 id={id}>{t('ui.import.workbookHeading', { file: plan.fileName })}</h2>
      <p>{t(`ui.import.source.${plan.source}`)}</p>
      {plan.notices.length > 0 && (
        <ul className="hint">
          {plan.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <CreateForm
        title={plan.title}
        chooseLanguage={false}
        disabled={false}
        cancel={() => {
          discardPlan(api, plan.planId);
          props.onCancel();
        }}
        create={async ({ title }) => {
          const opened = await api('import.create', { planId: plan.planId, title });
          props.onCreated(opened.docId);
        }}
      />
    </section>
  );
}
