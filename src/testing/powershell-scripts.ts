/**
 * Every script View automation's panes can show (docs/ui-names.md §4), one per branch of each
 * builder, by cmdlet family: the failover jobs (unplanned, planned, test and its cleanup), the
 * protection direction (re-protect, reverse replicate), and commit, change recovery point and
 * removal. The tests check them against the cmdlets' help (src/testing/powershell-help.ts).
 */
import type { ArmItem, ArmRecoveryPoint } from '../api/wire-types';
import { changeRecoveryPointPowerShell } from '../features/change-recovery-point/change-recovery-point-request';
import { commitPowerShell } from '../features/commit/commit-request';
import { removePowerShell } from '../features/end-protection/end-protection-request';
import {
  testFailoverCleanupPowerShell,
  testFailoverPowerShell,
  unplannedFailoverPowerShell,
} from '../features/failover/failover-request';
import { plannedFailoverPowerShell } from '../features/planned-failover/planned-failover-request';
import { planFailoverBody } from '../features/recovery-plans/plan-failover-form';
import {
  buildPlanActionRequest,
  planCommitPowerShell,
  planHyperVFailbackArmRequest,
  planPlannedFailoverPowerShell,
  planReprotectPowerShell,
  planTestFailoverCleanupPowerShell,
  planTestFailoverPowerShell,
  planUnplannedFailoverPowerShell,
} from '../features/recovery-plans/plan-requests';
import {
  reprotectToAzurePowerShell,
  reprotectToOnPremisesPowerShell,
} from '../features/reprotect/reprotect-request';
import { reverseReplicatePowerShell } from '../features/reverse-replicate/reverse-replicate-request';

const ITEM = (name: string, fabric = 'cs-01') =>
  `/subscriptions/s/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-vault/replicationFabrics/${fabric}/replicationProtectionContainers/cloud_${fabric}/replicationProtectedItems/${name}`;
const POINT = { id: `${ITEM('app-01')}/recoveryPoints/p-1` } as ArmRecoveryPoint;
const armItem = { id: ITEM('app-01'), properties: { providerSpecificDetails: {} } } as unknown as ArmItem;
const plan = (action: Parameters<typeof buildPlanActionRequest>[2], body: unknown) =>
  buildPlanActionRequest('contoso-vault', 'plan-web-tier', action, body);
const hyperV = { itemId: ITEM('hv-app-01', 'hv-site-01'), createVm: true, hostName: 'hv-host-02' };

