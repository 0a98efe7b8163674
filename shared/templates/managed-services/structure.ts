/**
 * The shape of the managed-services template, language-free: which phases and activities exist and who holds which role.
 * Role assignments are facts from the seed tables (004: roles & responsibilities and the upgrade table; 000: the support
 * models, service levels and catalogue). Texts live in ./text/<language>.ts under the keys used here.
 */
import type { Inclusion, ServiceLevel } from '../../domain/scope';
import type { TemplateTextKey } from './text';

/** One letter per party column in party order: O(wner), C(ontributor), A(dvisor) or '-' for no role. */
export type RoleRow = string;

export interface ActivityShape {
  readonly key: TemplateTextKey;
  readonly roles: RoleRow;
  readonly description?: TemplateTextKey;
  /** Notes per party column, by column index. */
  readonly notes?: Readonly<Record<number, TemplateTextKey>>;
}
export interface PhaseShape {
  readonly key: TemplateTextKey;
  readonly activities: readonly ActivityShape[];
}
export interface MatrixShape {
  readonly key: TemplateTextKey;
  readonly parties: readonly PartyKey[];
  readonly phases: readonly PhaseShape[];
}

export type PartyKey = 'customer' | 'partner' | 'cse' | 'devPartner' | 'managedServices';

export const PARTIES: ReadonlyArray<{
  key: PartyKey;
  name: TemplateTextKey;
  group: TemplateTextKey;
  kind: 'customer' | 'partner' | 'provider';
}> = [
  { key: 'customer', name: 'party.customer', group: 'group.client', kind: 'customer' },
  { key: 'partner', name: 'party.partner', group: 'group.partner', kind: 'partner' },
  { key: 'cse', name: 'party.cse', group: 'group.provider', kind: 'provider' },
  { key: 'devPartner', name: 'party.devPartner', group: 'group.partner', kind: 'partner' },
  { key: 'managedServices', name: 'party.managedServices', group: 'group.provider', kind: 'provider' },
];

const a = (key: TemplateTextKey, roles: RoleRow): ActivityShape => ({ key, roles });

export const ROLES_MATRIX: MatrixShape = {
  key: 'matrix.roles',
  parties: ['customer', 'partner', 'cse'],
  phases: [
    {
      key: 'phase.provisioning',
      activities: [
        a('act.regionSelection', 'OCA'),
        a('act.instanceProvisioning', '--O'),
        a('act.networkSecurity', '--O'),
        a('act.appProvisioning', '--O'),
        a('act.sourceAccess', '--O'),
        a('act.cdnProvisioning', '--O'),
        a('act.localDev', 'CO-'),
      ],
    },
    {
      key: 'phase.development',
      activities: [a('act.requirements', 'COA'), a('act.appDevelopment', 'COA'), a('act.appTesting', 'COA')],
    },
    {
      key: 'phase.staging',
      activities: [
        a('act.codeDeployment', 'COA'),
        a('act.contentDeployment', 'COA'),
        a('act.uatDevelopment', 'OCA'),
        a('act.uat', 'OCA'),
        a('act.customMonitoring', 'COA'),
        a('act.sslCertificates', 'O-C'),
        a('act.perfTestDevelopment', 'COA'),
        a('act.perfTesting', 'COA'),
        a('act.customizationDev', 'COA'),
        a('act.runbookCompletion', 'OCC'),
        a('act.runbookReview', '--O'),
      ],
    },
    {
      key: 'phase.launch',
      activities: [a('act.goLiveChecklist', 'CCO'), a('act.goLiveRoom', 'CCO'), a('act.prodDeployment', 'CCO')],
    },
    {
      key: 'phase.production',
      activities: [
        a('act.infraMonitoring', '--O'),
        a('act.appMonitoring', 'CCO'),
        a('act.eventResponse', 'CCO'),
        a('act.osMaintenance', '--O'),
        a('act.customCodeMaintenance', 'COA'),
        a('act.provideUpdates', 'CCO'),
        a('act.applyUpdates', 'COA'),
        a('act.changeBoard', 'CCO'),
        a('act.appAdministration', 'OCA'),
        a('act.infraTuning', 'CCO'),
        a('act.scaling', '--O'),
        a('act.backups', '-CO'),
      ],
    },
    {
      key: 'phase.security',
      activities: [
        a('act.soc2', '--O'),
        a('act.pciInfra', '--O'),
        a('act.pciApp', 'OC-'),
        a('act.auditCore', 'OCA'),
        a('act.auditCustom', 'OC-'),
        a('act.pentest', 'OC-'),
        a('act.wafRules', 'CCO'),
        a('act.intrusionDetection', '--O'),
        a('act.dbMonitoring', 'CCO'),
        a('act.wafMonitoring', 'CCO'),
        a('act.sso', 'OCC'),
        a('act.securityResponse', 'CCO'),
        a('act.corporateNetwork', 'OAA'),
      ],
    },
  ],
};

