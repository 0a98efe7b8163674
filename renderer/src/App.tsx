/** The workbook window: matrix tabs, the grid, the findings panel, the language switch and the save status. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../shared/api/contract';
import type { EngagementDocument } from '../../shared/domain/document';
import { LANGUAGES } from '../../shared/domain/languages';
import type { ResultOf } from '../../shared/api/contract';

type Finding = ResultOf<'document.validate'>[number];
import { Grid } from './Grid';

interface Loaded {
  readonly docId: string;
  readonly doc: EngagementDocument;
  readonly findings: Finding[];
  readonly history: { undo: string | null; redo: string | null };
}

export function App({ api }: { api: ApiClient }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<Loaded | null | 'none'>(null);
  const [matrixIndex, setMatrixIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [jumpTo, setJumpTo] = useState<{ activityId?: string; partyId?: string } | null>(null);

  const load = useCallback(
    async (docId: string) => {
      const [doc, findings, history] = await Promise.all([
        api('document.get', { docId }),
        api('document.validate', { docId, language: i18n.language as 'en' }),
        api('history.state', { docId }),
      ]);
      setState({ docId, doc, findings, history });
    },
    [api, i18n.language],
  );

  useEffect(() => {
    void (async () => {
      const info = await api('session.info', {});
      const hashDoc = new URLSearchParams(window.location.hash.slice(1)).get('doc');
      const docId = info.documents.find((d) => d.docId === hashDoc)?.docId ?? info.documents[0]?.docId;
      if (docId) await load(docId);
      else setState('none');
    })();
  }, [api, load]);

  const run = (action: () => Promise<unknown>) => {
    if (!state || state === 'none') return;
    const docId = state.docId;
    void action()
      .then(() => load(docId))
      .then(() => setError(null))
      .catch((e: Error) => setError(t('ui.error', { message: e.message })));
  };

  if (state === null) return <p className="status">{t('ui.loading')}</p>;
  if (state === 'none') return <p className="status">{t('ui.noDocument')}</p>;
  const { doc, findings, history, docId } = state;
  const matrix = doc.matrices[matrixIndex] ?? doc.matrices[0];

  return (
    <div className="app">
      <header className="toolbar">
        <h1>{doc.title}</h1>
        <div role="tablist" aria-label="Matrices">
          {doc.matrices.map((m, i) => (
            <button key={m.id} role="tab" aria-selected={i === matrixIndex} onClick={() => setMatrixIndex(i)}>
              {m.title}
            </button>
          ))}
        </div>
        <label>
          {t('ui.language')}{' '}
          <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('ui.language')}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="workspace">
        {matrix && (
          <Grid
            doc={doc}
            matrix={matrix}
            findings={findings}
            setRoles={(activityId, partyId, roles) =>
              run(() => api('cell.set', { docId, matrixId: matrix.id, activityId, partyId, roles }))
            }
            undo={() => run(() => api('history.undo', { docId }))}
            redo={() => run(() => api('history.redo', { docId }))}
            jumpTo={jumpTo}
          />
        )}
        <aside className="findings" aria-label={t('ui.findings')}>
          <h2>{t('ui.findings')}</h2>
          {findings.length === 0 ? (
            <p>{t('ui.noFindings')}</p>
          ) : (
            <ul>
              {findings.map((f, i) => (
                <li key={i} className={f.severity}>
                  <button
                    type="button"
                    className="finding"
                    onClick={() => {
                      const index = doc.matrices.findIndex((m) => m.id === f.location.matrixId);
                      if (index >= 0) setMatrixIndex(index);
                      setJumpTo({
                        ...(f.location.activityId && { activityId: f.location.activityId }),
                        ...(f.location.partyId && { partyId: f.location.partyId }),
                      });
                    }}
                  >
                    {f.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </main>
      <footer className="status-bar" role="status">
        {error ?? t('ui.saved')}
        {history.undo ? ` · ${t('ui.undo')}: ${history.undo}` : ''}
      </footer>
    </div>
  );
}
