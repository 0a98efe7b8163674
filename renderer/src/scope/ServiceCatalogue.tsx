/**
 * The service catalogue: the services of each support level (L1, L2, L3, optional) and of delivery and service
 * management, each included, optional or excluded and provided by a party. Services can be added, renamed, moved up
 * or down within their list, and removed; each change is one undo step. A finding about a service (included but
 * nobody provides it) appears on its row.
 */
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party, SupportScope } from '../../../shared/domain/document';
import { INCLUSIONS, SERVICE_LEVELS, type Inclusion, type ServiceActivity } from '../../../shared/domain/scope';
import type { Finding } from '../../../shared/rules';
import { CommitInput, FieldFindings, RowsTable, Section } from './fields';
import { findingsAt, servicePlace } from './scope-findings';
import type { ScopeEdit } from './ScopeView';

type ListName = (typeof SERVICE_LEVELS)[number] | 'management';

interface CatalogueProps {
  readonly scope: SupportScope;
  readonly parties: readonly Party[];
  readonly findings: readonly Finding[];
  readonly edit: ScopeEdit;
}

export function ServiceCatalogue({ scope, parties, findings, edit }: CatalogueProps) {
  const { t } = useTranslation();
  const lists: Array<{ list: ListName; title: string; services: readonly ServiceActivity[] }> = [
    ...SERVICE_LEVELS.map((level) => {
      const found = scope.serviceLevels.find((l) => l.level === level);
      return { list: level, title: found?.title ?? t(`ui.scope.level.${level}`), services: found?.activities ?? [] };
    }),
    { list: 'management', title: t('export.scope.serviceManagement'), services: scope.serviceManagement },
  ];
  return (
    <>
      {lists.map(({ list, title, services }) => (
        <Section key={list} title={title} className="services">
          <ServiceList list={list} title={title} services={services} parties={parties} findings={findings} edit={edit} />
        </Section>
      ))}
    </>
  );
}

function ServiceList(
  props: Omit<CatalogueProps, 'scope'> & { list: ListName; title: string; services: readonly ServiceActivity[] },
) {
  const { t } = useTranslation();
  const { list, services, edit } = props;
  return (
    <>
      {services.length > 0 && (
        <RowsTable
          caption={props.title}
          className="service-table"
          columns={[t('export.scope.service'), t('export.scope.inclusion'), t('export.scope.provider')]}
        >
          {services.map((service, index) => (
            <ServiceRow
              key={service.id}
              service={service}
              index={index}
              count={services.length}
              parties={props.parties}
              findings={findingsAt(props.findings, servicePlace(list, service.id))}
              edit={edit}
            />
          ))}
        </RowsTable>
      )}
      <button type="button" onClick={() => edit('service.add', { list, title: t('ui.scope.newService') })}>
        {t('ui.scope.addService', { list: props.title })}
      </button>
    </>
  );
}

function ServiceRow(props: {
  service: ServiceActivity;
  index: number;
  count: number;
  parties: readonly Party[];
  findings: readonly Finding[];
  edit: ScopeEdit;
}) {
  const { t } = useTranslation();
  const findingsId = useId();
  const { service, edit } = props;
  const serviceId = service.id;
  const update = (patch: { title?: string; inclusion?: Inclusion; providerPartyId?: string | null }) =>
    edit('service.update', { serviceId, ...patch });
  const flagged = props.findings.length > 0;
  const move = (by: -1 | 1) => edit('service.move', { serviceId, position: props.index + by });
  // Alt+↑/↓ anywhere in the row moves it, as rows move in the grid; focus stays in the field, which moves with it.
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const by = event.key === 'ArrowUp' ? -1 : 1;
    const to = props.index + by;
    if (to >= 0 && to < props.count) move(by);
  };
  return (
    <tr className={flagged ? 'flagged' : undefined} onKeyDown={onKeyDown}>
      <td>
        <CommitInput
          label={t('ui.scope.serviceTitleOf', { service: service.title })}
          hideLabel
          value={service.title}
          onCommit={(title) => title.trim() && update({ title })}
          describedBy={flagged ? findingsId : undefined}
        />
        <FieldFindings id={findingsId} field={service.title} findings={props.findings} />
      </td>
      <td>
        <select
          aria-label={t('ui.scope.inclusionOf', { service: service.title })}
          value={service.inclusion}
          onChange={(e) => update({ inclusion: e.target.value as Inclusion })}
        >
          {INCLUSIONS.map((inclusion) => (
            <option key={inclusion} value={inclusion}>
              {t(`inclusion.${inclusion}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('ui.scope.providerOf', { service: service.title })}
          value={service.providerPartyId ?? ''}
          onChange={(e) => update({ providerPartyId: e.target.value || null })}
        >
          <option value="">{t('export.scope.none')}</option>
          {props.parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </td>
      <td className="row-actions">
        <button
          type="button"
          disabled={props.index === 0}
          aria-label={t('ui.scope.moveUp', { item: service.title })}
          title={t('ui.scope.moveUp', { item: service.title })}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={props.index === props.count - 1}
          aria-label={t('ui.scope.moveDown', { item: service.title })}
          title={t('ui.scope.moveDown', { item: service.title })}
          onClick={() => move(1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t('ui.scope.remove', { item: service.title })}
          title={t('ui.scope.remove', { item: service.title })}
          onClick={() => edit('service.remove', { serviceId })}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
