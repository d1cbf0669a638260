import {
  itemAction,
  itemPreamble,
  psCall,
  psQuote,
  recoveryPointLine,
  script,
  type ArmOperationRequest,
} from '../../api/automation';
import { testFailoverBody } from '../../api/test-failover';
import type { ArmItem } from '../../api/wire-types';
import { failoverBody, type FailoverChoice } from '../../components/recovery-point-choice';

/** Unplanned failover (LIFE-1, LIFE-4): what OK sends and View automation shows. */
export function buildUnplannedFailoverRequest(itemId: string, choice: FailoverChoice): ArmOperationRequest {
  return { method: 'POST', path: itemAction(itemId, 'unplannedFailover'), body: failoverBody(choice) };
}

/**
 * Start-AzRecoveryServicesAsrUnplannedFailoverJob (Azure/azure-powershell,
 * src/RecoveryServices/RecoveryServices/help/Start-AzRecoveryServicesAsrUnplannedFailoverJob.md):
 * set ByRPIObject (-ReplicationProtectedItem, -Direction, [-PerformSourceSideAction],
 * [-RecoveryPoint]) or ByRPIObjectWithRecoveryTag (-RecoveryTag
 * LatestAvailableApplicationConsistent) for the failback's latest app-consistent point.
 */
export function unplannedFailoverPowerShell(itemId: string, choice: FailoverChoice): string {
  const { properties } = failoverBody(choice) as {
    properties: {
      failoverDirection: string;
      sourceSiteOperations?: string;
      providerSpecificDetails: { recoveryPointId?: string; recoveryPointType?: string };
    };
  };
  const pointId = properties.providerSpecificDetails.recoveryPointId;
  const tag =
    properties.providerSpecificDetails.recoveryPointType === 'LatestTag'
      ? '-RecoveryTag LatestAvailableApplicationConsistent'
      : undefined;
  return script([
    ...itemPreamble(itemId),
    ...(pointId ? [recoveryPointLine(pointId)] : []),
    psCall('Start-AzRecoveryServicesAsrUnplannedFailoverJob', [
      '-ReplicationProtectedItem $rpi',
      `-Direction ${properties.failoverDirection}`,
      properties.sourceSiteOperations === 'Required' && '-PerformSourceSideAction',
      pointId && '-RecoveryPoint $recoveryPoint',
      tag,
    ]),
  ]);
}

/** Test failover (TF-1): the network's ARM id and the point (null = Latest). */
export interface TestFailoverForm {
  item: ArmItem;
  networkId: string;
  recoveryPointId: string | null;
}

export function buildTestFailoverRequest(form: TestFailoverForm): ArmOperationRequest {
  return {
    method: 'POST',
    path: itemAction(form.item.id, 'testFailover'),
    body: testFailoverBody(form.item, form.networkId, form.recoveryPointId),
  };
}

/**
 * Start-AzRecoveryServicesAsrTestFailoverJob, set ByRPIObjectWithAzureVMNetworkId:
 * -ReplicationProtectedItem, -Direction, -AzureVMNetworkId, [-RecoveryPoint] (help/
 * Start-AzRecoveryServicesAsrTestFailoverJob.md).
 */
export function testFailoverPowerShell(form: TestFailoverForm): string {
  return script([
    ...itemPreamble(form.item.id),
    ...(form.recoveryPointId ? [recoveryPointLine(form.recoveryPointId)] : []),
    psCall('Start-AzRecoveryServicesAsrTestFailoverJob', [
      '-ReplicationProtectedItem $rpi',
      '-Direction PrimaryToRecovery',
      `-AzureVMNetworkId ${psQuote(form.networkId)}`,
      form.recoveryPointId ? '-RecoveryPoint $recoveryPoint' : undefined,
    ]),
  ]);
}

/** Cleanup test failover (TF-3): `{"properties":{"comments"}}`. */
export function buildTestFailoverCleanupRequest(itemId: string, notes: string): ArmOperationRequest {
  return {
    method: 'POST',
    path: itemAction(itemId, 'testFailoverCleanup'),
    body: { properties: { comments: notes } },
  };
}

/**
 * Start-AzRecoveryServicesAsrTestFailoverCleanupJob, set ByRPIObject: -ReplicationProtectedItem,
 * [-Comment] (help/Start-AzRecoveryServicesAsrTestFailoverCleanupJob.md).
 */
export function testFailoverCleanupPowerShell(itemId: string, notes: string): string {
  return script([
    ...itemPreamble(itemId),
    psCall('Start-AzRecoveryServicesAsrTestFailoverCleanupJob', [
      '-ReplicationProtectedItem $rpi',
      notes ? `-Comment ${psQuote(notes)}` : undefined,
    ]),
  ]);
}
