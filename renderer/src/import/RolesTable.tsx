/**
 * What each role code means, as read from the file's legend (or the standard vocabulary the codes fit), with its
 * meaning and kind editable: the kind is what the rules read ("exactly one accountable per activity").
 */
import { useTranslation } from 'react-i18next';
import type { ForeignPreview } from '../../../shared/api/methods/transfer';
import { BUILTIN_VOCABULARIES, ROLE_KINDS, type RoleKind } from '../../../shared/domain/vocabulary';
import { isLanguage } from '../../../shared/domain/languages';
import type { Mapping } from '../../../shared/import/detect/mapping';

type Roles = NonNullable<Mapping['roles']>;

/** Where the meanings came from, in words. */
function useSource(vocabulary: ForeignPreview['vocabulary'], legend: ForeignPreview['legend']): string | null {
  const { t, i18n } = useTranslation();
  const [source, id] = vocabulary.source.split(':');
  if (source === 'legend') return t('ui.import.source.legend', { where: [...new Set(legend.map((e) => e.where))].join(', ') });
  if (source === 'builtin') {
    const builtin = BUILTIN_VOCABULARIES.find((v) => v.id === id);
    return builtin
      ? t('ui.import.source.builtin', { name: builtin.name[isLanguage(i18n.language) ? i18n.language : 'en'] })
      : null;
  }
  if (source === 'custom') return t('ui.import.source.custom');
  if (source === 'mapping') return t('ui.import.source.mapping');
  return null;
}

export function RolesTable(props: {
  roles: Roles;
  vocabulary: ForeignPreview['vocabulary'];
  legend: ForeignPreview['legend'];
  change(roles: Roles): void;
}) {
  const { t } = useTranslation();
  const source = useSource(props.vocabulary, props.legend);
  const codes = Object.keys(props.roles);
  if (codes.length === 0) return null;
  const set = (code: string, role: Partial<{ label: string; kind: RoleKind }>) =>
    props.change({ ...props.roles, [code]: { ...props.roles[code]!, ...role } });
  return (
    <div className="roles">
      <table className="roles-table">
        <caption>{t('ui.import.roles')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.import.code')}</th>
            <th scope="col">{t('ui.import.meaning')}</th>
            <th scope="col">{t('ui.import.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code}>
              <th scope="row">{code}</th>
              <td>
                <input
                  aria-label={t('ui.import.meaningOf', { code })}
                  value={props.roles[code]!.label}
                  maxLength={200}
                  onChange={(e) => set(code, { label: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={t('ui.import.kindOf', { code })}
                  value={props.roles[code]!.kind}
                  onChange={(e) => set(code, { kind: e.target.value as RoleKind })}
                >
                  {ROLE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`ui.import.kind.${kind}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {source && <p className="hint">{source}</p>}
    </div>
  );
}
