import { itemAction, itemPreamble, psCall, script, type ArmOperationRequest } from '../../api/automation';

/** The reProtect input of a Hyper-V VM back on-premises (HV-6, docs/api.md §3.2). */
export const reverseReplicateBody = {
  properties: {
    failoverDirection: 'PrimaryToRecovery',
    providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
  },
};

export function buildReverseReplicateRequest(itemId: string): ArmOperationRequest {
  return { method: 'POST', path: itemAction(itemId, 'reProtect'), body: reverseReplicateBody };
}

/**
 * Update-AzRecoveryServicesAsrProtectionDirection, set HyperVToAzure: -HyperVToAzure,
 * -ReplicationProtectedItem, -Direction (Azure/azure-powershell, src/RecoveryServices/
 * RecoveryServices/help/Update-AzRecoveryServicesAsrProtectionDirection.md).
 */
export function reverseReplicatePowerShell(itemId: string): string {
  return script([
    ...itemPreamble(itemId),
    psCall('Update-AzRecoveryServicesAsrProtectionDirection', [
      '-HyperVToAzure',
      '-ReplicationProtectedItem $rpi',
      '-Direction PrimaryToRecovery',
    ]),
  ]);
}
