/**
 * The workbook window: matrix tabs, the grid or the workload view, the findings panel, the legend and the status bar.
 * Every edit is saved by the host at once; the status bar says so, or says what went wrong. Changes made elsewhere
 * (another window, the CLI) arrive as events and reload what is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient, Finding } from '../../shared/api/contract';
import type { Content } from '../../shared/domain/document';
import { isLanguage } from '../../shared/domain/languages';
import type { HostEvent } from '../../shared/api/events';
import type { Connection } from './api';
import { Findings } from './Findings';
import { Grid, type JumpTarget } from './grid/Grid';
import { historyCommands, historyKey } from './history';
import { LanguageSelect } from './LanguageSelect';
import { Legend } from './Legend';
import { Workload } from './Workload';

interface Loaded {
  readonly doc: Content;
  readonly findings: Finding[];
  readonly history: { undo: string | null; redo: string | null };
}

/** Runs an edit: the status bar shows "Saving…", then the message `done` returns (or "All changes saved"). */
export type RunEdit = <T>(action: (api: ApiClient) => Promise<T>, done?: (result: T) => string | null) => Promise<T | null>;

export function Workbook({ connection, docId, onHome }: { connection: Connection; docId: string; onHome(): void }) {
  const { t, i18n } = useTranslation();
  const { api } = connection;
  const [state, setState] = useState<Loaded | null>(null);
  const [matrixIndex, setMatrixIndex] = useState(0);
  const [view, setView] = useState<'grid' | 'workload'>('grid');
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: t('ui.saved'), error: false });
  const [jumpTo, setJumpTo] = useState<JumpTarget | null>(null);
  const busy = useRef(0);

  const load = useCallback(async () => {
    const snapshot = await api('document.snapshot', { docId, ...(isLanguage(i18n.language) && { language: i18n.language }) });
    setState({ doc: snapshot.document, findings: snapshot.findings, history: snapshot.history });
  }, [api, docId, i18n.language]);

  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (state) document.title = `${state.doc.title} — Engagebook`;
  }, [state?.doc.title]);

  // One subscription per document: the handler reads the latest load/t through a ref instead of resubscribing.
  const onEvent = useRef<(event: HostEvent) => void>(() => undefined);
  onEvent.current = (event) => {
    // Our own edits reload when they finish; events matter when someone else changed the document.
    if (event.docId !== docId || busy.current > 0) return;
    void load().then(() => event.external && setStatus({ text: t('ui.changedElsewhere'), error: false }));
  };
  useEffect(() => connection.subscribe((event) => onEvent.current(event)), [connection]);

  const run: RunEdit = useCallback(
    async (action, done) => {
      busy.current++;
      setStatus({ text: t('ui.saving'), error: false });
      try {
        const result = await action(api);
        await load();
        setStatus({ text: done?.(result) ?? t('ui.saved'), error: false });
        return result;
      } catch (e) {
        setStatus({ text: t('ui.error', { message: (e as Error).message }), error: true });
        await load().catch(() => undefined);
        return null;
      } finally {
        busy.current--;
      }
    },
    [api, load, t],
  );

  // Undo and redo work wherever focus is (toolbar, findings), not only in the grid, which handles them itself first.
  useEffect(() => {
    const commands = historyCommands(docId, run, t);
    const onKey = (event: KeyboardEvent) => {
      const step = event.defaultPrevented ? null : historyKey(event);
      if (!step) return;
      event.preventDefault();
      commands[step]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [docId, run, t]);

  if (!state) return <p className="status">{t('ui.loading')}</p>;
  const { doc, findings, history } = state;
  const matrix = doc.matrices[matrixIndex] ?? doc.matrices[0];
  const vocabulary = matrix && doc.vocabularies.find((v) => v.id === matrix.vocabularyId);

  return (
    <div className="app">
      <header className="toolbar">
        <button type="button" onClick={onHome} className="home">
          {t('ui.start.home')}
        </button>
        <h1>{doc.title}</h1>
        <div role="tablist" aria-label="Matrices">
          {doc.matrices.map((m, i) => (
            <button key={m.id} role="tab" aria-selected={i === matrixIndex} onClick={() => setMatrixIndex(i)}>
              {m.title}
            </button>
          ))}
        </div>
        <div role="radiogroup" aria-label={t('ui.view.label')} className="views">
          {(['grid', 'workload'] as const).map((v) => (
            <button key={v} type="button" role="radio" aria-checked={view === v} onClick={() => setView(v)}>
              {v === 'grid' ? t('ui.view.grid') : t('ui.workload.title')}
            </button>
          ))}
        </div>
        <LanguageSelect />
      </header>
      <main className="workspace">
        <div className="main-pane">
          {matrix && view === 'grid' && (
            <Grid
              key={matrix.id}
              docId={docId}
              doc={doc}
              matrix={matrix}
              findings={findings}
              history={history}
              run={run}
              notify={(text) => setStatus({ text, error: false })}
              jumpTo={jumpTo}
            />
          )}
          {matrix && view === 'workload' && <Workload doc={doc} matrix={matrix} />}
          {vocabulary && <Legend vocabulary={vocabulary} />}
          <p className="shortcuts">{t('ui.shortcuts')}</p>
        </div>
        <Findings
          findings={findings}
          onJump={(finding) => {
            const index = doc.matrices.findIndex((m) => m.id === finding.location.matrixId);
            if (index >= 0) setMatrixIndex(index);
            setView('grid');
            setJumpTo({ ...finding.location });
          }}
        />
      </main>
      <footer className={`status-bar${status.error ? ' error' : ''}`} role="status">
        {status.text}
        {history.undo ? ` · ${t('ui.undo')}: ${history.undo}` : ''}
      </footer>
    </div>
  );
}
