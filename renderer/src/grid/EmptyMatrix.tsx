/**
 * The one row of a matrix without phases: it says how to start, and it can take the focus, so a table pasted there
 * reaches the grid's paste handler and becomes the matrix's first phase of activities (./paste.ts).
 */
import { useTranslation } from 'react-i18next';

export function EmptyMatrix({ rowIndex, columns }: { rowIndex: number; columns: number }) {
  const { t } = useTranslation();
  return (
    <div role="row" aria-rowindex={rowIndex} className="grid-row empty-matrix">
      <div role="gridcell" tabIndex={0} data-pos="0:0" aria-colspan={columns}>
        {t('ui.emptyMatrix')}
      </div>
    </div>
  );
}
