/**
 * View automation's Azure PowerShell (docs/ui-names.md §4): every cmdlet the panes emit, with every
 * parameter, must belong to one parameter set of the cmdlet's own documentation. The table below is
 * written from the help files of Azure/azure-powershell (path per cmdlet); a parameter or a switch
 * that is not documented there, or a mix of two sets, fails the test. Accepted values are pinned
 * where the help lists them.
 */
import { describe, expect, it } from 'vitest';
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

const HELP = 'src/RecoveryServices/RecoveryServices/help';

/** Per cmdlet: its help file and its parameter sets (all parameters of each, common ones left out). */
const DOCUMENTED: Record<string, { help: string; sets: Record<string, string[]> }> = {
  // Az.Accounts: src/Accounts/Accounts/help/Set-AzContext.md
  'Set-AzContext': {
    help: 'src/Accounts/Accounts/help/Set-AzContext.md',
    sets: { Subscription: ['Tenant', 'Subscription', 'ExtendedProperty', 'Name', 'Force', 'Scope'] },
  },
  'Get-AzRecoveryServicesVault': {
    help: `${HELP}/Get-AzRecoveryServicesVault.md`,
    sets: { ByTagNameValueParameterSet: ['ResourceGroupName', 'Name', 'TagName', 'TagValue'] },
  },
  'Set-AzRecoveryServicesAsrVaultContext': {
    help: `${HELP}/Set-AzRecoveryServicesAsrVaultContext.md`,
    sets: { Default: ['Vault'] },
  },
  'Get-AzRecoveryServicesAsrFabric': {
    help: `${HELP}/Get-AzRecoveryServicesAsrFabric.md`,
    sets: { ByName: ['Name'], ByFriendlyName: ['FriendlyName'] },
  },
  'Get-AzRecoveryServicesAsrProtectionContainer': {
    help: `${HELP}/Get-AzRecoveryServicesAsrProtectionContainer.md`,
    sets: { ByObjectWithName: ['Name', 'Fabric'], ByObjectWithFriendlyName: ['FriendlyName', 'Fabric'] },
  },
  'Get-AzRecoveryServicesAsrReplicationProtectedItem': {
    help: `${HELP}/Get-AzRecoveryServicesAsrReplicationProtectedItem.md`,
    sets: { ByObjectWithName: ['Name', 'ProtectionContainer'] },
  },
  'Get-AzRecoveryServicesAsrRecoveryPlan': {
    help: `${HELP}/Get-AzRecoveryServicesAsrRecoveryPlan.md`,
    sets: { ByName: ['Name', 'Path'] },
  },
  'Get-AzRecoveryServicesAsrRecoveryPoint': {
    help: `${HELP}/Get-AzRecoveryServicesAsrRecoveryPoint.md`,
    sets: { ByObjectWithName: ['Name', 'ReplicationProtectedItem'] },
  },
  'Get-AzRecoveryServicesAsrProtectionContainerMapping': {
    help: `${HELP}/Get-AzRecoveryServicesAsrProtectionContainerMapping.md`,
    sets: { ByObject: ['ProtectionContainer'], ByObjectWithName: ['Name', 'ProtectionContainer'] },
  },
  'Get-AzRecoveryServicesAsrServicesProvider': {
    help: `${HELP}/Get-AzRecoveryServicesAsrServicesProvider.md`,
    sets: { ByName: ['Name', 'Fabric'], ByFriendlyName: ['FriendlyName', 'Fabric'] },
  },
  'Update-AzRecoveryServicesAsrProtectionDirection': {
    help: `${HELP}/Update-AzRecoveryServicesAsrProtectionDirection.md`,
    sets: {
      AzureToVMware: [
        'AzureToVMware',
        'Account',
        'DataStore',
        'MasterTarget',
        'ProcessServer',
        'ProtectionContainerMapping',
        'ReplicationProtectedItem',
        'Direction',
        'RetentionVolume',
      ],
      VMwareToAzure: [
        'VMwareToAzure',
        'Account',
        'MasterTarget',
        'ProcessServer',
        'ProtectionContainerMapping',
        'LogStorageAccountId',
        'RecoveryAzureStorageAccountId',
        'ReplicationProtectedItem',
        'Direction',
      ],
      HyperVToAzure: [
        'HyperVToAzure',
        'LogStorageAccountId',
        'RecoveryAzureStorageAccountId',
        'ReplicationProtectedItem',
        'Direction',
      ],
      ByRPObject: ['RecoveryPlan', 'Direction'],
    },
  },
  'Start-AzRecoveryServicesAsrUnplannedFailoverJob': {
    help: `${HELP}/Start-AzRecoveryServicesAsrUnplannedFailoverJob.md`,
    sets: {
      ByRPIObject: [
        'ReplicationProtectedItem',
        'Direction',
        'PerformSourceSideAction',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
        'RecoveryPoint',
      ],
      ByRPObject: [
        'RecoveryPlan',
        'Direction',
        'PerformSourceSideAction',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
        'RecoveryTag',
      ],
      ByRPIObjectWithRecoveryTag: [
        'ReplicationProtectedItem',
        'Direction',
        'PerformSourceSideAction',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
        'RecoveryTag',
      ],
    },
  },
  'Start-AzRecoveryServicesAsrPlannedFailoverJob': {
    help: `${HELP}/Start-AzRecoveryServicesAsrPlannedFailoverJob.md`,
    sets: {
      ByRPIObject: [
        'ReplicationProtectedItem',
        'Direction',
        'Optimize',
        'CreateVmIfNotFound',
        'ServicesProvider',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
      ],
      // No -ServicesProvider for a plan: the alternate host cannot be given per plan.
      ByRPObject: [
        'RecoveryPlan',
        'Direction',
        'Optimize',
        'CreateVmIfNotFound',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
      ],
    },
  },
  'Start-AzRecoveryServicesAsrCommitFailoverJob': {
    help: `${HELP}/Start-AzRecoveryServicesAsrCommitFailoverJob.md`,
    sets: { ByRPIObject: ['ReplicationProtectedItem'], ByRPObject: ['RecoveryPlan'] },
  },
  'Start-AzRecoveryServicesAsrTestFailoverJob': {
    help: `${HELP}/Start-AzRecoveryServicesAsrTestFailoverJob.md`,
    sets: {
      ByRPObjectWithAzureVMNetworkId: [
        'RecoveryPlan',
        'Direction',
        'AzureVMNetworkId',
        'CloudServiceCreationOption',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
        'RecoveryTag',
      ],
      ByRPIObjectWithAzureVMNetworkId: [
        'ReplicationProtectedItem',
        'Direction',
        'AzureVMNetworkId',
        'CloudServiceCreationOption',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
        'RecoveryPoint',
      ],
    },
  },
  'Start-AzRecoveryServicesAsrTestFailoverCleanupJob': {
    help: `${HELP}/Start-AzRecoveryServicesAsrTestFailoverCleanupJob.md`,
    sets: { ByRPIObject: ['ReplicationProtectedItem', 'Comment'], ByRPObject: ['RecoveryPlan', 'Comment'] },
  },
  'Start-AzRecoveryServicesAsrApplyRecoveryPoint': {
    help: `${HELP}/Start-AzRecoveryServicesAsrApplyRecoveryPoint.md`,
    sets: {
      Default: [
        'RecoveryPoint',
        'ReplicationProtectedItem',
        'DataEncryptionPrimaryCertFile',
        'DataEncryptionSecondaryCertFile',
      ],
    },
  },
  // -InputObject has the alias -ReplicationProtectedItem.
  'Remove-AzRecoveryServicesAsrReplicationProtectedItem': {
    help: `${HELP}/Remove-AzRecoveryServicesAsrReplicationProtectedItem.md`,
    sets: { Default: ['InputObject', 'WaitForCompletion', 'Force'] },
  },
};

