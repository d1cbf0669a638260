import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import { planFailoverBody } from './plan-failover-form';
import {
  buildPlanActionRequest,
  planCommitPowerShell,
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
});
