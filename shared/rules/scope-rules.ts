/** Rules over the support scope: does what the proposal promises fit the chosen support model? */
import type { Content } from '../domain/document';
import { SUPPORT_MODEL_PROFILES, coverageAtLeast, type ServiceActivity, type SupportScope } from '../domain/scope';
import type { Translate } from '../i18n/messages';
import type { RawFinding } from './finding';

export function checkScope(content: Content, t: Translate): RawFinding[] {
  const scope = content.scope;
  if (!scope) return [];
  const profile = SUPPORT_MODEL_PROFILES[scope.model];
  const model = t(`model.${scope.model}`);
  const findings: RawFinding[] = [];

  const range = profile.capacityRange;
  if (range && scope.capacityHoursPerMonth === null) {
    findings.push({
      rule: 'capacity-missing',
      severity: 'warning',
      location: { scope: 'capacityHoursPerMonth' },
      messageKey: 'rule.capacityMissing',
      params: { model },
    });
  } else if (range && scope.capacityHoursPerMonth !== null) {
    const hours = scope.capacityHoursPerMonth;
    if (hours < range[0] || hours > range[1]) {
      findings.push({
        rule: 'capacity-out-of-range',
        severity: 'warning',
        location: { scope: 'capacityHoursPerMonth' },
        messageKey: 'rule.capacityOutOfRange',
        params: { hours, min: range[0], max: range[1], model },
      });
    }
  }

  if (!coverageAtLeast(scope.coverage.kind, profile.requiredCoverage)) {
    findings.push({
      rule: 'coverage-below-model',
      severity: 'error',
      location: { scope: 'coverage' },
      messageKey: 'rule.coverageBelowModel',
      params: { model, required: t(`coverage.${profile.requiredCoverage}`), actual: t(`coverage.${scope.coverage.kind}`) },
    });
  }

  const partyIds = new Set(content.parties.map((p) => p.id));
  const services: Array<[string, ServiceActivity]> = [
    ...scope.serviceLevels.flatMap((l) =>
      l.activities.map((a): [string, ServiceActivity] => [`serviceLevels.${l.level}.${a.id}`, a]),
    ),
    ...scope.serviceManagement.map((a): [string, ServiceActivity] => [`serviceManagement.${a.id}`, a]),
  ];
  for (const [path, service] of services) {
    const provided = service.providerPartyId !== null && partyIds.has(service.providerPartyId);
    if (service.inclusion === 'included' && !provided) {
      findings.push({
        rule: 'included-without-provider',
        severity: 'warning',
        location: { scope: path },
        messageKey: 'rule.includedWithoutProvider',
        params: { service: service.title },
      });
    }
  }

  findings.push(...checkSlaOrder(scope));
  return findings;
}

/** A more severe incident must not be answered more slowly than a less severe one. */
function checkSlaOrder(scope: SupportScope): RawFinding[] {
  const sorted = [...scope.sla].sort((a, b) => a.severity - b.severity);
  const findings: RawFinding[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const higher = sorted[i];
    const lower = sorted[i + 1];
    if (!higher || !lower || higher.responseMinutes === null || lower.responseMinutes === null) continue;
    if (higher.responseMinutes > lower.responseMinutes) {
      findings.push({
        rule: 'sla-order',
        severity: 'warning',
        location: { scope: `sla.${higher.severity}` },
        messageKey: 'rule.slaOrder',
        params: { severity: higher.severity, lower: lower.severity },
      });
    }
  }
  return findings;
}