/** Parameters whose help lists accepted values. */
const ACCEPTED: Record<string, string[]> = {
  Direction: ['PrimaryToRecovery', 'RecoveryToPrimary'],
  Optimize: ['ForDownTime', 'ForSynchronization'],
  CreateVmIfNotFound: ['Yes', 'No'],
  // Unplanned failover lists LatestAvailableCrashConsistent too; test failover does not.
  RecoveryTag: ['Latest', 'LatestAvailable', 'LatestAvailableApplicationConsistent'],
};

interface Call {
  cmdlet: string;
  parameters: { name: string; value: string | null }[];
}

/** Every Az cmdlet call of a script: continued lines joined, comments and quoted text left out. */
function calls(script: string): Call[] {
  const found: Call[] = [];
  const lines = script
    .replace(/ `\n/g, ' ')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'));
  for (const line of lines)
    for (const segment of line.replace(/'(?:[^']|'')*'/g, "'…'").split('|')) {
      const words = segment
        .trim()
        .replace(/^\$\w+ = /, '')
        .split(/\s+/);
      if (!/^\w+-Az\w+$/.test(words[0] ?? '')) continue;
      const parameters: Call['parameters'] = [];
      for (let i = 1; i < words.length; i += 1) {
        if (!words[i].startsWith('-')) continue;
        const next = words[i + 1];
        parameters.push({ name: words[i].slice(1), value: next && !next.startsWith('-') ? next : null });
      }
      found.push({ cmdlet: words[0], parameters });
    }
  return found;
}

const ITEM = (name: string, fabric = 'cs-01') =>
  `/subscriptions/s/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-vault/replicationFabrics/${fabric}/replicationProtectionContainers/cloud_${fabric}/replicationProtectedItems/${name}`;
const POINT = { id: `${ITEM('app-01')}/recoveryPoints/p-1` } as ArmRecoveryPoint;
const armItem = { id: ITEM('app-01'), properties: { providerSpecificDetails: {} } } as unknown as ArmItem;
const plan = (action: Parameters<typeof buildPlanActionRequest>[2], body: unknown) =>
  buildPlanActionRequest('contoso-vault', 'plan-web-tier', action, body);
const hyperV = { itemId: ITEM('hv-app-01', 'hv-site-01'), createVm: true, hostName: 'hv-host-02' };

/** Every script the panes can show, one per branch of each builder. */
const SCRIPTS: Record<string, string> = {
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
  commit: commitPowerShell(ITEM('web-01')),
  'change recovery point': changeRecoveryPointPowerShell(ITEM('web-01'), POINT.id),
  'complete migration': removePowerShell(ITEM('web-01'), 'completeMigration'),
  'disable replication': removePowerShell(ITEM('web-01'), 'disableReplication'),
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
  'plan commit': planCommitPowerShell(plan('failoverCommit', {})),
  'plan re-protect to on-premises': planReprotectPowerShell('contoso-vault', 'plan-web-tier', false),
  'plan re-protect to Azure': planReprotectPowerShell('contoso-vault', 'plan-web-tier', true),
};

describe('View automation PowerShell: parameter names from the cmdlets’ own help', () => {
  it.each(Object.entries(SCRIPTS))(
    '%s: every cmdlet call fits one documented parameter set',
    (_name, script) => {
      const found = calls(script);
      expect(found.length).toBeGreaterThan(0);
      for (const call of found) {
        const documented = DOCUMENTED[call.cmdlet];
        expect(documented, `${call.cmdlet} is not in the documented table`).toBeDefined();
        const names = call.parameters.map((p) => p.name);
        expect(new Set(names).size, `${call.cmdlet}: a parameter given twice`).toBe(names.length);
        const sets = Object.entries(documented.sets)
          .filter(([, parameters]) => names.every((name) => parameters.includes(name)))
          .map(([set]) => set);
        expect(
          sets,
          `${call.cmdlet} ${names.map((n) => `-${n}`).join(' ')} (${documented.help})`,
        ).not.toEqual([]);
        for (const { name, value } of call.parameters)
          if (ACCEPTED[name] && value !== null)
            expect(ACCEPTED[name], `${call.cmdlet} -${name}`).toContain(value);
      }
    },
  );

  it('each emitted cmdlet uses the parameters pinned here (a change must be checked against the help again)', () => {
    const used: Record<string, string[]> = {};
    for (const script of Object.values(SCRIPTS))
      for (const call of calls(script))
        used[call.cmdlet] = [
          ...new Set([...(used[call.cmdlet] ?? []), ...call.parameters.map((p) => p.name)]),
        ].sort();
    expect(used).toEqual({
      'Get-AzRecoveryServicesAsrFabric': ['Name'],
      'Get-AzRecoveryServicesAsrProtectionContainer': ['Fabric', 'Name'],
      'Get-AzRecoveryServicesAsrProtectionContainerMapping': ['ProtectionContainer'],
      'Get-AzRecoveryServicesAsrRecoveryPlan': ['Name'],
      'Get-AzRecoveryServicesAsrRecoveryPoint': ['Name', 'ReplicationProtectedItem'],
      'Get-AzRecoveryServicesAsrReplicationProtectedItem': ['Name', 'ProtectionContainer'],
      'Get-AzRecoveryServicesAsrServicesProvider': ['Fabric', 'FriendlyName'],
      'Get-AzRecoveryServicesVault': ['Name', 'ResourceGroupName'],
      'Remove-AzRecoveryServicesAsrReplicationProtectedItem': ['Force', 'InputObject'],
      'Set-AzContext': ['Subscription'],
      'Set-AzRecoveryServicesAsrVaultContext': ['Vault'],
      'Start-AzRecoveryServicesAsrApplyRecoveryPoint': ['RecoveryPoint', 'ReplicationProtectedItem'],
      'Start-AzRecoveryServicesAsrCommitFailoverJob': ['RecoveryPlan', 'ReplicationProtectedItem'],
      'Start-AzRecoveryServicesAsrPlannedFailoverJob': [
        'CreateVmIfNotFound',
        'DataEncryptionPrimaryCertFile',
        'Direction',
        'Optimize',
        'RecoveryPlan',
        'ReplicationProtectedItem',
        'ServicesProvider',
      ],
      'Start-AzRecoveryServicesAsrTestFailoverCleanupJob': [
        'Comment',
        'RecoveryPlan',
        'ReplicationProtectedItem',
      ],
      'Start-AzRecoveryServicesAsrTestFailoverJob': [
        'AzureVMNetworkId',
        'Direction',
        'RecoveryPlan',
        'RecoveryPoint',
        'RecoveryTag',
        'ReplicationProtectedItem',
      ],
      'Start-AzRecoveryServicesAsrUnplannedFailoverJob': [
        'Direction',
        'PerformSourceSideAction',
        'RecoveryPlan',
        'RecoveryPoint',
        'RecoveryTag',
        'ReplicationProtectedItem',
      ],
      'Update-AzRecoveryServicesAsrProtectionDirection': [
        'Account',
        'AzureToVMware',
        'DataStore',
        'Direction',
        'HyperVToAzure',
        'MasterTarget',
        'ProcessServer',
        'ProtectionContainerMapping',
        'RecoveryPlan',
        'ReplicationProtectedItem',
        'RetentionVolume',
        'VMwareToAzure',
      ],
    });
  });

  it('HV-4: a failback script that passes -DataEncryptionPrimaryCertFile says the cmdlet ignores it then', () => {
    // The cmdlet's source (StartAzureRmRecoveryServicesAsrPlannedFailoverJob.cs) sends the key only
    // for PrimaryToRecovery.
    for (const name of ['planned failback, alternate host and key', 'plan planned failback, per machine'])
      expect(SCRIPTS[name]).toContain('the cmdlet sends the key only when failing over to Azure');
    expect(SCRIPTS['planned failback, original host']).not.toContain('DataEncryptionPrimaryCertFile');
  });

  it('the parser sees a wrong parameter (the test can fail)', () => {
    const [call] = calls(
      "$job = Start-AzRecoveryServicesAsrCommitFailoverJob `\n  -RecoveryPlan $plan `\n  -Wait 'x -Y'",
    );
    const names = call.parameters.map((p) => p.name);
    expect(names).toEqual(['RecoveryPlan', 'Wait']);
    const fits = Object.values(DOCUMENTED[call.cmdlet].sets).some((set) =>
      names.every((n) => set.includes(n)),
    );
    expect(fits).toBe(false);
  });
});
