/**
 * A control for every guess of the detector — together they are the mapping (`import --mapping`): the sheet, the
 * orientation, the header row, the activity and phase columns, and the party columns, each named the way the sheet
 * shows it. When activities run across, the header is a column and the other columns are rows, and the labels say so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForeignPreview } from '../../../shared/api/methods/transfer';
import { isShaped, type Mapping } from '../../../shared/import/detect/mapping';
import type { SheetView } from './sheet-view';

const ORIENTATIONS = ['rows', 'columns', 'long', 'inverted', 'single-role'] as const;
const HINTS = {
  long: 'ui.import.longHint',
  inverted: 'ui.import.invertedHint',
  'single-role': 'ui.import.singleRoleHint',
} as const;

export function MappingControls(props: {
  sheets: ForeignPreview['sheets'];
  mapping: Mapping;
  view: SheetView;
  change(correction: Partial<Mapping>): void;
}) {
  const { t } = useTranslation();
  const { mapping, view, change } = props;
  const turned = view.turned;
  // The other shapes find their columns by their headings: the position controls do not apply to them.
  const shaped = isShaped(mapping.orientation) ? HINTS[mapping.orientation as keyof typeof HINTS] : null;
  const place = (position: number) => {
    const heading = view.heading(position);
    const name = view.positionName(t, position);
    return heading ? t('ui.import.withText', { place: name, text: heading }) : name;
  };
  /** The choices for a position, with the current one even when it lies outside the part of the sheet shown. */
  const positions = (current: number | null | undefined) => {
    const filled = view.filledPositions();
    const list = current && !filled.includes(current) ? [...filled, current].sort((a, b) => a - b) : filled;
    return list.map((p) => ({ value: p, text: place(p) }));
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
      <Choice
        label={t('ui.import.sheet')}
        value={mapping.sheet}
        options={props.sheets.map((s) => ({
          value: s.name,
          text: [
            s.name,
            t('ui.import.sheetSize', { rows: s.rows, columns: s.columns }),
            ...(s.state === 'visible' ? [] : [t('ui.import.sheetHidden')]),
            ...(s.found ? [t('ui.import.sheetFound')] : []),
          ].join(' · '),
        }))}
        change={(sheet) => change({ sheet })}
      />
      <Choice
        label={t('ui.import.orientation')}
        value={mapping.orientation}
        empty={t('ui.import.choose')}
        options={ORIENTATIONS.map((o) => ({ value: o, text: t(`ui.import.orientation.${o}`) }))}
        change={(orientation) => change({ orientation: orientation as Mapping['orientation'] })}
      />
      {shaped ? (
        <p className="hint">{t(shaped)}</p>
      ) : (
        <>
          <Choice
            label={t(turned ? 'ui.import.headerColumn' : 'ui.import.headerRow')}
            value={mapping.headerRow}
            empty={t('ui.import.choose')}
            options={lines.map((line) => ({
              value: line,
              text: t('ui.import.withText', { place: view.lineName(t, line), text: view.lineText(line) }),
            }))}
            change={(value) => change({ headerRow: number(value) })}
          />
          <Choice
            label={t(turned ? 'ui.import.labelRow' : 'ui.import.labelColumn')}
            value={mapping.labelColumn}
            empty={t('ui.import.choose')}
            options={positions(mapping.labelColumn)}
            change={(value) => change({ labelColumn: number(value) })}
          />
          <Choice
            label={t(turned ? 'ui.import.phaseRow' : 'ui.import.phaseColumn')}
            value={mapping.phaseColumn}
            none={t('ui.import.none')}
            options={positions(mapping.phaseColumn)}
            change={(value) => change({ phaseColumn: number(value) ?? null })}
          />
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

/**
 * A labelled choice among positions or names. `none` is a real choice ("None"); `empty` only stands in while nothing
 * is chosen (the detector found nothing to start from).
 */
function Choice(props: {
  label: string;
  value: string | number | null | undefined;
  options: ReadonlyArray<{ value: string | number; text: string }>;
  none?: string;
  empty?: string;
  change(value: string): void;
}) {
  const id = useId();
  const blank = props.none ?? (props.value == null || props.value === '' ? props.empty : undefined);
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.change(e.target.value)}>
        {blank !== undefined && <option value="">{blank}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </>
  );
}
