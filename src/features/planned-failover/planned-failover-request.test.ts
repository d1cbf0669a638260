import { describe, expect, it } from 'vitest';
import { buildPlannedFailoverRequest, plannedFailoverPowerShell } from './planned-failover-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/hv-site/replicationProtectionContainers/cloud_hv/replicationProtectedItems/hv-01';
const base = {
  fromAzure: true,
  dataSync: 'ForSynchronization' as const,
  createVm: false,
  hostName: '',
  encryptionKey: '',
};

describe('Planned failover requests (View automation)', () => {
  it('HV-1, HV-3: failback with delta sync; -Optimize ForSynchronization, -CreateVmIfNotFound No', () => {
    const request = buildPlannedFailoverRequest(ITEM, base);
    expect(request.path).toBe(`${ITEM}/plannedFailover`);
    expect(request.body).toEqual({
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'HyperVReplicaAzureFailback',
          dataSyncOption: 'ForSynchronization',
          recoveryVmCreationOption: 'NoAction',
        },
      },
    });
    const ps = plannedFailoverPowerShell(ITEM, base);
    expect(ps).toMatch(
      /Start-AzRecoveryServicesAsrPlannedFailoverJob[\s\S]*-Direction RecoveryToPrimary[\s\S]*-Optimize ForSynchronization[\s\S]*-CreateVmIfNotFound No/,
    );
    expect(ps).not.toContain('-ServicesProvider');
  });

  it('HV-4, HV-5: alternate host as -ServicesProvider, the key as -DataEncryptionPrimaryCertFile', () => {
    const choice = {
      ...base,
      dataSync: 'ForDownTime' as const,
      createVm: true,
      hostName: 'hv-host-02',
      encryptionKey: 'kek.pfx',
    };
    expect(buildPlannedFailoverRequest(ITEM, choice).body).toMatchObject({
      properties: {
        providerSpecificDetails: {
          dataSyncOption: 'ForDownTime',
          recoveryVmCreationOption: 'CreateVmIfNotFound',
          providerIdForAlternateRecovery: 'hv-host-02',
          primaryKekCertificatePfx: 'kek.pfx',
        },
      },
    });
    const ps = plannedFailoverPowerShell(ITEM, choice);
    expect(ps).toContain(
      "$provider = Get-AzRecoveryServicesAsrServicesProvider -Fabric $fabric -FriendlyName 'hv-host-02'",
    );
    expect(ps).toMatch(
      /-Optimize ForDownTime[\s\S]*-CreateVmIfNotFound Yes[\s\S]*-ServicesProvider \$provider[\s\S]*-DataEncryptionPrimaryCertFile 'kek.pfx'/,
    );
  });

  it('to Azure: PrimaryToRecovery only', () => {
    const choice = { ...base, fromAzure: false };
    expect(buildPlannedFailoverRequest(ITEM, choice).body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
      },
    });
    expect(plannedFailoverPowerShell(ITEM, choice)).toContain(
      '$job = Start-AzRecoveryServicesAsrPlannedFailoverJob -ReplicationProtectedItem $rpi -Direction PrimaryToRecovery',
    );
  });
});
