/** The look of the export, in one place: fonts, fills and borders shared by every sheet. */
import type {
  AddWorksheetOptions,
  Cell,
  Row,
  Alignment,
  Border,
  Borders,
  Fill,
  Font,
  HeaderFooter,
  PageSetup,
  Worksheet,
  WorksheetProperties,
  WorksheetView,
} from 'exceljs';
import { headerText, optionalText } from './text';
import type { ExportContext } from '../../export/context';
import { isDraft, revisionCaption, roleTint } from '../../export/context';

export const FONT = 'Calibri';
export const COLORS = {
  ink: 'FF1F2A37',
  muted: 'FF6B7280',
  band: 'FFE5E7EB',
  header: 'FF1F3A5F',
  draft: 'FFC0392B',
  bad: 'FFC0392B',
};

export const titleFont: Partial<Font> = { name: FONT, size: 16, bold: true, color: { argb: COLORS.ink } };
export const headingFont: Partial<Font> = { name: FONT, size: 12, bold: true, color: { argb: COLORS.ink } };
export const headerFont: Partial<Font> = { name: FONT, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
export const bodyFont: Partial<Font> = { name: FONT, size: 11, color: { argb: COLORS.ink } };
export const mutedFont: Partial<Font> = { name: FONT, size: 10, italic: true, color: { argb: COLORS.muted } };
export const draftFont: Partial<Font> = { name: FONT, size: 16, bold: true, color: { argb: COLORS.draft } };

export const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });
export const headerFill = solid(COLORS.header);
export const bandFill = solid(COLORS.band);

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF9CA3AF' } };
export const boxBorder: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const wrap: Partial<Alignment> = { wrapText: true, vertical: 'top' };
export const centered: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

/** `#RRGGBB` → exceljs ARGB, lightened so black text stays readable on it. */
export function roleFill(color: string): Fill {
  return solid(`FF${roleTint(color).slice(1)}`);
}

/**
 * Excel does not grow a row for wrapped text that was written by a program, and LibreOffice keeps the default height
 * too, so long titles would spill over the next row. Estimate the lines each wrapped cell needs at its column width.
 */
export function wrappedHeight(cells: ReadonlyArray<{ text: string; width: number; fontSize?: number }>, minimum = 15): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, width, fontSize = 11 }) => {
      const perLine = Math.max(1, Math.floor((width * 1.15 * 11) / fontSize));
      return text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    }),
  );
  return Math.max(minimum, lines * 14.5 + 2);
}

/**
 * What a sheet needs before its first row: the streaming writer writes views, sheet properties and the fit-to-page
 * flag as soon as the sheet is created, so they are passed to addWorksheet rather than set afterwards.
 */
export function sheetOptions(
  ctx: ExportContext,
  options: { view?: Partial<WorksheetView>; titleRows?: string; outline?: boolean } = {},
): Partial<AddWorksheetOptions> {
  const draft = isDraft(ctx) ? ` — ${headerText(ctx.t('export.cover.draft'))}` : '';
  const client = ctx.content.client ? `&R${headerText(ctx.content.client)}` : '';
  const header = `&L${headerText(ctx.content.title)}&C${headerText(revisionCaption(ctx))}${draft}${client}`;
  const footer = `&L${headerText(ctx.revision.fingerprint.slice(0, 16))}&R${ctx.t('export.footer.page')}`;
  return {
    views: [(options.view ?? { showGridLines: false }) as WorksheetView],
    properties: {
      ...(options.outline ? { outlineLevelRow: 1, outlineProperties: { summaryBelow: false, summaryRight: false } } : {}),
    } as WorksheetProperties,
    // Landscape A4 (Excel switches to Letter where that is the local default), one page wide, as many pages down as needed.
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
    } as PageSetup,
    headerFooter: { oddHeader: header, oddFooter: footer, evenHeader: header, evenFooter: footer } as HeaderFooter,
  };
}

/** A bold label in column B and its value in column C: the cover's facts and the sign-off fields. */
export function labelledValue(
  row: Row,
  label: string,
  value: string | Date | null,
  options: { numFmt?: string; boxed?: boolean } = {},
): Cell {
  const labelCell = row.getCell(2);
  labelCell.value = label;
  labelCell.font = headingFont;
  labelCell.alignment = wrap;
  const cell = row.getCell(3);
  cell.value = typeof value === 'string' ? optionalText(value) : value;
  cell.font = bodyFont;
  cell.alignment = { ...wrap, horizontal: 'left' };
  if (options.numFmt) cell.numFmt = options.numFmt;
  if (options.boxed) {
    labelCell.border = boxBorder;
    cell.border = boxBorder;
  }
  return cell;
}

/** Sheet protection for --protect: deters accidental edits to structure and labels; not a security feature. */
export function protectSheet(ws: Worksheet, ctx: ExportContext): Promise<void> | void {
  if (!ctx.protect) return;
  return ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: true,
    autoFilter: true,
  });
}
