/**
 * A client's own spreadsheet, before anything is created: the real sheet with the detector's guesses marked on it,
 * a control for every guess, and the matrix that would result, kept live as the person corrects the guesses.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/api/methods/transfer';
import { LanguageSelect } from '../LanguageSelect';
import { CreateForm } from './CreateForm';
import { discardPlan } from './plans';
import { MappingControls } from './MappingControls';
import { ResultPreview } from './ResultPreview';
import { RolesTable } from './RolesTable';
import { SheetPreview } from './SheetPreview';
import { SheetView } from './sheet-view';
import { useLivePreview } from './use-live-preview';
import './import.css';

export type ForeignPlan = Extract<ImportPlan, { kind: 'foreign' }>;

/** The file's name without its extension: the new workbook's title to start with. */
const stem = (name: string) => name.replace(/\.[^.]+$/, '') || name;

/** Below this share of role-like party cells the detector says it is unsure. */
const SURE = 0.9;

export function ForeignImport(props: { api: ApiClient; plan: ForeignPlan; onCreated(docId: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const { api, plan } = props;
  const live = useLivePreview(api, plan.planId, plan.preview);
  const { preview, mapping } = live;
  const view = useMemo(() => new SheetView(preview.cells, mapping, preview.skippedRows), [preview, mapping]);
  const reasons = useMemo(() => new Map(preview.skippedRows.map((s) => [s.row, s.reason])), [preview.skippedRows]);
  const cancel = () => {
    discardPlan(api, plan.planId);
    props.onCancel();
  };
  const percent = preview.confidence === null ? null : Math.round(preview.confidence * 100);
  const checks = [
    ...(live.blocked ? [t(live.blocked)] : []),
    ...(live.error ? [live.error] : []),
    ...(live.pending ? [] : preview.problems),
  ];

  return (
    <div className="foreign-import">
      <header className="toolbar">
        <h1>{t('ui.import.heading', { file: plan.fileName })}</h1>
        <LanguageSelect />
      </header>
      <div className="import-body">
        <aside className="import-settings" aria-labelledby={`${id}-settings`}>
          <h2 id={`${id}-settings`}>{t('ui.import.settings')}</h2>
          <MappingControls sheets={preview.sheets} mapping={mapping} view={view} change={live.change} />
          <RolesTable
            roles={mapping.roles ?? {}}
            vocabulary={preview.vocabulary}
            legend={preview.legend}
            change={(roles) => live.change({ roles })}
          />
        </aside>
        <main className="import-main">
          <SheetPreview sheet={preview.sheet} view={view} truncated={preview.truncated} reasons={reasons} />
          <div className="import-findings" aria-live="polite">
            {live.pending && <p className="hint">{t('ui.import.updating')}</p>}
            {!live.pending && percent !== null && (
              <p className={percent < SURE * 100 ? 'unsure' : 'hint'}>
                {t(percent < SURE * 100 ? 'ui.import.unsure' : 'ui.import.confident', { percent })}
              </p>
            )}
            {checks.length > 0 && (
              <section aria-labelledby={`${id}-checks`} className="import-checks">
                <h2 id={`${id}-checks`}>{t('ui.import.check')}</h2>
                <ul>
                  {checks.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          <ResultPreview result={preview.result} />
        </main>
      </div>
      <footer className="import-footer">
        <CreateForm
          title={stem(plan.fileName)}
          chooseLanguage
          disabled={live.pending || !!live.blocked || !preview.found}
          cancel={cancel}
          create={async ({ title, language }) => {
            const opened = await api('import.create', { planId: plan.planId, mapping, title, language });
            props.onCreated(opened.docId);
          }}
        />
      </footer>
    </div>
  );
}
