/**
 * View automation's Azure PowerShell (docs/ui-names.md §4), across the cmdlet families: the
 * parameters every emitted cmdlet uses are pinned here (a change must be checked against the help
 * again), and the script reader sees a wrong parameter. Each family's scripts are checked against
 * the cmdlets' help in view-automation-powershell-{failover,protection,commit}.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENTED, calls } from '../testing/powershell-help';
import { POWERSHELL_SCRIPTS } from '../testing/powershell-scripts';

describe('View automation PowerShell: parameter names from the cmdlets’ own help', () => {
  it('each emitted cmdlet uses the parameters pinned here (a change must be checked against the help again)', () => {
    const used: Record<string, string[]> = {};
    for (const script of Object.values(POWERSHELL_SCRIPTS))
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
