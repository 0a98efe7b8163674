/**
 * The client's sheet as it is, with the reading marked on it: the header, the activity, phase and party columns, and
 * the rows the detector skipped. Each mark is also said in the row's or column's heading, not only shown in colour.
 */
import { useTranslation } from 'react-i18next';
import { columnName } from '../../../shared/import/grid';
import type { Mark, SheetView } from './sheet-view';

export const MARKS: readonly Mark[] = ['header', 'label', 'phase', 'party', 'skipped'];

const classes = (marks: readonly Mark[]) => marks.map((m) => `mark-${m}`).join(' ');

export function SheetPreview(props: {
  sheet: string;
  view: SheetView;
  truncated: { rows: boolean; columns: boolean };
  reasons: ReadonlyMap<number, string>;
}) {
  const { t } = useTranslation();
  const { view } = props;
  const rows = view.cells.length;
  const columns = Math.max(0, ...view.cells.map((row) => row.length));
  const say = (marks: readonly Mark[]) => marks.map((m) => t(`ui.import.mark.${m}`)).join(', ');
  /** Why a row (or, turned, a column) of the sheet was skipped. */
  const reason = (line: number) => {
    const why = props.reasons.get(line);
    return why ? t('ui.import.skipped', { place: view.lineName(t, line), reason: why }) : undefined;
  };
  return (
    <div className="sheet-preview">
      <div className="sheet-scroll">
        <table aria-label={t('ui.import.sheetPreview', { sheet: props.sheet })} className={view.turned ? 'turned' : undefined}>
          <thead>
            <tr>
              <td />
              {Array.from({ length: columns }, (_, c) => {
                const marks = view.columnMarks(c + 1);
                return (
                  <th key={c} scope="col" className={classes(marks)} title={view.turned ? reason(c + 1) : undefined}>
                    {columnName(c + 1)}
                    {marks.length > 0 && <span className="mark-words">{say(marks)}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {view.cells.map((cells, r) => {
              const marks = view.rowMarks(r + 1);
              return (
                <tr key={r}>
                  <th scope="row" className={classes(marks)} title={view.turned ? undefined : reason(r + 1)}>
                    {r + 1}
                    {marks.length > 0 && <span className="mark-words">{say(marks)}</span>}
                  </th>
                  {Array.from({ length: columns }, (_, c) => (
                    <td key={c} className={classes(view.marks(r + 1, c + 1))} title={cells[c] || undefined}>
                      {cells[c]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="sheet-key">
        {MARKS.map((m) => (
          <span key={m} className="sheet-key-item">
            <span className={`sheet-swatch mark-${m}`} aria-hidden="true" /> {t(`ui.import.mark.${m}`)}
          </span>
        ))}
        {(props.truncated.rows || props.truncated.columns) && <span>{t('ui.import.truncated', { rows, columns })}</span>}
      </p>
    </div>
  );
}
