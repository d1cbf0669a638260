import {
  itemAction,
  itemPreamble,
  psCall,
  recoveryPointLine,
  script,
  type ArmOperationRequest,
} from '../../api/automation';
import type { ArmItem } from '../../api/wire-types';

/** The applyRecoveryPoint input (docs/api.md §3.2): the point always travels as its id. */
export function changeRecoveryPointBody(item: ArmItem, pointId: string) {
  const instanceType =
    item.properties.providerSpecificDetails.instanceType === 'HyperVReplicaAzure'
      ? 'HyperVReplicaAzure'
      : 'InMageAzureV2';
  return { properties: { recoveryPointId: pointId, providerSpecificDetails: { instanceType } } };
}

export function buildChangeRecoveryPointRequest(item: ArmItem, pointId: string): ArmOperationRequest {
  return {
    method: 'POST',
    path: itemAction(item.id, 'applyRecoveryPoint'),
    body: changeRecoveryPointBody(item, pointId),
  };
}

/**
 * Start-AzRecoveryServicesAsrApplyRecoveryPoint: -RecoveryPoint, -ReplicationProtectedItem
 * (Azure/azure-powershell, src/RecoveryServices/RecoveryServices/help/
 * Start-AzRecoveryServicesAsrApplyRecoveryPoint.md).
 */
export function changeRecoveryPointPowerShell(itemId: string, pointId: string): string {
  return script([
    ...itemPreamble(itemId),
    recoveryPointLine(pointId),
    psCall('Start-AzRecoveryServicesAsrApplyRecoveryPoint', [
      '-RecoveryPoint $recoveryPoint',
      '-ReplicationProtectedItem $rpi',
    ]),
  ]);
}
