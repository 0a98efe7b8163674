/** The support scope: model, capacity, coverage, SLA table, service catalogue per level, service management, policy. */
import type { Worksheet } from 'exceljs';
import type { ServiceActivity, SupportScope } from '../../../../shared/domain/scope';
import { ID_COLUMN, ROW_ID } from '../layout';
import { formatDuration, type ExportContext } from '../../export/context';
import {
  bandFill,
  bodyFont,
  boxBorder,
  centered,
  headerFill,
  headerFont,
  headingFont,
  protectSheet,
  titleFont,
  wrap,
} from './styles';
import { cellText, optionalText } from './text';

export async function writeScopeSheet(ws: Worksheet, ctx: ExportContext, scope: SupportScope, title: string): Promise<void> {
  const { t } = ctx;
  ws.columns = [{ width: 12, hidden: true }, { width: 46 }, { width: 24 }, { width: 24 }, { width: 24 }];
  let r = 1;
  const row = () => ws.getRow(r++);
  const keyValue = (label: string, value: string) => {
    const line = row();
    line.getCell(2).value = label;
    line.getCell(2).font = headingFont;
    line.getCell(3).value = cellText(value);
    line.getCell(3).font = bodyFont;
    line.getCell(3).alignment = { ...wrap, horizontal: 'left' };
    ws.mergeCells(r - 1, 3, r - 1, 5);
    line.commit();
  };
  /** A row of boxed, centred cells from column B on; header rows are white on the header colour. */
  const tableRow = (values: readonly string[], header: boolean) => {
    const line = row();
    values.forEach((value, i) => {
      const cell = line.getCell(2 + i);
      cell.value = value;
      cell.font = header ? headerFont : bodyFont;
      if (header) cell.fill = headerFill;
      cell.alignment = centered;
      cell.border = boxBorder;
    });
    line.commit();
  };
  const tableHeader = (labels: readonly string[]) => tableRow(labels, true);
  const section = (label: string) => {
    r++;
    const line = row();
    line.getCell(2).value = cellText(label);
    line.getCell(2).font = { ...headingFont, size: 13 };
    line.commit();
  };

  const heading = row();
  heading.getCell(2).value = title;
  heading.getCell(2).font = titleFont;
  heading.height = 24;
  heading.commit();
  r++;
  keyValue(t('export.scope.model'), t(`model.${scope.model}`));
  keyValue(
    t('export.scope.capacity'),
    scope.capacityHoursPerMonth === null
      ? t('export.scope.none')
      : t('export.scope.capacityValue', { hours: scope.capacityHoursPerMonth }),
  );
  keyValue(t('export.scope.coverage'), t(`coverage.${scope.coverage.kind}`));
  if (scope.coverage.timeZone) keyValue(t('export.scope.timeZone'), scope.coverage.timeZone);
  if (scope.coverage.hours) keyValue(t('export.scope.hours'), scope.coverage.hours);
  keyValue(
    t('export.scope.rolesCovered'),
    scope.rolesCovered.length ? scope.rolesCovered.map((role) => t(`coveredRole.${role}`)).join(', ') : t('export.scope.none'),
  );

  section(t('export.scope.sla'));
  tableHeader([t('export.scope.severity'), t('export.scope.response'), t('export.scope.update'), t('export.scope.restore')]);
  for (const target of [...scope.sla].sort((a, b) => a.severity - b.severity)) {
    tableRow(
      [
        String(target.severity),
        formatDuration(ctx, target.responseMinutes),
        formatDuration(ctx, target.updateMinutes),
        formatDuration(ctx, target.restoreMinutes),
      ],
      false,
    );
  }

  const services = (label: string, activities: readonly ServiceActivity[]) => {
    section(label);
    tableHeader([t('export.scope.service'), t('export.scope.inclusion'), t('export.scope.provider')]);
    for (const service of activities) {
      const line = row();
      line.getCell(ID_COLUMN).value = `${ROW_ID.service}${service.id}`;
      const values = [
        cellText(service.title),
        t(`inclusion.${service.inclusion}`),
        service.providerPartyId ? optionalText(ctx.party(service.providerPartyId)?.name) : null,
      ];
      values.forEach((value, i) => {
        const cell = line.getCell(2 + i);
        cell.value = value;
        cell.font = bodyFont;
        cell.alignment = i === 0 ? wrap : centered;
        cell.border = boxBorder;
        if (service.inclusion === 'excluded') cell.font = { ...bodyFont, color: { argb: 'FF6B7280' } };
        if (i === 1 && service.inclusion === 'included') cell.fill = bandFill;
      });
      line.commit();
    }
  };
  for (const level of scope.serviceLevels) services(level.title, level.activities);
  services(t('export.scope.serviceManagement'), scope.serviceManagement);

  section(t('export.scope.additionalResources'));
  const policy = row();
  policy.getCell(2).value = cellText(scope.additionalResourcesPolicy);
  policy.getCell(2).font = bodyFont;
  policy.getCell(2).alignment = wrap;
  policy.height = 48;
  ws.mergeCells(r - 1, 2, r - 1, 5);
  policy.commit();

  await protectSheet(ws, ctx);
}
