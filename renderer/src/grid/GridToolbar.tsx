/**
 * The toolbar over the grid: add an activity, a phase or a party; delete the active row; find (Ctrl+F); wrap titles;
 * and the size of the selection. Each button calls back into the grid, which owns the selection and the dialogs.
 */
import { useTranslation } from 'react-i18next';
import { runAction } from '../actions';
import type { GridLayout } from './use-grid-layout';

export interface GridToolbarProps {
  /** The matrix's title, which names the toolbar. */
  readonly label: string;
  readonly layout: Pick<GridLayout, 'settings' | 'setWrapTitles'>;
  /** Rows × columns selected, or null for a single cell. */
  readonly selected: { readonly rows: number; readonly columns: number } | null;
  addActivity(): void;
  addPhase(): void;
  addParty(): void;
  deleteRow(): void;
}

export function GridToolbar({ label, layout, selected, ...on }: GridToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="grid-toolbar" role="toolbar" aria-label={label}>
      <div className="toolbar-group">
        <button type="button" onClick={on.addActivity}>
          {t('ui.addActivity')}
        </button>
        <button type="button" onClick={on.addPhase}>
          {t('ui.addPhase')}
        </button>
        <button type="button" onClick={on.addParty}>
          {t('ui.addParty')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="danger" onClick={on.deleteRow}>
          {t('ui.deleteRow')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => runAction('find')} title="Ctrl+F">
          {t('ui.find.open')}
        </button>
        <label className="check">
          <input type="checkbox" checked={layout.settings.wrapTitles} onChange={(e) => layout.setWrapTitles(e.target.checked)} />
          {t('ui.grid.wrapTitles')}
        </label>
      </div>
      <span className="selection-size" aria-live="polite">
        {selected ? t('ui.selection', selected) : ''}
      </span>
    </div>
  );
}
