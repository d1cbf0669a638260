import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import { planFailoverBody } from './plan-failover-form';
import {
  buildPlanActionRequest,
  buildPlanReprotectRequest,
  planCommitPowerShell,
  planReprotectAzRest,
  planReprotectPowerShell,
  planPlannedFailoverPowerShell,
  planTestFailoverCleanupPowerShell,
  planTestFailoverPowerShell,
  planUnplannedFailoverPowerShell,
} from './plan-requests';

const preamble = "$plan = Get-AzRecoveryServicesAsrRecoveryPlan -Name 'plan-web'";

describe('Recovery plan requests (View automation)', () => {
  it('RPL-1, FO-2: unplanned failover; ByRPObject with -PerformSourceSideAction and -RecoveryTag', () => {
    const request = buildPlanActionRequest(
      'contoso-vault',
      'plan-web',
      'unplannedFailover',
      planFailoverBody('unplanned', false, 'latestAppConsistent', 'ForSynchronization'),
    );
    expect(request.path).toMatch(
      /\/vaults\/contoso-vault\/replicationRecoveryPlans\/plan-web\/unplannedFailover$/,
    );
    const ps = planUnplannedFailoverPowerShell(request);
    expect(ps).toContain(preamble);
    expect(ps).toMatch(
      /Start-AzRecoveryServicesAsrUnplannedFailoverJob `\n {2}-RecoveryPlan \$plan `\n {2}-Direction PrimaryToRecovery `\n {2}-PerformSourceSideAction `\n {2}-RecoveryTag LatestAvailableApplicationConsistent$/,
    );
    expect(azRestCommand(request)).toContain('/plan-web/unplannedFailover?api-version=');
  });

  it('HV-1, HV-3: planned failback; -Optimize and -CreateVmIfNotFound from the body', () => {
    const request = buildPlanActionRequest(
      'contoso-vault',
      'plan-web',
      'plannedFailover',
      planFailoverBody('planned', true, 'latest', 'ForDownTime'),
    );
    expect(planPlannedFailoverPowerShell(request)).toMatch(
      /Start-AzRecoveryServicesAsrPlannedFailoverJob `\n {2}-RecoveryPlan \$plan `\n {2}-Direction RecoveryToPrimary `\n {2}-Optimize ForDownTime `\n {2}-CreateVmIfNotFound No$/,
    );
  });

  it('TF-1, TF-3: test failover with -AzureVMNetworkId and the tag; cleanup with -Comment', () => {
    const networkId =
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-test';
    const test = buildPlanActionRequest('contoso-vault', 'plan-web', 'testFailover', {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        networkType: 'VmNetworkAsInput',
        networkId,
        providerSpecificDetails: [{ instanceType: 'InMageAzureV2', recoveryPointType: 'LatestProcessed' }],
      },
    });
    expect(planTestFailoverPowerShell(test)).toMatch(
      /Start-AzRecoveryServicesAsrTestFailoverJob `\n {2}-RecoveryPlan \$plan `\n {2}-Direction PrimaryToRecovery `\n {2}-AzureVMNetworkId '.*vnet-test' `\n {2}-RecoveryTag LatestAvailable$/,
    );
    const cleanup = buildPlanActionRequest('contoso-vault', 'plan-web', 'testFailoverCleanup', {
      properties: { comments: 'done' },
    });
    expect(planTestFailoverCleanupPowerShell(cleanup).split('\n').at(-1)).toBe(
      "$job = Start-AzRecoveryServicesAsrTestFailoverCleanupJob -RecoveryPlan $plan -Comment 'done'",
    );
  });

  it('RPL-1: commit with an empty body; Start-AzRecoveryServicesAsrCommitFailoverJob -RecoveryPlan', () => {
    const request = buildPlanActionRequest('contoso-vault', 'plan-web', 'failoverCommit', {});
    expect(request.body).toEqual({});
    expect(planCommitPowerShell(request).split('\n').at(-1)).toBe(
      '$job = Start-AzRecoveryServicesAsrCommitFailoverJob -RecoveryPlan $plan',
    );
  });

  it('RPL-1, RP-3: plan re-protect sends per-machine values to the simulator route; Azure takes none (ByRPObject)', () => {
    const machine = {
      itemId: '/x/replicationProtectedItems/web-02',
      masterTarget: 'cs-01',
      processServer: 'ps-azure-01',
      datastore: 'datastore-vmfs-01',
      retentionDrive: 'R:',
    };
    const request = buildPlanReprotectRequest('contoso-vault', 'plan-web', false, 'policy-id', [machine]);
    expect(request.path).toMatch(
      /^\/simulator\/subscriptions\/.*\/replicationRecoveryPlans\/plan-web\/reProtect$/,
    );
    expect(request.body).toEqual({
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        items: [
          {
            replicationProtectedItemId: machine.itemId,
            providerSpecificDetails: {
              instanceType: 'InMage',
              masterTargetId: 'cs-01',
              processServerId: 'ps-azure-01',
              datastoreName: 'datastore-vmfs-01',
              retentionDrive: 'R:',
              profileId: 'policy-id',
            },
          },
        ],
      },
    });
    expect(planReprotectPowerShell('contoso-vault', 'plan-web', false).split('\n').at(-1)).toBe(
      '$job = Update-AzRecoveryServicesAsrProtectionDirection -RecoveryPlan $plan -Direction RecoveryToPrimary',
    );
    expect(planReprotectAzRest('contoso-vault', 'plan-web')).toMatch(
      /az rest --method post \\\n {2}--url "https:\/\/management\.azure\.com\/subscriptions\/.*\/plan-web\/reProtect\?api-version=.*" \\\n {2}--body '\{\}'$/,
    );
  });
});
