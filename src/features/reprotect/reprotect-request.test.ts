import { reprotectWeb01ToOnPremises } from '../../../contract/reprotect-request.cases';
import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import {
  buildReprotectToAzureRequest,
  buildReprotectToOnPremisesRequest,
  reprotectToAzurePowerShell,
  reprotectToOnPremisesPowerShell,
} from './reprotect-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/web-01';
const form = {
  itemId: ITEM,
  masterTarget: 'cs-01',
  processServer: 'ps-azure-01',
  datastore: 'datastore-vmfs-01',
  retentionDrive: 'R:',
  profileId: 'contoso-policy-failback',
};

describe('Re-protect requests (View automation)', () => {
  it('LIFE-3: Azure → on-premises, the InMage reProtect input with MT, PS, datastore, retention drive, policy', () => {
    const request = buildReprotectToOnPremisesRequest(form);
    expect(request).toEqual({
      method: 'POST',
      path: `${ITEM}/reProtect`,
      body: reprotectWeb01ToOnPremises(),
    });
    expect(azRestCommand(request)).toContain('"processServerId":"ps-azure-01"');
  });

  it('LIFE-3: PowerShell uses set AzureToVMware with the four choices', () => {
    const ps = reprotectToOnPremisesPowerShell(form);
    expect(ps).toContain(
      "$rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -ProtectionContainer $container -Name 'web-01'",
    );
    expect(ps).toContain("PolicyFriendlyName -eq 'contoso-policy-failback'");
    expect(ps).toContain("MasterTargetServers | Where-Object { $_.Name -eq 'cs-01' }");
    expect(ps).toContain("ProcessServers | Where-Object { $_.FriendlyName -eq 'ps-azure-01' }");
    expect(ps).toContain("DataStores | Where-Object { $_.SymbolicName -eq 'datastore-vmfs-01' }");
    expect(ps).toContain("RetentionVolumes | Where-Object { $_.VolumeName -eq 'R:' }");
    const call = ps.slice(ps.indexOf('$job = '));
    for (const parameter of [
      'Update-AzRecoveryServicesAsrProtectionDirection',
      '-AzureToVMware',
      '-ReplicationProtectedItem $rpi',
      '-Direction RecoveryToPrimary',
      '-ProtectionContainerMapping $mapping',
      '-MasterTarget $masterTarget',
      '-ProcessServer $processServer',
      '-DataStore $dataStore',
      '-RetentionVolume $retentionVolume',
    ])
      expect(call).toContain(parameter);
  });

  it('LIFE-6: on-premises → Azure, the InMageAzureV2 input; PowerShell set VMwareToAzure with its required -Account', () => {
    const toAzure = { itemId: ITEM, processServer: 'cs-01' };
    expect(buildReprotectToAzureRequest(toAzure).body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'InMageAzureV2', processServerId: 'cs-01' },
      },
    });
    const ps = reprotectToAzurePowerShell(toAzure);
    expect(ps).toMatch(
      /-VMwareToAzure[\s\S]*-Direction PrimaryToRecovery[\s\S]*-ProcessServer \$processServer[\s\S]*-Account \$account/,
    );
  });
});
