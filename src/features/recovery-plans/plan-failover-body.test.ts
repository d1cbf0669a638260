import { describe, expect, it } from 'vitest';
import { planFailoverBody } from './plan-failover-form';

describe('plan failover bodies (§14: the plan panes ask what the item panes ask)', () => {
  it('FO-1: Latest processed is sent as LatestProcessed in both directions', () => {
    const toAzure = planFailoverBody('unplanned', false, 'latestProcessed', 'ForSynchronization');
    expect(toAzure.properties.providerSpecificDetails).toEqual([
      { instanceType: 'InMageAzureV2', recoveryPointType: 'LatestProcessed' },
    ]);
    const back = planFailoverBody('unplanned', true, 'latestProcessed', 'ForSynchronization');
    expect(back.properties.providerSpecificDetails).toEqual([
      { instanceType: 'InMage', recoveryPointType: 'LatestProcessed' },
    ]);
  });

  it('FO-3: Shut down machine is a choice to Azure; from Azure the Azure VMs are always shut down', () => {
    const keep = { shutDown: false };
    expect(
      planFailoverBody('unplanned', false, 'latest', 'ForSynchronization', keep).properties,
    ).toMatchObject({
      sourceSiteOperations: 'NotRequired',
    });
    expect(
      planFailoverBody('unplanned', true, 'latest', 'ForSynchronization', keep).properties,
    ).toMatchObject({
      sourceSiteOperations: 'Required',
    });
  });

  it('HV-4, HV-5: the Hyper-V failback entry carries Create VM, the host and the encryption key', () => {
    const body = planFailoverBody('planned', true, 'latest', 'ForDownTime', {
      createVm: true,
      hostName: 'hv-host-02',
      encryptionKey: 'hv-host-01-encryption-key.pfx',
    });
    expect(body.properties.providerSpecificDetails).toEqual([
      {
        instanceType: 'HyperVReplicaAzureFailback',
        dataSyncOption: 'ForDownTime',
        recoveryVmCreationOption: 'CreateVmIfNotFound',
        providerIdForAlternateRecovery: 'hv-host-02',
        primaryKekCertificatePfx: 'hv-host-01-encryption-key.pfx',
      },
    ]);
    // Without them: NoAction, as before.
    expect(
      planFailoverBody('planned', true, 'latest', 'ForSynchronization').properties.providerSpecificDetails,
    ).toEqual([
      {
        instanceType: 'HyperVReplicaAzureFailback',
        dataSyncOption: 'ForSynchronization',
        recoveryVmCreationOption: 'NoAction',
      },
    ]);
  });
});
