/**
 * The PDF's page set-up and look, in one place. The page set-up follows the xlsx export's print settings
 * (xlsx/export/styles.ts sheetOptions): A4, margins of 0.5 in left and right and 0.75 in top and bottom, a header with
 * the engagement title, the revision (and the draft mark) and the client, a footer with the start of the fingerprint
 * and "Page X of Y" in the export language. Matrices print landscape, as there; the cover, scope and sign-off read as
 * a document and print portrait.
 */
import type { Content, ContentSection, CustomTableLayout, DynamicContent, StyleDictionary } from 'pdfmake/interfaces';
import { isDraft, revisionCaption, type ExportContext } from '../../export/context';

/** 1 in = 72 pt. */
const INCH = 72;
export const PAGE = {
  size: 'A4',
  margins: [0.5 * INCH, 0.75 * INCH, 0.5 * INCH, 0.75 * INCH] as [number, number, number, number],
  /** Distance of the header and footer from the paper's edge (the xlsx's 0.3 in). */
  furniture: 0.3 * INCH,
} as const;

/** Content width of an A4 page in each orientation, inside the margins. */
export const CONTENT_WIDTH = {
  portrait: 595.28 - PAGE.margins[0] - PAGE.margins[2],
  landscape: 841.89 - PAGE.margins[0] - PAGE.margins[2],
} as const;

/** The xlsx export's colours (xlsx/export/styles.ts COLORS), as `#RRGGBB`. */
export const COLOR = {
  ink: '#1F2A37',
  muted: '#6B7280',
  band: '#E5E7EB',
  header: '#1F3A5F',
  draft: '#C0392B',
  rule: '#9CA3AF',
  link: '#1F5FA8',
  white: '#FFFFFF',
} as const;

export const FONT = 'Roboto';

export const STYLES: StyleDictionary = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
  heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  label: { bold: true },
  muted: { color: COLOR.muted, italics: true },
  draft: { color: COLOR.draft, bold: true, fontSize: 16 },
  tableHeader: { bold: true, color: COLOR.white, fillColor: COLOR.header, alignment: 'center' },
};

/** Thin grey rules around every cell, as the xlsx's boxBorder. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => COLOR.rule,
  vLineColor: () => COLOR.rule,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A cell's `border` without any rule. */
export const NONE: [boolean, boolean, boolean, boolean] = [false, false, false, false];

/** No rules: label/value lists. */
export const PLAIN: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A section: it starts on a new page in the given orientation. */
export function section(orientation: 'portrait' | 'landscape', content: Content[]): ContentSection {
  return { section: content, pageOrientation: orientation };
}

/** A header cell: white bold text on the header colour, as the xlsx's header row. */
export function headerCell(text: string): Content {
  return { text, style: 'tableHeader' };
}

/** "Page &P of &N" is Excel's header code in the shared message; the PDF fills it in itself. */
export function pageText(ctx: ExportContext, page: number, pages: number): string {
  return ctx.t('export.footer.page').replace('&P', String(page)).replace('&N', String(pages)).replace(/&&/g, '&');
}

/** Header on every page but the cover: title, revision (and DRAFT), client. */
export function pageHeader(ctx: ExportContext): DynamicContent {
  const draft = isDraft(ctx) ? ` — ${ctx.t('export.cover.draft')}` : '';
  const caption = `${revisionCaption(ctx)}${draft}`;
  return (page) =>
    page === 1
      ? null
      : {
          margin: [PAGE.margins[0], PAGE.furniture, PAGE.margins[2], 0],
          fontSize: 8,
          color: COLOR.muted,
          columns: [
            { text: ctx.content.title, width: '*' },
            { text: caption, width: 'auto', alignment: 'center' },
            { text: ctx.content.client, width: '*', alignment: 'right' },
          ],
        };
}

/** Footer on every page: the start of the fingerprint and "Page X of Y". */
export function pageFooter(ctx: ExportContext): DynamicContent {
  const fingerprint = ctx.revision.fingerprint.slice(0, 16);
  return (page, pages) => ({
    margin: [PAGE.margins[0], PAGE.margins[3] - PAGE.furniture - 10, PAGE.margins[2], 0],
    fontSize: 8,
    color: COLOR.muted,
    columns: [
      { text: fingerprint, width: '*' },
      { text: pageText(ctx, page, pages), width: 'auto', alignment: 'right' },
    ],
  });
}
