/**
 * A control for every guess of the detector — together they are the mapping (`import --mapping`): the sheet, the
 * orientation, the header row, the activity and phase columns, and the party columns, each named the way the sheet
 * shows it. When activities run across, the header is a column and the other columns are rows, and the labels say so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForeignPreview } from '../../../shared/api/methods/transfer';
import type { Mapping } from '../../../shared/import/detect/mapping';
import type { SheetView } from './sheet-view';

const ORIENTATIONS = ['rows', 'columns', 'long'] as const;

export function MappingControls(props: {
  sheets: ForeignPreview['sheets'];
  mapping: Mapping;
  view: SheetView;
  change(correction: Partial<Mapping>): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { mapping, view, change } = props;
  const turned = view.turned;
  const long = mapping.orientation === 'long';
  const place = (position: number) => {
    const heading = view.heading(position);
    const name = view.positionName(t, position);
    return heading ? t('ui.import.withText', { place: name, text: heading }) : name;
  };
  /** The choices for a position, with the current one even when it lies outside the part of the sheet shown. */
  const positions = (current: number | null | undefined) => {
    const filled = view.filledPositions();
    return current && !filled.includes(current) ? [...filled, current].sort((a, b) => a - b) : filled;
  };
  const lines = view.filledLines();
  if (mapping.headerRow && !lines.includes(mapping.headerRow)) lines.push(mapping.headerRow);
  const taken = new Set([mapping.labelColumn, mapping.phaseColumn]);
  const ticked = new Set(mapping.partyColumns ?? []);
  // Every column with a heading that is not already the activities' or phases', and every ticked one.
  const partyChoices = [...new Set([...view.filledPositions().filter((p) => view.heading(p) && !taken.has(p)), ...ticked])].sort(
    (a, b) => a - b,
  );
  const number = (value: string) => (value ? Number(value) : undefined);

  return (
    <div className="mapping-controls">
      <label htmlFor={`${id}-sheet`}>{t('ui.import.sheet')}</label>
      <select id={`${id}-sheet`} value={mapping.sheet ?? ''} onChange={(e) => change({ sheet: e.target.value })}>
        {props.sheets.map((s) => (
          <option key={s.name} value={s.name}>
            {[
              s.name,
              t('ui.import.sheetSize', { rows: s.rows, columns: s.columns }),
              ...(s.state === 'visible' ? [] : [t('ui.import.sheetHidden')]),
              ...(s.found ? [t('ui.import.sheetFound')] : []),
            ].join(' · ')}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-orientation`}>{t('ui.import.orientation')}</label>
      <select
        id={`${id}-orientation`}
        value={mapping.orientation ?? ''}
        onChange={(e) => change({ orientation: e.target.value as Mapping['orientation'] })}
      >
        {!mapping.orientation && <option value="">{t('ui.import.choose')}</option>}
        {ORIENTATIONS.map((o) => (
          <option key={o} value={o}>
            {t(`ui.import.orientation.${o}`)}
          </option>
        ))}
      </select>

      {long ? (
        <p className="hint">{t('ui.import.longHint')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-header`}>{t(turned ? 'ui.import.headerColumn' : 'ui.import.headerRow')}</label>
          <select
            id={`${id}-header`}
            value={mapping.headerRow ?? ''}
            onChange={(e) => change({ headerRow: number(e.target.value) })}
          >
            {!mapping.headerRow && <option value="">{t('ui.import.choose')}</option>}
            {lines.map((line) => (
              <option key={line} value={line}>
                {t('ui.import.withText', { place: view.lineName(t, line), text: view.lineText(line) })}
              </option>
            ))}
          </select>

          <label htmlFor={`${id}-label`}>{t(turned ? 'ui.import.labelRow' : 'ui.import.labelColumn')}</label>
          <select
            id={`${id}-label`}
            value={mapping.labelColumn ?? ''}
            onChange={(e) => change({ labelColumn: number(e.target.value) })}
          >
            {!mapping.labelColumn && <option value="">{t('ui.import.choose')}</option>}
            {positions(mapping.labelColumn).map((p) => (
              <option key={p} value={p}>
                {place(p)}
              </option>
            ))}
          </select>

          <label htmlFor={`${id}-phase`}>{t(turned ? 'ui.import.phaseRow' : 'ui.import.phaseColumn')}</label>
          <select
            id={`${id}-phase`}
            value={mapping.phaseColumn ?? ''}
            onChange={(e) => change({ phaseColumn: number(e.target.value) ?? null })}
          >
            <option value="">{t('ui.import.none')}</option>
            {positions(mapping.phaseColumn).map((p) => (
              <option key={p} value={p}>
                {place(p)}
              </option>
            ))}
          </select>

          <fieldset className="party-columns">
            <legend>{t(turned ? 'ui.import.partyRows' : 'ui.import.partyColumns')}</legend>
            {partyChoices.map((p) => (
              <label key={p} title={view.positionName(t, p)}>
                <input
                  type="checkbox"
                  checked={ticked.has(p)}
                  onChange={(e) =>
                    change({
                      partyColumns: e.target.checked ? [...ticked, p].sort((a, b) => a - b) : [...ticked].filter((q) => q !== p),
                    })
                  }
                />
                {view.heading(p) || view.positionName(t, p)}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </div>
  );
}
