/**
 * The start screen: a new workbook from a template (template, workbook language, title, client) or from a spreadsheet
 * (Import a spreadsheet…: a client's sheet is previewed and corrected on a screen of its own), the recent workbooks,
 * the workbooks in the documents folder, and Open… where the host has a native dialog.
 */
import { Suspense, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient, ResultOf } from '../../shared/api/contract';
import type { ImportPlan } from '../../shared/api/methods/transfer';
import { isLanguage, type Language } from '../../shared/domain/languages';
import { ImportButton } from './import/ImportButton';
import { ForeignImport, WorkbookImport } from './lazy-screens';
import { LanguageSelect, LanguageOptions } from './LanguageSelect';

type Listing = ResultOf<'workspace.list'>;
type Entry = Listing['recent'][number];

export function StartScreen({ api, onOpen }: { api: ApiClient; onOpen(docId: string): void }) {
  const { t, i18n } = useTranslation();
  const [templates, setTemplates] = useState<ResultOf<'templates.list'>>([]);
  const [listing, setListing] = useState<Listing | null>(null);
  const [canChoose, setCanChoose] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [form, setForm] = useState({
    templateId: 'managed-services',
    language: (isLanguage(i18n.language) ? i18n.language : 'en') as Language,
    title: '',
    client: '',
  });

  useEffect(() => {
    void Promise.all([api('templates.list', {}), api('workspace.list', {}), api('session.info', {})]).then(
      ([list, workspace, info]) => {
        setTemplates(list);
        setListing(workspace);
        setCanChoose(info.canChooseFiles);
      },
    );
  }, [api]);

  const attempt = (action: () => Promise<{ docId: string } | null>) =>
    void action()
      .then((opened) => opened && onOpen(opened.docId))
      .catch((e: Error) => setError(e.message));

  const create = (event: FormEvent) => {
    event.preventDefault();
    attempt(() => api('document.create', form));
  };
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  // Labels point at their fields by id: a label wrapped around a <select> would make the chosen option part of its name.
  const id = useId();

  if (plan?.kind === 'foreign')
    return (
      <Suspense fallback={<p className="status">{t('ui.loading')}</p>}>
        <ForeignImport api={api} plan={plan} onCreated={onOpen} onCancel={() => setPlan(null)} />
      </Suspense>
    );

  return (
    <div className="start">
      <header className="toolbar">
        <h1>Engagebook</h1>
        <LanguageSelect />
      </header>
      <main className="start-columns">
        <section aria-labelledby="start-new">
          <h2 id="start-new">{t('ui.start.new')}</h2>
          <form onSubmit={create} className="start-form">
            <label htmlFor={`${id}-template`}>{t('ui.start.template')}</label>
            <select
              id={`${id}-template`}
              value={form.templateId}
              onChange={(e) => setForm({ ...form, templateId: e.target.value })}
            >
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id} title={tpl.description[language]}>
                  {tpl.name[language] ?? tpl.id}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-language`}>{t('ui.start.workbookLanguage')}</label>
            <select
              id={`${id}-language`}
              value={form.language}
              onChange={(e) => setForm({ ...form, language: e.target.value as Language })}
            >
              <LanguageOptions />
            </select>
            <label htmlFor={`${id}-title`}>{t('ui.start.title')}</label>
            <input
              id={`${id}-title`}
              required
              maxLength={200}
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
            <label htmlFor={`${id}-client`}>{t('ui.start.client')}</label>
            <input
              id={`${id}-client`}
              maxLength={500}
              value={form.client}
              onChange={(e) => setForm({ ...form, client: e.target.value })}
            />
            <button type="submit">{t('ui.start.create')}</button>
          </form>
          {canChoose && (
            <button type="button" onClick={() => attempt(() => api('document.choose', {}))}>
              {t('ui.start.open')}
            </button>
          )}
          {plan?.kind === 'workbook' ? (
            <Suspense fallback={null}>
              <WorkbookImport api={api} plan={plan} onCreated={onOpen} onCancel={() => setPlan(null)} />
            </Suspense>
          ) : (
            <ImportButton api={api} onPlan={setPlan} />
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </section>
        <WorkbookList
          title={t('ui.start.recent')}
          empty={t('ui.start.noRecent')}
          entries={listing?.recent ?? []}
          open={(key) => attempt(() => api('document.open', { key }))}
        />
        <WorkbookList
          title={t('ui.start.folder', { folder: listing?.folder ?? '' })}
          empty={t('ui.start.noneInFolder')}
          entries={listing?.inFolder ?? []}
          open={(key) => attempt(() => api('document.open', { key }))}
        />
      </main>
    </div>
  );
}

function WorkbookList(props: { title: string; empty: string; entries: readonly Entry[]; open(key: string): void }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.entries.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul className="workbook-list">
          {props.entries.map((entry) => (
            <li key={entry.key}>
              <button type="button" disabled={entry.modified === null} onClick={() => props.open(entry.key)} title={entry.folder}>
                <strong>{entry.name}</strong>
                <span>
                  {entry.modified
                    ? new Date(entry.modified).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
                    : t('ui.start.missing')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
