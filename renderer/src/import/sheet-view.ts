/**
 * A client's sheet seen through a mapping. The detector counts in its own terms — a header row, and columns across it —
 * which are the sheet's rows and columns, or its columns and rows when activities run across (orientation "columns").
 * The preview always shows the sheet as it is, so every guess is placed back on the real cells here, and every control
 * names its positions the way the person sees them ("Row 5", "Column C"). React-free, so it is tested on its own.
 */
import { isShaped, type Mapping } from '../../../shared/import/detect/mapping';
import { columnName } from '../../../shared/import/grid';

export type Mark = 'header' | 'label' | 'phase' | 'party' | 'skipped';

/** A row or column named the way the sheet shows it; `t` is the page's translator. */
type Say = (key: 'ui.import.row' | 'ui.import.column', params: Record<string, string | number>) => string;

export class SheetView {
  private readonly parties: ReadonlySet<number>;
  private readonly skipped: ReadonlySet<number>;

  constructor(
    /** The sheet's top-left cells as the client wrote them, rows then columns. */
    readonly cells: readonly (readonly string[])[],
    readonly mapping: Mapping,
    skippedRows: ReadonlyArray<{ row: number }>,
  ) {
    this.parties = new Set(mapping.partyColumns ?? []);
    this.skipped = new Set(skippedRows.map((s) => s.row));
  }

  get turned(): boolean {
    return this.mapping.orientation === 'columns';
  }

  private get height(): number {
    return this.cells.length;
  }

  private get width(): number {
    return Math.max(0, ...this.cells.map((row) => row.length));
  }

  /** How many lines run like the header (rows, or columns when turned), and how many positions lie across them. */
  get lines(): number {
    return this.turned ? this.width : this.height;
  }

  get positions(): number {
    return this.turned ? this.height : this.width;
  }

  /** The text at a line and a position across it (1-based, the detector's terms). */
  text(line: number, position: number): string {
    const [r, c] = this.turned ? [position, line] : [line, position];
    return this.cells[r - 1]?.[c - 1] ?? '';
  }

  lineName(say: Say, line: number): string {
    return this.turned ? say('ui.import.column', { column: columnName(line) }) : say('ui.import.row', { row: line });
  }

  positionName(say: Say, position: number): string {
    return this.turned ? say('ui.import.row', { row: position }) : say('ui.import.column', { column: columnName(position) });
  }

  /** A line's texts in one short phrase, for choosing the header by what it says. */
  lineText(line: number, max = 60): string {
    const texts: string[] = [];
    for (let p = 1; p <= this.positions; p++) {
      const text = this.text(line, p).trim();
      if (text) texts.push(text);
    }
    const joined = texts.join(', ');
    return joined.length > max ? `${joined.slice(0, max - 1)}…` : joined;
  }

  /** What heads a position: its text in the header line ('' when there is none). */
  heading(position: number): string {
    return this.mapping.headerRow ? this.text(this.mapping.headerRow, position).trim() : '';
  }

  /** Lines and positions that hold any text: the choices of the controls. */
  filledLines(): number[] {
    return range(this.lines).filter((line) => range(this.positions).some((p) => this.text(line, p).trim()));
  }

  filledPositions(): number[] {
    return range(this.positions).filter((p) => range(this.lines).some((line) => this.text(line, p).trim()));
  }

  /** What the reading makes of a real cell (1-based row and column of the sheet as it is). */
  marks(row: number, column: number): Mark[] {
    const [line, position] = this.turned ? [column, row] : [row, column];
    const { headerRow } = this.mapping;
    // The table's columns start at its header: titles above it are not part of them.
    const inTable = headerRow !== undefined && line >= headerRow;
    return [...this.lineMarks(line), ...(inTable ? this.positionMarks(position) : [])];
  }

  /** What a whole row or column of the real sheet is, for its heading: the header line, or a table column. */
  rowMarks(row: number): Mark[] {
    return this.turned ? this.positionMarks(row) : this.lineMarks(row);
  }

  columnMarks(column: number): Mark[] {
    return this.turned ? this.lineMarks(column) : this.positionMarks(column);
  }

  private lineMarks(line: number): Mark[] {
    return [
      ...(this.skipped.has(line) ? (['skipped'] as const) : []),
      ...(line === this.mapping.headerRow ? (['header'] as const) : []),
    ];
  }

  private positionMarks(position: number): Mark[] {
    const { labelColumn, phaseColumn } = this.mapping;
    return [
      ...(position === labelColumn ? (['label'] as const) : []),
      ...(position === phaseColumn ? (['phase'] as const) : []),
      ...(this.parties.has(position) ? (['party'] as const) : []),
    ];
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * The mapping after a person changes one guess. What depends on the changed guess is left for the detector to guess
 * again: another sheet starts afresh; another orientation or header row re-reads the columns; the columns themselves
 * and the roles' meanings change only what they say.
 */
export function correct(mapping: Mapping, change: Partial<Mapping>): Mapping {
  const { sheet, orientation, roles } = mapping;
  if ('sheet' in change) return { sheet: change.sheet };
  if ('orientation' in change) return { sheet, orientation: change.orientation, ...(roles ? { roles } : {}) };
  if ('headerRow' in change) return { sheet, orientation, headerRow: change.headerRow, ...(roles ? { roles } : {}) };
  return { ...mapping, ...change };
}

/** Why a mapping cannot be sent yet, as the message that says so. */
export type Unsendable = 'ui.import.noPartyColumns' | 'ui.import.missingMeaning';

/** A mapping the host would refuse, said before asking it: the message key, or null when it may be sent. */
export function unsendable(mapping: Mapping): Unsendable | null {
  if (!isShaped(mapping.orientation) && mapping.partyColumns?.length === 0) return 'ui.import.noPartyColumns';
  if (Object.values(mapping.roles ?? {}).some((role) => !role.label.trim())) return 'ui.import.missingMeaning';
  return null;
}
