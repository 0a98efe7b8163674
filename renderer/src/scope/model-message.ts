/** What choosing a support model did, in words: "Chose "SLA support with hotfix": capacity set to 120 h, …". */
import type { TFunction } from 'i18next';
import type { ResultOf } from '../../../shared/api/contract';

type Applied = ResultOf<'scope.applyModel'>['applied'];

export function modelChangeMessage(t: TFunction, language: string, model: string, applied: Applied): string {
  const parts = applied.flatMap((change): string[] => {
    switch (change.field) {
      case 'capacityHoursPerMonth':
        return [
          change.after === null
            ? t('ui.scope.set.capacityNone')
            : t('ui.scope.set.capacity', { hours: (change.after as number).toLocaleString(language) }),
        ];
      case 'coverage':
        return [t('ui.scope.set.coverage', { coverage: t(`coverage.${String(change.after)}`) })];
      case 'sla':
        return [t('ui.scope.set.sla')];
      case 'rolesCovered': {
        const roles = (change.after as string[]).map((r) => t(`coveredRole.${r}`));
        return [roles.length ? t('ui.scope.set.roles', { roles: list(language, roles) }) : t('ui.scope.set.rolesNone')];
      }
      default:
        return [];
    }
  });
  const changes = parts.length ? list(language, parts) : t('ui.scope.set.nothing');
  return t('ui.scope.modelChosen', { model: t(`model.${model}`), changes });
}

const list = (language: string, items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
