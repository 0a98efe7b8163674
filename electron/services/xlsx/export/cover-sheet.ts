/** The cover: what this workbook is, which revision, whether it is a draft, its fingerprint, and a table of contents. */
import type { Worksheet } from 'exceljs';
import { isDraft, type ExportContext } from '../../export/context';
import { bodyFont, boxBorder, draftFont, headingFont, labelledValue, mutedFont, protectSheet, titleFont, wrap } from './styles';
import { cellText } from './text';

export interface TocEntry {
  readonly sheet: string;
  readonly description: string;
}

/** Excel dates are days since 1899-12-30; an ISO date becomes that serial, independent of the machine's time zone. */
export function excelDate(isoDate: string): Date {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export async function writeCoverSheet(ws: Worksheet, ctx: ExportContext, toc: readonly TocEntry[]): Promise<void> {
  const { t, content, revision } = ctx;
  ws.columns = [{ width: 3 }, { width: 42 }, { width: 72 }];
  let r = 2;
  const put = (label: string, value: string | Date | null, numFmt?: string) => {
    const row = ws.getRow(r++);
    labelledValue(row, label, value, numFmt ? { numFmt } : {});
    row.commit();
  };

  const heading = ws.getRow(r++);
  heading.getCell(2).value = t('export.cover.heading');
  heading.getCell(2).font = mutedFont;
  heading.commit();
  const title = ws.getRow(r++);
  title.getCell(2).value = cellText(content.title);
  title.getCell(2).font = { ...titleFont, size: 20 };
  title.height = 30;
  title.commit();
  if (isDraft(ctx)) {
    const draft = ws.getRow(r++);
    draft.getCell(2).value = t('export.cover.draft');
    draft.getCell(2).font = { ...draftFont, size: 28 };
    draft.getCell(3).value = t('export.cover.draftNote');
    draft.getCell(3).font = mutedFont;
    draft.getCell(3).alignment = wrap;
    draft.height = 40;
    draft.commit();
  }
  r++;
  put(t('export.cover.client'), content.client);
  put(t('export.cover.preparedBy'), content.preparedBy);
  put(t('export.cover.revision'), revision.label);
  put(t('export.cover.status'), t(`status.${revision.status}`));
  put(t('export.cover.date'), excelDate(revision.date), 'yyyy-mm-dd');
  if (content.dates.proposal) put(t('export.cover.proposalDate'), excelDate(content.dates.proposal), 'yyyy-mm-dd');
  if (content.dates.start || content.dates.end) {
    put(t('export.cover.period'), `${content.dates.start ?? '…'} – ${content.dates.end ?? '…'}`);
  }
  put(t('export.cover.fingerprint'), revision.fingerprint);
  r++;

  const contents = ws.getRow(r++);
  contents.getCell(2).value = t('export.cover.contents');
  contents.getCell(2).font = { ...headingFont, size: 14 };
  contents.commit();
  for (const entry of toc) {
    const row = ws.getRow(r++);
    const link = row.getCell(2);
    link.value = { text: entry.sheet, hyperlink: `#'${entry.sheet.replace(/'/g, "''")}'!A1` };
    link.font = { ...bodyFont, underline: true, color: { argb: 'FF1F5FA8' } };
    link.border = boxBorder;
    row.getCell(3).value = entry.description;
    row.getCell(3).font = bodyFont;
    row.getCell(3).border = boxBorder;
    row.commit();
  }
  await protectSheet(ws, ctx);
}
