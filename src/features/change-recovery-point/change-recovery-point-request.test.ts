import { describe, expect, it } from 'vitest';
import type { ArmItem } from '../../api/wire-types';
import {
  buildChangeRecoveryPointRequest,
  changeRecoveryPointPowerShell,
} from './change-recovery-point-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/app-01';
const item = {
  id: ITEM,
  properties: { providerSpecificDetails: { instanceType: 'InMageAzureV2' } },
} as unknown as ArmItem;

describe('Change recovery point requests (View automation)', () => {
  it('FO-1: applyRecoveryPoint with the point id; Start-AzRecoveryServicesAsrApplyRecoveryPoint', () => {
    const pointId = `${ITEM}/recoveryPoints/rp-7`;
    expect(buildChangeRecoveryPointRequest(item, pointId)).toEqual({
      method: 'POST',
      path: `${ITEM}/applyRecoveryPoint`,
      body: {
        properties: { recoveryPointId: pointId, providerSpecificDetails: { instanceType: 'InMageAzureV2' } },
      },
    });
    const ps = changeRecoveryPointPowerShell(ITEM, pointId);
    expect(ps).toContain("-Name 'rp-7'");
    expect(ps.split('\n').at(-1)).toBe(
      '$job = Start-AzRecoveryServicesAsrApplyRecoveryPoint -RecoveryPoint $recoveryPoint -ReplicationProtectedItem $rpi',
    );
  });
});
