import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import type { ArmItem, ArmRecoveryPoint } from '../../api/wire-types';
import {
  buildTestFailoverCleanupRequest,
  buildTestFailoverRequest,
  buildUnplannedFailoverRequest,
  testFailoverCleanupPowerShell,
  testFailoverPowerShell,
  unplannedFailoverPowerShell,
} from './failover-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/app-01';
const point = { id: `${ITEM}/recoveryPoints/rp-42`, properties: {} } as unknown as ArmRecoveryPoint;
const item = {
  id: ITEM,
  properties: { providerSpecificDetails: { instanceType: 'InMageAzureV2' } },
} as unknown as ArmItem;

describe('Unplanned failover requests (View automation)', () => {
  it('LIFE-1: to Azure with Latest and shut down: no point, PerformSourceSideAction', () => {
    const choice = { direction: 'ToAzure' as const, choice: 'latest' as const, point, shutDown: true };
    const request = buildUnplannedFailoverRequest(ITEM, choice);
    expect(request.path).toBe(`${ITEM}/unplannedFailover`);
    expect(request.body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        sourceSiteOperations: 'Required',
        providerSpecificDetails: { instanceType: 'InMageAzureV2' },
      },
    });
    const ps = unplannedFailoverPowerShell(ITEM, choice);
    expect(ps).toMatch(
      /Start-AzRecoveryServicesAsrUnplannedFailoverJob[\s\S]*-ReplicationProtectedItem \$rpi[\s\S]*-Direction PrimaryToRecovery[\s\S]*-PerformSourceSideAction/,
    );
    expect(ps).not.toContain('-RecoveryPoint');
    expect(azRestCommand(request)).toContain('/unplannedFailover?api-version=');
  });

  it('FO-1: a named point travels as recoveryPointId and as -RecoveryPoint; no shut down, no switch', () => {
    const choice = { direction: 'ToAzure' as const, choice: 'custom' as const, point, shutDown: false };
    expect(buildUnplannedFailoverRequest(ITEM, choice).body).toMatchObject({
      properties: {
        sourceSiteOperations: 'NotRequired',
        providerSpecificDetails: { recoveryPointId: point.id },
      },
    });
    const ps = unplannedFailoverPowerShell(ITEM, choice);
    expect(ps).toContain(
      "$recoveryPoint = Get-AzRecoveryServicesAsrRecoveryPoint -ReplicationProtectedItem $rpi -Name 'rp-42'",
    );
    expect(ps).toContain('-RecoveryPoint $recoveryPoint');
    expect(ps).not.toContain('-PerformSourceSideAction');
  });

  it('LIFE-4: from Azure, latest app-consistent is LatestTag and -RecoveryTag', () => {
    const choice = {
      direction: 'FromAzure' as const,
      choice: 'latestAppConsistent' as const,
      point,
      shutDown: true,
    };
    expect(buildUnplannedFailoverRequest(ITEM, choice).body).toMatchObject({
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: { recoveryPointType: 'LatestTag' },
      },
    });
    const ps = unplannedFailoverPowerShell(ITEM, choice);
    expect(ps).toContain('-Direction RecoveryToPrimary');
    expect(ps).toContain('-RecoveryTag LatestAvailableApplicationConsistent');
  });
});

describe('Test failover requests (View automation)', () => {
  const networkId =
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-test';

  it('TF-1: the TestFailoverInput and Start-AzRecoveryServicesAsrTestFailoverJob with -AzureVMNetworkId', () => {
    const form = { item, networkId, recoveryPointId: point.id };
    const request = buildTestFailoverRequest(form);
    expect(request.path).toBe(`${ITEM}/testFailover`);
    expect(request.body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        networkType: 'VmNetworkAsInput',
        networkId,
        providerSpecificDetails: { instanceType: 'InMageAzureV2', recoveryPointId: point.id },
      },
    });
    const ps = testFailoverPowerShell(form);
    expect(ps).toMatch(
      /Start-AzRecoveryServicesAsrTestFailoverJob[\s\S]*-Direction PrimaryToRecovery[\s\S]*-AzureVMNetworkId '.*vnet-test'[\s\S]*-RecoveryPoint \$recoveryPoint/,
    );
    expect(testFailoverPowerShell({ ...form, recoveryPointId: null })).not.toContain('RecoveryPoint');
  });

  it('TF-3: cleanup with the notes as comments and -Comment', () => {
    const request = buildTestFailoverCleanupRequest(ITEM, "drill o'clock");
    expect(request).toEqual({
      method: 'POST',
      path: `${ITEM}/testFailoverCleanup`,
      body: { properties: { comments: "drill o'clock" } },
    });
    expect(testFailoverCleanupPowerShell(ITEM, "drill o'clock")).toContain(
      "$job = Start-AzRecoveryServicesAsrTestFailoverCleanupJob -ReplicationProtectedItem $rpi -Comment 'drill o''clock'",
    );
    expect(testFailoverCleanupPowerShell(ITEM, '')).not.toContain('-Comment');
    expect(azRestCommand(request)).toContain(`--body '{"properties":{"comments":"drill o'\\''clock"}}'`);
  });
});
