/**
 * The service level targets, one row per severity 1–4: time to respond, how often the client hears about progress,
 * and time to restore, each in minutes (an empty field: no commitment). A native table, so each input is announced
 * with its row and column; a rule finding about a severity appears in that row.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaTarget } from '../../../shared/domain/document';
import type { Finding } from '../../../shared/rules';
import { durationText } from '../../../shared/i18n/durations';
import { CommitInput, FieldFindings, Section } from './fields';
import { findingsAt } from './scope-findings';

const SEVERITIES = [1, 2, 3, 4] as const;
const COLUMNS = [
  ['responseMinutes', 'export.scope.response'],
  ['updateMinutes', 'export.scope.update'],
  ['restoreMinutes', 'export.scope.restore'],
] as const;
type Column = (typeof COLUMNS)[number][0];

export function SlaTable(props: { sla: readonly SlaTarget[]; findings: readonly Finding[]; onChange(sla: SlaTarget[]): void }) {
  const { t } = useTranslation();
  const findingsId = useId();
  const target = (severity: SlaTarget['severity']): SlaTarget =>
    props.sla.find((s) => s.severity === severity) ?? {
      severity,
      responseMinutes: null,
      updateMinutes: null,
      restoreMinutes: null,
    };
  const write = (severity: SlaTarget['severity'], column: Column, text: string) => {
    const minutes = text.trim() === '' ? null : Number(text);
    if (minutes !== null && Number.isNaN(minutes)) return;
    props.onChange(SEVERITIES.map((s) => (s === severity ? { ...target(s), [column]: minutes } : target(s))));
  };
  return (
    <Section title={t('export.scope.sla')}>
      <table className="sla-table">
        <caption className="visually-hidden">{t('export.scope.sla')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('export.scope.severity')}</th>
            {COLUMNS.map(([column, key]) => (
              <th key={column} scope="col">
                {t('ui.scope.minutes', { what: t(key) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SEVERITIES.map((severity) => {
            const found = findingsAt(props.findings, `sla.${severity}`);
            return (
              <tr key={severity} className={found.length ? 'flagged' : undefined}>
                <th scope="row">{severity}</th>
                {COLUMNS.map(([column, key]) => (
                  <td key={column} className="duration">
                    <CommitInput
                      label={t('ui.scope.slaField', { what: t(key), severity })}
                      hideLabel
                      type="number"
                      value={String(target(severity)[column] ?? '')}
                      onCommit={(text) => write(severity, column, text)}
                      describedBy={found.length ? `${findingsId}-${severity}` : undefined}
                    />
                    {/* Minutes are exact but 7200 is hard to read: the same target in the largest whole unit. */}
                    <span className="duration-text" aria-hidden="true">
                      {durationText((key, params) => t(key, params ?? {}), target(severity)[column])}
                    </span>
                  </td>
                ))}
                <td>
                  <FieldFindings id={`${findingsId}-${severity}`} field={t('ui.scope.severity', { severity })} findings={found} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
