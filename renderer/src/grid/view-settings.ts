/**
 * How a person has laid out a workbook's grid: column widths and whether long titles wrap. A view preference, not
 * content, so it stays out of the file (another person opening the workbook keeps their own) and lives in the page's
 * localStorage under the workbook's id, which survives renames, moves and reopening. Free of React so it is tested
 * as plain functions.
 */
import { readPreference, writePreference, type PageStorage } from '../ui/storage';

/** The activity column's id in `widths`; party columns use the party's id. */
export const ACTIVITY_COLUMN = 'activity';
export const DEFAULT_ACTIVITY_WIDTH = 352;
export const DEFAULT_PARTY_WIDTH = 144;
export const MIN_COLUMN_WIDTH = 56;
export const MAX_COLUMN_WIDTH = 900;
/** One arrow press on a column's resize handle; Shift moves four times as far. */
export const KEYBOARD_STEP = 16;

/**
 * Row heights are fixed, not measured: the grid's rows are virtualised, and 20,000 rows of measured heights would
 * read layout on every scroll frame and make the scroll bar jump as heights arrive. Wrapping gives every activity row
 * room for two lines of title instead (the rest behind an ellipsis and in the tooltip).
 */
export const ROW_HEIGHT = 30;
export const WRAPPED_ROW_HEIGHT = 48;

export interface ViewSettings {
  /** Width in CSS pixels per column id; a column not listed has its default width. */
  readonly widths: Readonly<Record<string, number>>;
  readonly wrapTitles: boolean;
}

export const DEFAULT_VIEW: ViewSettings = { widths: {}, wrapTitles: false };

const keyFor = (workbookId: string) => `engagebook.grid.${workbookId}`;

export const clampWidth = (width: number): number => Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));

/** The saved settings of a workbook; defaults for anything missing or damaged (it is only a preference). */
export function readViewSettings(storage: PageStorage | undefined, workbookId: string): ViewSettings {
  let saved: unknown;
  try {
    saved = JSON.parse(readPreference(storage, keyFor(workbookId)) ?? 'null');
  } catch {
    return DEFAULT_VIEW;
  }
  if (!saved || typeof saved !== 'object') return DEFAULT_VIEW;
  const { widths, wrapTitles } = saved as Record<string, unknown>;
  const valid: Record<string, number> = {};
  if (widths && typeof widths === 'object')
    for (const [column, width] of Object.entries(widths))
      if (typeof width === 'number' && Number.isFinite(width)) valid[column] = clampWidth(width);
  return { widths: valid, wrapTitles: wrapTitles === true };
}

export const writeViewSettings = (storage: PageStorage | undefined, workbookId: string, settings: ViewSettings): void =>
  writePreference(storage, keyFor(workbookId), JSON.stringify(settings));

export const withWidth = (settings: ViewSettings, column: string, width: number): ViewSettings => ({
  ...settings,
  widths: { ...settings.widths, [column]: clampWidth(width) },
});

/** A column of the grid: the activity column (ACTIVITY_COLUMN) or a party, by id, with the name in its header. */
export interface GridColumn {
  readonly id: string;
  readonly name: string;
}

/** The last, empty column's least width, where a row ends. */
const END_WIDTH = 16;

/**
 * A party column's width until it is sized: enough for its name beside the menu button (about 7.5 px a character at the
 * grid's 14 px type, plus the button and padding), between 120 and 240 px, so "Kundframgångsingenjör" is not cut.
 */
export const defaultPartyWidth = (name: string): number => Math.min(240, Math.max(120, Math.round(name.length * 7.5 + 56)));

export const widthOf = (settings: ViewSettings, column: GridColumn): number =>
  settings.widths[column.id] ?? (column.id === ACTIVITY_COLUMN ? DEFAULT_ACTIVITY_WIDTH : defaultPartyWidth(column.name));

/**
 * The CSS grid template every row shares, in pixels: the activity column, one column per party, and a last column
 * that takes what is left. Until the user sizes it, the activity column takes the spare width of the pane
 * (`available`, its client width) so titles get the room; once sized it keeps exactly that width, as in a
 * spreadsheet. Pixels rather than `fr`: each row is a grid of its own, and an `fr` track would grow differently in a
 * row whose title is longer than the rest.
 */
export function columnLayout(
  settings: ViewSettings,
  parties: readonly GridColumn[],
  available: number,
): { readonly activityWidth: number; readonly template: string } {
  const partyWidths = parties.map((party) => widthOf(settings, party));
  const spare = available - partyWidths.reduce((sum, w) => sum + w, 0) - END_WIDTH;
  const activityWidth = settings.widths[ACTIVITY_COLUMN] ?? Math.max(DEFAULT_ACTIVITY_WIDTH, Math.floor(spare));
  const template = [`${activityWidth}px`, ...partyWidths.map((w) => `${w}px`), `minmax(${END_WIDTH}px, 1fr)`].join(' ');
  return { activityWidth, template };
}
