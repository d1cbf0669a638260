import {
  FAILBACK_KEY_NOTE,
  itemAction,
  itemPreamble,
  psCall,
  psQuote,
  script,
  type ArmOperationRequest,
} from '../../api/automation';
import { plannedFailoverBody, type PlannedFailoverChoice } from './planned-failover-body';

/** Planned failover of a Hyper-V VM (HV-1, HV-3..5): what OK sends and View automation shows. */
export function buildPlannedFailoverRequest(
  itemId: string,
  choice: PlannedFailoverChoice,
): ArmOperationRequest {
  return { method: 'POST', path: itemAction(itemId, 'plannedFailover'), body: plannedFailoverBody(choice) };
}

/**
 * Start-AzRecoveryServicesAsrPlannedFailoverJob, set ByRPIObject: -ReplicationProtectedItem,
 * -Direction, [-Optimize ForDownTime|ForSynchronization], [-CreateVmIfNotFound Yes|No],
 * [-ServicesProvider] (the alternate host, HV-5), [-DataEncryptionPrimaryCertFile] (HV-4)
 * (Azure/azure-powershell, src/RecoveryServices/RecoveryServices/help/
 * Start-AzRecoveryServicesAsrPlannedFailoverJob.md); the host's provider comes from
 * Get-AzRecoveryServicesAsrServicesProvider (-Fabric, -FriendlyName).
 */
export function plannedFailoverPowerShell(itemId: string, choice: PlannedFailoverChoice): string {
  if (!choice.fromAzure) {
    return script([
      ...itemPreamble(itemId),
      psCall('Start-AzRecoveryServicesAsrPlannedFailoverJob', [
        '-ReplicationProtectedItem $rpi',
        '-Direction PrimaryToRecovery',
      ]),
    ]);
  }
  const alternate = choice.createVm && choice.hostName;
  return script([
    ...itemPreamble(itemId),
    ...(alternate
      ? [
          `$provider = Get-AzRecoveryServicesAsrServicesProvider -Fabric $fabric -FriendlyName ${psQuote(choice.hostName)}`,
        ]
      : []),
    ...(choice.encryptionKey ? [FAILBACK_KEY_NOTE] : []),
    psCall('Start-AzRecoveryServicesAsrPlannedFailoverJob', [
      '-ReplicationProtectedItem $rpi',
      '-Direction RecoveryToPrimary',
      `-Optimize ${choice.dataSync}`,
      `-CreateVmIfNotFound ${choice.createVm ? 'Yes' : 'No'}`,
      alternate ? '-ServicesProvider $provider' : undefined,
      choice.encryptionKey ? `-DataEncryptionPrimaryCertFile ${psQuote(choice.encryptionKey)}` : undefined,
    ]),
  ]);
}
