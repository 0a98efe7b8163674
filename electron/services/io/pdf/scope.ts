/** The support scope, portrait: model, capacity, coverage, the SLA table per severity and the service catalogue per level. */
import type { Content, ContentSection, TableCell } from 'pdfmake/interfaces';
import type { ServiceActivity, SupportScope } from '../../../../shared/domain/scope';
import { formatDuration, type ExportContext } from '../../export/context';
import { COLOR, GRID, NONE, PLAIN, headerCell, section } from './page';

export function scopeSection(ctx: ExportContext, scope: SupportScope, id: string): ContentSection {
  const { t } = ctx;
  const facts: Array<[string, string]> = [
    [t('export.scope.model'), t(`model.${scope.model}`)],
    [
      t('export.scope.capacity'),
      scope.capacityHoursPerMonth === null
        ? t('export.scope.none')
        : t('export.scope.capacityValue', { hours: scope.capacityHoursPerMonth }),
    ],
    [t('export.scope.coverage'), t(`coverage.${scope.coverage.kind}`)],
    ...(scope.coverage.timeZone ? [[t('export.scope.timeZone'), scope.coverage.timeZone] as [string, string]] : []),
    ...(scope.coverage.hours ? [[t('export.scope.hours'), scope.coverage.hours] as [string, string]] : []),
    [
      t('export.scope.rolesCovered'),
      scope.rolesCovered.length ? scope.rolesCovered.map((role) => t(`coveredRole.${role}`)).join(', ') : t('export.scope.none'),
    ],
  ];
  const sla: TableCell[][] = [
    [t('export.scope.severity'), t('export.scope.response'), t('export.scope.update'), t('export.scope.restore')].map(headerCell),
    ...[...scope.sla]
      .sort((a, b) => a.severity - b.severity)
      .map((target) =>
        [
          String(target.severity),
          formatDuration(ctx, target.responseMinutes),
          formatDuration(ctx, target.updateMinutes),
          formatDuration(ctx, target.restoreMinutes),
        ].map((text): TableCell => ({ text, alignment: 'center' })),
      ),
  ];
  // The level's title is the table's first header row: it repeats on a continued page and never stays behind alone.
  const services = (title: string, activities: readonly ServiceActivity[]): Content => ({
    layout: { ...GRID, hLineWidth: (row) => (row === 0 ? 0 : 0.5) },
    margin: [0, 12, 0, 0],
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 80, 130],
      body: [
        [
          { text: title, style: 'heading', margin: [-3, 0, 0, 2], colSpan: 3, border: NONE },
          { text: '', border: NONE },
          { text: '', border: NONE },
        ],
        [t('export.scope.service'), t('export.scope.inclusion'), t('export.scope.provider')].map(headerCell),
        ...activities.map((service): TableCell[] => {
          const excluded = service.inclusion === 'excluded' ? { color: COLOR.muted } : {};
          return [
            { text: service.title, ...excluded },
            {
              text: t(`inclusion.${service.inclusion}`),
              alignment: 'center',
              ...excluded,
              ...(service.inclusion === 'included' ? { fillColor: COLOR.band } : {}),
            },
            {
              text: service.providerPartyId ? (ctx.party(service.providerPartyId)?.name ?? '') : '',
              alignment: 'center',
              ...excluded,
            },
          ];
        }),
      ],
    },
  });
  return section('portrait', [
    { text: t('export.sheet.scope'), style: 'title', id },
    {
      layout: PLAIN,
      table: { widths: [150, '*'], body: facts.map(([label, value]) => [{ text: label, style: 'label' }, value]) },
    },
    { text: t('export.scope.sla'), style: 'heading' },
    { layout: GRID, table: { headerRows: 1, widths: ['*', '*', '*', '*'], body: sla } },
    ...scope.serviceLevels.map((level) => services(level.title, level.activities)),
    services(t('export.scope.serviceManagement'), scope.serviceManagement),
    { text: t('export.scope.additionalResources'), style: 'heading' },
    { text: scope.additionalResourcesPolicy },
  ]);
}
