/**
 * The workbook window: matrix tabs, the grid or the workload view, the findings panel, the legend and the status bar.
 * The document lives in a DocumentStore (store/document-store.ts) outside the components: it applies each edit's
 * changes in place, so an edit never reloads the document. Every edit is saved by the host at once; the status bar
 * says so, or says what went wrong.
 */
import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/api/contract';
import { isLanguage } from '../../shared/domain/languages';
import { ApiCallError, type Connection } from './api';
import type { Boot } from './boot';
import { Findings } from './Findings';
import { Grid, type JumpTarget } from './grid/Grid';
import { historyCommands, historyKey, stepText } from './history';
import { LanguageSelect } from './LanguageSelect';
import { Legend } from './Legend';
import { DocumentStore } from './store/document-store';
import { Workload } from './Workload';
import { useRoundTrip } from './transfer/RoundTrip';
import { useActions } from './actions';
import type { CompareRequest } from './compare/ComparePanel';
import { ComparePanel, DetailsDialog, RevisionsPanel, RolesDialog, ScopeView } from './lazy-screens';

const VIEWS = ['grid', 'workload', 'scope', 'revisions', 'compare'] as const;
type View = (typeof VIEWS)[number];
import { MatrixTabs } from './workbook/MatrixTabs';
import { preferredLanguage } from './ui-language';

/** How long a save may take before the status bar says "Saving…". */
const SAVING_AFTER_MS = 300;

/** Runs an edit: the status bar shows the message `done` returns (or "All changes saved"), and "Saving…" meanwhile
 * when that takes a moment. */
export type RunEdit = <T>(action: () => Promise<T>, done?: (result: T) => string | null) => Promise<T | null>;

