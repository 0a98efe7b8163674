/**
 * Compare: any two of the workbook now, its revisions, a template built fresh (the deal against its standard) and
 * another workbook file. The host diffs them (shared/compare/diff.ts, the same diff as `engagebook diff`); the page
 * shows the count per kind, the changed rows of each matrix in a read-only grid with every changed cell as old → new,
 * and the other changes (structure, scope, sign-off) as a list.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient, ResultOf } from '../../../shared/api/contract';
import type { CompareSide } from '../../../shared/api/methods/revisions';
import type { RevisionSummary } from '../../../shared/domain/document';
import { isLanguage } from '../../../shared/domain/languages';
import { uploadFile } from '../transfer/files';
import { ChangeList, CountSummary } from './ChangeList';
import { DiffGrid } from './DiffGrid';
import './compare.css';

type Diff = ResultOf<'compare.run'>;

/** What the revisions panel opens Compare with: a revision against the current state, or (`view`) on its own. */
export interface CompareRequest {
  readonly revisionId: string;
  readonly view: boolean;
}
type Template = ResultOf<'templates.list'>[number];

/** A side as the select holds it: "current", "revision:<id>", "template:<id>" or "file". */
type Choice = string;

export function ComparePanel(props: {
  api: ApiClient;
  docId: string;
  revisions: readonly RevisionSummary[];
  /** What to show when the panel opens (from the revisions panel); else the last revision against the current state. */
  request: CompareRequest | null;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const { api, docId, revisions } = props;
  const [templates, setTemplates] = useState<Template[]>([]);
  const first = props.request?.revisionId ?? revisions.at(-1)?.id;
  const [before, setBefore] = useState<Choice>(first ? `revision:${first}` : 'current');
  const [after, setAfter] = useState<Choice>(props.request?.view ? `revision:${first}` : 'current');
  const [allRows, setAllRows] = useState(props.request?.view ?? false);
  const [files, setFiles] = useState<{ before: File | null; after: File | null }>({ before: null, after: null });
  const [diff, setDiff] = useState<Diff | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => void api('templates.list', {}).then(setTemplates, () => undefined), [api]);

  const sideOf = async (choice: Choice, file: File | null): Promise<CompareSide> => {
    if (choice === 'current') return { kind: 'current' };
    if (choice === 'file') {
      if (!file) throw new Error(t('ui.compare.needFile'));
      return { kind: 'upload', uploadId: await uploadFile(api, file) };
    }
    const [kind, id = ''] = choice.split(/:(.*)/s);
    return kind === 'template' ? { kind: 'template', templateId: id } : { kind: 'revision', revision: id };
  };
  const compare = async () => {
    setBusy(true);
    setError(null);
    try {
      const sides = { before: await sideOf(before, files.before), after: await sideOf(after, files.after) };
      setDiff(await api('compare.run', { docId, ...sides }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // The first comparison runs at once: opened from a revision, that one against the current state.
  useEffect(() => void compare(), []);

  const options = (
    <>
      <option value="current">{t('ui.compare.current')}</option>
      {revisions.map((r) => (
        <option key={r.id} value={`revision:${r.id}`}>
          {t('ui.compare.revision', { label: r.label, status: t(`ui.revisionStatus.${r.status}`) })}
        </option>
      ))}
      {templates.map((tpl) => (
        <option key={tpl.id} value={`template:${tpl.id}`}>
          {t('ui.compare.template', { name: tpl.name[language] ?? tpl.id })}
        </option>
      ))}
      <option value="file">{t('ui.compare.file')}</option>
    </>
  );
  const side = (which: 'before' | 'after', value: Choice, set: (v: Choice) => void) => (
    <>
      <label>
        {t(`ui.compare.${which}`)}
        <select value={value} onChange={(e) => set(e.target.value)}>
          {options}
        </select>
      </label>
      {value === 'file' && (
        <label>
          {t('ui.compare.chooseFile')}
          <input
            type="file"
            accept=".engagement,.json"
            onChange={(e) => setFiles((f) => ({ ...f, [which]: e.target.files?.[0] ?? null }))}
          />
        </label>
      )}
    </>
  );

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('ui.compare.title')}</h2>
      <form
        className="compare-sides"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        {side('before', before, setBefore)}
        {side('after', after, setAfter)}
        <label className="compare-all">
          <input type="checkbox" checked={allRows} onChange={(e) => setAllRows(e.target.checked)} />
          {t('ui.compare.allRows')}
        </label>
        <button type="submit" disabled={busy}>
          {t('ui.compare.run')}
        </button>
      </form>
      {error && (
        <p className="compare-error" role="alert">
          {error}
        </p>
      )}
      {busy && <p className="status">{t('ui.compare.running')}</p>}
      {diff && !busy && (
        <>
          {/* One side on its own (View from the revisions panel) has nothing to count. */}
          {!(diff.equal && before === after) && <CountSummary diff={diff} />}
          {diff.after.matrices.map((matrix) => (
            <DiffGrid key={matrix.id} content={diff.after} matrix={matrix} entries={diff.entries} allRows={allRows} />
          ))}
          <ChangeList entries={diff.entries} />
        </>
      )}
    </section>
  );
}
