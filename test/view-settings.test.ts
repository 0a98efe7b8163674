import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_COLUMN,
  DEFAULT_VIEW,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  columnLayout,
  defaultPartyWidth,
  readViewSettings,
  widthOf,
  withWidth,
  writeViewSettings,
} from '../renderer/src/grid/view-settings';
import { chosenLanguage, rememberLanguage, uiLanguage } from '../renderer/src/ui-language';
import type { PageStorage } from '../renderer/src/ui/storage';

function memoryStorage(): PageStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('grid view settings', () => {
  it('keeps column widths per workbook, clamped to sane sizes', () => {
    const storage = memoryStorage();
    let settings = withWidth(DEFAULT_VIEW, 'party-1', 220);
    settings = withWidth(settings, ACTIVITY_COLUMN, 5);
    writeViewSettings(storage, 'wb-1', { ...settings, wrapTitles: true });
    const read = readViewSettings(storage, 'wb-1');
    expect(read).toEqual({ widths: { 'party-1': 220, [ACTIVITY_COLUMN]: MIN_COLUMN_WIDTH }, wrapTitles: true });
    expect(readViewSettings(storage, 'wb-2')).toEqual(DEFAULT_VIEW);
    expect(withWidth(DEFAULT_VIEW, 'x', 1e6).widths.x).toBe(MAX_COLUMN_WIDTH);
  });

  it('reads damaged or foreign values as defaults, and keeps the valid widths among them', () => {
    const storage = memoryStorage();
    storage.items.set('engagebook.grid.wb', '{not json');
    expect(readViewSettings(storage, 'wb')).toEqual(DEFAULT_VIEW);
    storage.items.set('engagebook.grid.wb', JSON.stringify({ widths: { a: 'wide', b: 120 }, wrapTitles: 'yes' }));
    expect(readViewSettings(storage, 'wb')).toEqual({ widths: { b: 120 }, wrapTitles: false });
    const refusing: PageStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readViewSettings(refusing, 'wb')).toEqual(DEFAULT_VIEW);
    expect(() => writeViewSettings(refusing, 'wb', DEFAULT_VIEW)).not.toThrow();
  });

  it('lets the activity column take the spare width until it is sized, then keeps its width', () => {
    const parties = [
      { id: 'p1', name: 'Kund' },
      { id: 'p2', name: 'Kundframgångsingenjör' },
    ];
    const [kund, engineer] = parties.map((p) => defaultPartyWidth(p.name));
    expect(kund).toBe(120);
    expect(engineer).toBeGreaterThan(200); // the long Swedish name fits
    expect(columnLayout(DEFAULT_VIEW, parties, 1000)).toEqual({
      activityWidth: 1000 - kund! - engineer! - 16,
      template: `${1000 - kund! - engineer! - 16}px ${kund}px ${engineer}px minmax(16px, 1fr)`,
    });
    // A narrow pane: the activity column keeps its least width and the grid scrolls sideways.
    expect(columnLayout(DEFAULT_VIEW, parties, 300).activityWidth).toBe(352);
    const sized = withWidth(withWidth(DEFAULT_VIEW, ACTIVITY_COLUMN, 300), 'p2', 200);
    expect(columnLayout(sized, parties, 1000).template).toBe(`300px ${kund}px 200px minmax(16px, 1fr)`);
    expect(widthOf(sized, parties[0]!)).toBe(kund);
  });
});

describe('UI language', () => {
  it('follows the workbook until the user chooses, and remembers the choice', () => {
    const storage = memoryStorage();
    expect(uiLanguage(chosenLanguage(storage), 'sv', 'en-US')).toBe('sv');
    expect(uiLanguage(chosenLanguage(storage), null, 'nl-BE')).toBe('nl');
    expect(uiLanguage(chosenLanguage(storage), null, 'de-DE')).toBe('en');
    rememberLanguage(storage, 'fr');
    expect(uiLanguage(chosenLanguage(storage), 'sv', 'en-US')).toBe('fr');
    storage.items.set('engagebook.uiLanguage', 'klingon');
    expect(chosenLanguage(storage)).toBeNull();
  });
});
