/**
 * The Azure PowerShell help that View automation's scripts are checked against (docs/ui-names.md §4).
 * Per cmdlet: its help file in Azure/azure-powershell and its parameter sets; the accepted values
 * where the help lists them; a reader of a script's Az cmdlet calls; and the check that each call,
 * with every parameter, belongs to one documented parameter set.
 */
import { expect } from 'vitest';

const HELP = 'src/RecoveryServices/RecoveryServices/help';

/** Per cmdlet: its help file and its parameter sets (all parameters of each, common ones left out). */
export const DOCUMENTED: Record<string, { help: string; sets: Record<string, string[]> }> = {
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

export interface Call {
  cmdlet: string;
  parameters: { name: string; value: string | null }[];
}

/** Every Az cmdlet call of a script: continued lines joined, comments and quoted text left out. */
export function calls(script: string): Call[] {
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

/**
 * Every Az cmdlet call of `script` is in the documented table and fits one of its parameter sets,
 * gives no parameter twice, and passes accepted values only where the help lists them.
 */
export function expectFitsHelp(script: string) {
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
    expect(sets, `${call.cmdlet} ${names.map((n) => `-${n}`).join(' ')} (${documented.help})`).not.toEqual(
      [],
    );
    for (const { name, value } of call.parameters)
      if (ACCEPTED[name] && value !== null)
        expect(ACCEPTED[name], `${call.cmdlet} -${name}`).toContain(value);
  }
}
