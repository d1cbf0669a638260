import { itemAction, itemPreamble, psCall, script, type ArmOperationRequest } from '../../api/automation';

/** Commit (LIFE-2, LIFE-5, HV-6): `POST {I}/failoverCommit` with an empty body. */
export function buildCommitRequest(itemId: string): ArmOperationRequest {
  return { method: 'POST', path: itemAction(itemId, 'failoverCommit'), body: {} };
}

/**
 * Start-AzRecoveryServicesAsrCommitFailoverJob, set ByRPIObject: -ReplicationProtectedItem
 * (Azure/azure-powershell, src/RecoveryServices/RecoveryServices/help/
 * Start-AzRecoveryServicesAsrCommitFailoverJob.md).
 */
export function commitPowerShell(itemId: string): string {
  return script([
    ...itemPreamble(itemId),
    psCall('Start-AzRecoveryServicesAsrCommitFailoverJob', ['-ReplicationProtectedItem $rpi']),
  ]);
}
