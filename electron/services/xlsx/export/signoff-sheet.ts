/** The sign-off: what is being signed (revision and fingerprint) and a box per signatory to fill in and sign. */
import type { Worksheet } from 'exceljs';
import { ID_COLUMN, ROW_ID } from '../layout';
import { excelDate } from './cover-sheet';
import { partyHeading, signatoriesToPrint, type ExportContext } from '../../export/context';
import { bodyFont, headerFill, headerFont, labelledValue, protectSheet, titleFont, wrap } from './styles';
import { cellText } from './text';

export async function writeSignoffSheet(ws: Worksheet, ctx: ExportContext): Promise<void> {
  const { t, content, revision } = ctx;
  ws.columns = [{ width: 12, hidden: true }, { width: 22 }, { width: 60 }];
  let r = 1;
  const heading = ws.getRow(r++);
  heading.getCell(2).value = t('export.signoff.heading');
  heading.getCell(2).font = titleFont;
  heading.height = 24;
  heading.commit();
  r++;
  const statement = ws.getRow(r++);
  statement.getCell(2).value = cellText(
    t('export.signoff.statement', { revision: revision.label, title: content.title, fingerprint: revision.fingerprint }),
  );
  statement.getCell(2).font = bodyFont;
  statement.getCell(2).alignment = wrap;
  statement.height = 62;
  ws.mergeCells(r - 1, 2, r - 1, 3);
  statement.commit();

  // A box never splits over two pages: start a new page when the next one would not fit.
  const PAGE_HEIGHT = 440;
  const BOX_HEIGHT = 15 + 22 + 22 + 54 + 22 + 15;
  let used = 24 + 15 + 62;
  for (const signatory of signatoriesToPrint(ctx)) {
    const gap = ws.getRow(r++);
    if (used + BOX_HEIGHT > PAGE_HEIGHT) {
      gap.addPageBreak(); // the break falls after the empty row between two boxes
      used = 0;
    }
    gap.commit();
    used += BOX_HEIGHT;
    const head = ws.getRow(r++);
    head.getCell(ID_COLUMN).value = signatory.id ? `${ROW_ID.signatory}${signatory.id}` : `${ROW_ID.party}${signatory.partyId}`;
    head.getCell(2).value = cellText(partyHeading(ctx, signatory.partyId));
    head.getCell(2).font = headerFont;
    head.getCell(2).fill = headerFill;
    head.getCell(3).fill = headerFill;
    ws.mergeCells(r - 1, 2, r - 1, 3);
    head.commit();
    const fields: Array<[string, string | Date | null, number, string?]> = [
      [t('export.signoff.name'), signatory.name, 22],
      [t('export.signoff.title'), signatory.title, 22],
      [t('export.signoff.signature'), '', 54],
      [t('export.signoff.date'), signatory.date ? excelDate(signatory.date) : null, 22, 'yyyy-mm-dd'],
    ];
    for (const [label, value, height, numFmt] of fields) {
      const line = ws.getRow(r++);
      const field = labelledValue(line, label, value, { boxed: true, ...(numFmt ? { numFmt } : {}) });
      field.alignment = { vertical: 'top', horizontal: 'left' };
      if (ctx.protect) field.protection = { locked: false };
      line.height = height;
      line.commit();
    }
  }
  await protectSheet(ws, ctx);
}