/** Column 2 is Managed Services: the seed's remarks in that column become cell notes. */
const MS = 2;
export const UPGRADE_MATRIX: MatrixShape = {
  key: 'matrix.upgrade',
  parties: ['customer', 'devPartner', 'managedServices'],
  phases: [
    {
      key: 'step.plan',
      activities: [
        { key: 'task.projectPlan', roles: 'OCC', notes: { [MS]: 'note.projectPlan' } },
        { key: 'task.infraChanges', roles: '-CO', notes: { [MS]: 'note.infraChanges' } },
        {
          key: 'task.complexity',
          roles: 'COC',
          description: 'task.complexity.description',
          notes: { [MS]: 'note.complexity' },
        },
      ],
    },
    {
      key: 'step.execute',
      activities: [
        {
          key: 'task.infraServices',
          roles: '--O',
          description: 'task.infraServices.description',
          notes: { [MS]: 'note.infraServices' },
        },
        { key: 'task.codeBase', roles: 'CO-' },
        { key: 'task.postChecks', roles: '-OC', notes: { [MS]: 'note.postChecks' } },
      ],
    },
    {
      key: 'step.uatLaunch',
      activities: [
        { key: 'task.perfSecurity', roles: 'COC', notes: { [MS]: 'note.perfSecurity' } },
        { key: 'task.uatStaging', roles: 'OCC', notes: { [MS]: 'note.uatStaging' } },
        { key: 'task.launch', roles: 'COC', notes: { [MS]: 'note.launch' } },
      ],
    },
    {
      key: 'step.postLaunch',
      activities: [{ key: 'task.postLaunch', roles: '-CO', notes: { [MS]: 'note.postLaunch' } }],
    },
  ],
};

export interface ServiceShape {
  readonly key: TemplateTextKey;
  readonly inclusion: Inclusion;
  /** Who provides it; null leaves the choice to the proposal author. */
  readonly provider: PartyKey | null;
}

const svc = (key: TemplateTextKey, inclusion: Inclusion = 'included'): ServiceShape => ({
  key,
  inclusion,
  provider: inclusion === 'excluded' ? null : 'managedServices',
});

export const SERVICE_LEVEL_SHAPES: ReadonlyArray<{
  level: ServiceLevel;
  title: TemplateTextKey;
  services: readonly ServiceShape[];
}> = [
  {
    level: 'L1',
    title: 'level.L1',
    services: [
      svc('svc.eventManagement'),
      svc('svc.incidentManagement'),
      svc('svc.serviceRequests'),
      svc('svc.priorityNotification'),
    ],
  },
  {
    level: 'L2',
    title: 'level.L2',
    services: [
      svc('svc.problemManagement'),
      svc('svc.changeManagement'),
      svc('svc.peakSupport'),
      svc('svc.continuousImprovement'),
    ],
  },
  {
    level: 'L3',
    title: 'level.L3',
    services: [
      svc('svc.backlog'),
      svc('svc.sprintPlanning'),
      svc('svc.designDevelopment'),
      svc('svc.sprintTesting'),
      svc('svc.perfSecuritySupport'),
      svc('svc.deploymentPlanning'),
    ],
  },
  {
    level: 'optional',
    title: 'level.optional',
    services: [
      svc('svc.architectureAudit', 'optional'),
      svc('svc.perfSecurityTesting', 'optional'),
      svc('svc.businessOperations', 'optional'),
      svc('svc.contentProduction', 'excluded'),
      svc('svc.merchandising', 'excluded'),
      svc('svc.strategicConsulting', 'optional'),
      svc('svc.platformUpdates', 'optional'),
    ],
  },
];

export const SERVICE_MANAGEMENT_SHAPES: readonly ServiceShape[] = [
  svc('mgmt.oversight'),
  svc('mgmt.triage'),
  svc('mgmt.stakeholders'),
  svc('mgmt.reporting'),
  svc('mgmt.improvement'),
  svc('mgmt.processAudit'),
  svc('mgmt.documentation'),
  svc('mgmt.platformUpdates'),
];
