import { describe, expect, it } from 'vitest';
import { hyperVFailbackItem, planHyperVFailbackBody } from '../../../contract/plan-hyper-v-failback.cases';
import { planFailoverBody } from './plan-failover-form';
import {
  buildPlanHyperVFailbackRequest,
  planHyperVFailbackArmRequest,
  planPlannedFailoverPowerShell,
  type PlanHyperVMachine,
} from './plan-requests';

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

  it('HV-3: the plan-wide Hyper-V failback entry carries the sync option and NoAction', () => {
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

const APP =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/hv-site-01/replicationProtectionContainers/cloud_hv-site-01/replicationProtectedItems/hv-app-01';
const WEB = APP.replace('hv-app-01', 'hv-web-01');
const machines: PlanHyperVMachine[] = [
  { itemId: APP, createVm: true, hostName: 'hv-host-02', encryptionKey: 'hv-host-01-encryption-key.pfx' },
  { itemId: WEB, createVm: false, hostName: 'hv-host-02', encryptionKey: '' },
];

describe('plan Hyper-V failback per machine (docs/rules.md §14, HV-4, HV-5)', () => {
  it("HV-4, HV-5 per machine in a plan: {S} plannedFailover carries each machine's host and key", () => {
    const request = buildPlanHyperVFailbackRequest('contoso-vault', 'plan-hyper-v', 'ForDownTime', machines);
    expect(request.path).toMatch(
      /^\/simulator\/subscriptions\/.+\/replicationRecoveryPlans\/plan-hyper-v\/plannedFailover$/,
    );
    expect(request.body).toEqual(
      planHyperVFailbackBody([
        hyperVFailbackItem(APP, {
          recoveryVmCreationOption: 'CreateVmIfNotFound',
          providerIdForAlternateRecovery: 'hv-host-02',
          primaryKekCertificatePfx: 'hv-host-01-encryption-key.pfx',
        }),
        // No VM to create: the host is not sent.
        hyperVFailbackItem(WEB, { recoveryVmCreationOption: 'NoAction' }),
      ]),
    );
  });

  it("HV-4, HV-5: Azure's plan call carries one host and one key, only when the machines share them", () => {
    const arm = planHyperVFailbackArmRequest('contoso-vault', 'plan-hyper-v', 'ForDownTime', machines);
    expect(arm.path).toMatch(
      /^\/subscriptions\/.+\/replicationRecoveryPlans\/plan-hyper-v\/plannedFailover$/,
    );
    expect((arm.body as { properties: unknown }).properties).toEqual({
      failoverDirection: 'RecoveryToPrimary',
      providerSpecificDetails: [
        {
          instanceType: 'HyperVReplicaAzureFailback',
          recoveryVmCreationOption: 'CreateVmIfNotFound',
          providerIdForAlternateRecovery: 'hv-host-02',
          primaryKekCertificatePfx: 'hv-host-01-encryption-key.pfx',
          dataSyncOption: 'ForDownTime',
        },
      ],
    });
    const twoHosts = planHyperVFailbackArmRequest('contoso-vault', 'plan-hyper-v', 'ForDownTime', [
      machines[0],
      { ...machines[1], createVm: true, hostName: 'hv-host-01' },
    ]);
    const entry = (twoHosts.body as { properties: { providerSpecificDetails: object[] } }).properties
      .providerSpecificDetails[0];
    expect(entry).not.toHaveProperty('providerIdForAlternateRecovery');
    expect(planPlannedFailoverPowerShell(arm)).toContain('-DataEncryptionPrimaryCertFile');
    expect(planPlannedFailoverPowerShell(arm)).toContain('has no -ServicesProvider');
  });
});