export function Workbook({
  connection,
  boot,
  docId,
  onHome,
  onOpen,
}: {
  connection: Connection;
  boot: Boot;
  docId: string;
  onHome(): void;
  /** Opens another workbook (one made from an imported file). */
  onOpen(docId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const store = useMemo(() => new DocumentStore(connection.api, docId, language), [connection, docId]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  // The matrix on screen, by id: it stays on screen when tabs are added, moved or deleted around it.
  const [matrixId, setMatrixId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'details' | 'roles' | null>(null);
  const [view, setView] = useState<View>('grid');
  // The revision the compare view opens with, when the revisions panel asked for it.
  const [compareFrom, setCompareFrom] = useState<CompareRequest | null>(null);
  // No text means "All changes saved", put into words when shown, so it follows a change of language.
  const [status, setStatus] = useState<{ text: string | null; error: boolean }>({ text: null, error: false });
  const [jumpTo, setJumpTo] = useState<JumpTarget | null>(null);

  useEffect(() => void store.load(boot.takeSnapshot(docId) ?? undefined), [store, boot, docId]);
  useEffect(() => store.setLanguage(language), [store, language]);
  // The UI speaks the workbook's language unless the user picked one (ui-language.ts); back on the start screen, the
  // system's. The i18next instance itself, not useTranslation's `i18n`: that wrapper is a new object after each
  // language change, and an effect depending on it would switch the language back and forth.
  const workbookLanguage = state?.content.language;
  useEffect(() => {
    const wanted = workbookLanguage && preferredLanguage(workbookLanguage);
    if (wanted && wanted !== i18next.language) void i18next.changeLanguage(wanted);
  }, [workbookLanguage]);
  useEffect(() => () => void i18next.changeLanguage(preferredLanguage(null)), []);
  useEffect(() => {
    if (state) document.title = `${state.content.title} — Engagebook`;
  }, [state?.content.title]);
  useEffect(
    () =>
      connection.subscribe((event) => {
        store.hostEvent(event);
        if (event.type === 'changed' && event.docId === docId && event.external)
          setStatus({ text: t('ui.changedElsewhere'), error: false });
      }),
    [connection, store, docId, t],
  );

  const notify = useCallback((text: string, error = false) => setStatus({ text, error }), []);
  const run: RunEdit = useCallback(
    async (action, done) => {
      // "Saving…" only for a save that takes a moment: edits are saved within milliseconds, and a status line that
      // flickers on every keypress says nothing (and costs the keypress's frame a layout of the status bar).
      const slow = setTimeout(() => setStatus({ text: t('ui.saving'), error: false }), SAVING_AFTER_MS);
      try {
        const result = await action();
        setStatus({ text: done?.(result) ?? null, error: false });
        return result;
      } catch (e) {
        const busy = e instanceof ApiCallError && e.body.code === 'busy';
        setStatus({ text: busy ? t('ui.busy') : t('ui.error', { message: (e as Error).message }), error: true });
        return null;
      } finally {
        clearTimeout(slow);
      }
    },
    [t],
  );

  // Undo and redo work wherever focus is (toolbar, findings), not only in the grid, which handles them itself first.
  useEffect(() => {
    const commands = historyCommands(store, run, t);
    const onKey = (event: KeyboardEvent) => {
      const step = event.defaultPrevented ? null : historyKey(event);
      if (!step) return;
      event.preventDefault();
      commands[step]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, run, t]);

  const goHome = () => {
    // Let the host release the file; the id stays valid if this workbook is opened again.
    void connection.api('document.close', { docId }).catch(() => undefined);
    onHome();
  };
  // Stable, so the findings panel does not re-render on every edit.
  const jump = useCallback((finding: Finding) => {
    // A scope finding is shown beside its field in the scope view.
    if (finding.location.scope !== undefined) return setView('scope');
    if (finding.location.matrixId) setMatrixId(finding.location.matrixId);
    setView('grid');
    setJumpTo({ ...finding.location });
  }, []);

  const roundTrip = useRoundTrip({
    connection,
    store,
    docId,
    language,
    workbookLanguage: state?.content.language ?? language,
    revisions: state?.revisions ?? [],
    findings: state?.findings ?? null,
    // CSV is one matrix: the one on screen.
    matrixId: (state?.content.matrices.find((m) => m.id === matrixId) ?? state?.content.matrices[0])?.id ?? null,
    notify,
    open: onOpen,
  });

  useActions([
    { id: 'export', keys: 'Mod+E', run: roundTrip.export },
    { id: 'import', keys: 'Mod+I', run: roundTrip.import },
  ]);

  if (!state) return <p className="status">{t('ui.loading')}</p>;
  const { content: doc, findings, history } = state;
  const matrix = doc.matrices.find((m) => m.id === matrixId) ?? doc.matrices[0];
  const vocabulary = matrix && doc.vocabularies.find((v) => v.id === matrix.vocabularyId);
  const panel =
    view === 'revisions' ? (
      <RevisionsPanel
        api={connection.api}
        store={store}
        run={run}
        notify={notify}
        onCompare={(request) => (setCompareFrom(request), setView('compare'))}
      />
    ) : view === 'compare' ? (
      <ComparePanel
        key={JSON.stringify(compareFrom)}
        api={connection.api}
        docId={docId}
        revisions={state.revisions}
        request={compareFrom}
      />
    ) : null;

  return (
    <div className="app">
      <header className="toolbar">
        <button type="button" onClick={goHome} className="home">
          {t('ui.start.home')}
        </button>
        <h1>{doc.title}</h1>
        <button type="button" onClick={() => setDialog('details')}>
          {t('ui.details.open')}
        </button>
        {matrix && (
          <MatrixTabs
            api={connection.api}
            store={store}
            docId={docId}
            matrices={doc.matrices}
            selectedId={matrix.id}
            run={run}
            onSelect={setMatrixId}
          />
        )}
        <button type="button" onClick={() => setDialog('roles')}>
          {t('ui.roles.open')}
        </button>
        <div role="radiogroup" aria-label={t('ui.view.label')} className="views">
          {VIEWS.map((v) => (
            <button key={v} type="button" role="radio" aria-checked={view === v} onClick={() => setView(v)}>
              {v === 'workload' ? t('ui.workload.title') : t(`ui.view.${v}`)}
            </button>
          ))}
        </div>
        {roundTrip.buttons}
        <LanguageSelect />
      </header>
      {/* Dialogs and views other than the grid load on first use (lazy-screens.ts). */}
      <Suspense fallback={null}>
        {roundTrip.dialogs}
        {dialog === 'details' && <DetailsDialog store={store} doc={doc} run={run} onClose={() => setDialog(null)} />}
        {dialog === 'roles' && matrix && (
          <RolesDialog store={store} doc={doc} matrix={matrix} notify={notify} onClose={() => setDialog(null)} />
        )}
      </Suspense>
      <main className="workspace">
        <Suspense fallback={<p className="status">{t('ui.loading')}</p>}>
          {roundTrip.screen ?? panel ?? (
            <>
              <div className="main-pane">
                {matrix && vocabulary && view === 'grid' && (
                  <Grid
                    key={matrix.id}
                    store={store}
                    parties={doc.parties}
                    vocabulary={vocabulary}
                    matrix={matrix}
                    findings={findings}
                    run={run}
                    notify={notify}
                    jumpTo={jumpTo}
                    workbookId={doc.id}
                  />
                )}
                {matrix && view === 'workload' && <Workload doc={doc} matrix={matrix} />}
                {view === 'scope' && <ScopeView store={store} doc={doc} findings={findings} run={run} notify={notify} />}
                {vocabulary && view !== 'scope' && <Legend vocabulary={vocabulary} />}
                {view !== 'scope' && <p className="shortcuts">{t('ui.shortcuts')}</p>}
              </div>
              <Findings findings={findings} onJump={jump} />
            </>
          )}
        </Suspense>
      </main>
      <footer className={`status-bar${status.error ? ' error' : ''}`} role="status">
        {status.text ?? t('ui.saved')}
        {history.undo ? ` · ${t('ui.undo')}: ${stepText(history.undo, t)}` : ''}
      </footer>
    </div>
  );
}