/** Start-…UnplannedFailoverJob, …PlannedFailoverJob, …TestFailoverJob and …TestFailoverCleanupJob. */
export const FAILOVER_SCRIPTS: Record<string, string> = {
  'unplanned to Azure, latest': unplannedFailoverPowerShell(ITEM('app-01'), {
    direction: 'ToAzure',
    choice: 'latest',
    point: undefined,
    shutDown: true,
  }),
  'unplanned to Azure, custom point': unplannedFailoverPowerShell(ITEM('app-01'), {
    direction: 'ToAzure',
    choice: 'custom',
    point: POINT,
    shutDown: false,
  }),
  'unplanned from Azure, app-consistent': unplannedFailoverPowerShell(ITEM('web-01'), {
    direction: 'FromAzure',
    choice: 'latestAppConsistent',
    point: undefined,
    shutDown: true,
  }),
  'unplanned from Azure, custom point': unplannedFailoverPowerShell(ITEM('web-01'), {
    direction: 'FromAzure',
    choice: 'custom',
    point: POINT,
    shutDown: true,
  }),
  'test failover, latest': testFailoverPowerShell({
    item: armItem,
    networkId: '/n/vnet',
    recoveryPointId: null,
  }),
  'test failover, point': testFailoverPowerShell({
    item: armItem,
    networkId: '/n/vnet',
    recoveryPointId: POINT.id,
  }),
  'test failover cleanup': testFailoverCleanupPowerShell(ITEM('app-01'), "it's done"),
  'test failover cleanup, no notes': testFailoverCleanupPowerShell(ITEM('app-01'), ''),
  'planned failback, alternate host and key': plannedFailoverPowerShell(ITEM('hv-app-01', 'hv-site-01'), {
    fromAzure: true,
    dataSync: 'ForDownTime',
    createVm: true,
    hostName: 'hv-host-02',
    encryptionKey: 'k.pfx',
  }),
  'planned failback, original host': plannedFailoverPowerShell(ITEM('hv-app-01', 'hv-site-01'), {
    fromAzure: true,
    dataSync: 'ForSynchronization',
    createVm: false,
    hostName: '',
    encryptionKey: '',
  }),
  'planned failover to Azure': plannedFailoverPowerShell(ITEM('hv-app-01', 'hv-site-01'), {
    fromAzure: false,
    dataSync: 'ForSynchronization',
    createVm: false,
    hostName: '',
    encryptionKey: '',
  }),
  'plan unplanned to Azure': planUnplannedFailoverPowerShell(
    plan(
      'unplannedFailover',
      planFailoverBody('unplanned', false, 'latestAppConsistent', 'ForSynchronization'),
    ),
  ),
  'plan unplanned from Azure': planUnplannedFailoverPowerShell(
    plan('unplannedFailover', planFailoverBody('unplanned', true, 'latestProcessed', 'ForSynchronization')),
  ),
  'plan planned to Azure': planPlannedFailoverPowerShell(
    plan('plannedFailover', planFailoverBody('planned', false, 'latest', 'ForSynchronization')),
  ),
  'plan planned failback, per machine': planPlannedFailoverPowerShell(
    planHyperVFailbackArmRequest('contoso-vault', 'plan-hyper-v', 'ForDownTime', [
      { ...hyperV, encryptionKey: 'k.pfx' },
      { ...hyperV, itemId: ITEM('hv-web-01', 'hv-site-01'), createVm: false, encryptionKey: '' },
    ]),
  ),
  'plan test failover': planTestFailoverPowerShell(
    plan('testFailover', {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        networkId: '/n/vnet',
        providerSpecificDetails: [{ instanceType: 'InMageAzureV2', recoveryPointType: 'LatestProcessed' }],
      },
    }),
  ),
  'plan test failover cleanup': planTestFailoverCleanupPowerShell(
    plan('testFailoverCleanup', { properties: { comments: 'done' } }),
  ),
};

/** Update-AzRecoveryServicesAsrProtectionDirection: re-protect both ways, reverse replicate, plans. */
export const PROTECTION_SCRIPTS: Record<string, string> = {
  'reverse replicate': reverseReplicatePowerShell(ITEM('hv-app-01', 'hv-site-01')),
  're-protect to on-premises': reprotectToOnPremisesPowerShell({
    itemId: ITEM('web-01'),
    masterTarget: 'cs-01',
    processServer: 'ps-azure-01',
    datastore: 'datastore-vmfs-01',
    retentionDrive: 'R:',
    profileId: 'contoso-policy-failback',
  }),
  're-protect to Azure': reprotectToAzurePowerShell({ itemId: ITEM('web-01'), processServer: 'cs-01' }),
  'plan re-protect to on-premises': planReprotectPowerShell('contoso-vault', 'plan-web-tier', false),
  'plan re-protect to Azure': planReprotectPowerShell('contoso-vault', 'plan-web-tier', true),
};

/** Start-…CommitFailoverJob, Start-…ApplyRecoveryPoint and Remove-…ReplicationProtectedItem. */
export const COMMIT_SCRIPTS: Record<string, string> = {
  commit: commitPowerShell(ITEM('web-01')),
  'change recovery point': changeRecoveryPointPowerShell(ITEM('web-01'), POINT.id),
  'complete migration': removePowerShell(ITEM('web-01'), 'completeMigration'),
  'disable replication': removePowerShell(ITEM('web-01'), 'disableReplication'),
  'plan commit': planCommitPowerShell(plan('failoverCommit', {})),
};

export const POWERSHELL_SCRIPTS: Record<string, string> = {
  ...FAILOVER_SCRIPTS,
  ...PROTECTION_SCRIPTS,
  ...COMMIT_SCRIPTS,
};
