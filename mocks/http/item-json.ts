/** ReplicationProtectedItem JSON (docs/api.md §3.1) and RecoveryPoint JSON (§3.2). */
import {
  allowedOperations,
  catalogEntry,
  itemHealth,
  itemInstanceType,
  itemReplicating,
  itemRpoSeconds,
  lastingJobErrors,
} from '../simulation/api';
import type { ItemStatus, RecoveryPoint, ReplicatedItem, World } from '../simulation/api';
import {
  AZURE_FABRIC_NAME,
  NO_JOB_SENTINEL_TIME,
  fabricNameOfItem,
  find,
  itemId,
  jobId,
  policyId,
  recoveryPointId,
  srVaultId,
} from './ids';

export const ITEM_TYPE =
  'Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/replicationProtectedItems';

/** The §3.1 status table: protectionState / protectionStateDescription per status. */
function protectionState(world: World, item: ReplicatedItem): [string, string] {
  const hyperV = item.machineType === 'HyperVVM';
  const table: Record<ItemStatus, [string, string]> = {
    Protected: ['Protected', 'Protected'],
    FailoverInProgress: ['UnplannedFailoverInProgress', 'Failover in progress'],
    WaitingForCompleteFailover: ['PlannedFailoverInProgress', 'Waiting for complete failover'],
    FailoverCompleted: ['UnplannedFailoverCommitPendingStatesBegin', 'Failover completed'],
    CommitPending: ['PlannedFailoverCommitRequired', 'Planned failover finished'],
    Committing: ['FailoverCommitInProgress', 'Committing failover'],
    FailoverCommitted: hyperV
      ? ['PlannedFailoverStatesBegin', 'Planned failover committed']
      : ['UnplannedFailoverCommitted', 'Failover committed'],
    Reprotecting: ['ReprotectInProgress', 'Re-protecting'],
    // TF-1: replication goes on during a test; the test shows in testFailoverState (below).
    TestFailoverInProgress: ['Protected', 'Protected'],
    TestFailoverCleanupPending: ['Protected', 'Protected'],
    CleaningUpTestFailover: ['Protected', 'Protected'],
  };
  if (item.status === 'FailoverInProgress') {
    const job = item.currentJob ? find(world.jobs, item.currentJob) : undefined;
    if (job?.scenario === 'PlannedFailover') return ['PlannedFailoverInProgress', 'Failover in progress'];
  }
  return table[item.status];
}

export const instanceTypeOf = itemInstanceType;

/** Errors of the item's latest job when it failed: they last until the next job (docs/api.md §5). */
function healthErrors(world: World, item: ReplicatedItem) {
  const corrupted = item.corrupted ? [corruptedError(item)] : []; // HV-7
  return [
    ...corrupted,
    ...lastingJobErrors(world, item).map((e) => {
      const entry = catalogEntry(e.code);
      return {
        errorCode: e.code,
        summaryMessage: entry?.message ?? e.code,
        errorMessage: entry?.message ?? e.code,
        possibleCauses: entry?.possibleCauses ?? '',
        recommendedAction: entry?.recommendedAction ?? '',
        errorLevel: 'Error',
        creationTimeUtc: e.time,
        entityId: item.name,
      };
    }),
  ];
}

/** HV-7: a sync cancelled midway left the on-prem VM corrupted until a failover completes the sync. */
function corruptedError(item: ReplicatedItem) {
  return {
    errorCode: '990020',
    summaryMessage:
      'The on-premises virtual machine is corrupted: data synchronization was cancelled (HV-7).',
    errorMessage: 'The on-premises virtual machine is corrupted: data synchronization was cancelled (HV-7).',
    possibleCauses:
      'The planned failover job was cancelled during data synchronization; the VM may not boot.',
    recommendedAction: 'Run the planned failover again: completing the synchronization repairs the VM.',
    errorLevel: 'Warning',
    creationTimeUtc: item.lastFailoverTime ?? '',
    entityId: item.name,
  };
}

/** TF-1, TF-2, TF-3: testFailoverState / description per status *(inferred strings)*; None otherwise. */
const TEST_FAILOVER_STATE: Partial<Record<ItemStatus, [string, string]>> = {
  TestFailoverInProgress: ['TestFailoverInProgress', 'Test failover in progress'],
  TestFailoverCleanupPending: ['TestFailoverCleanupPending', 'Test failover cleanup pending'],
  CleaningUpTestFailover: ['TestFailoverCleanupInProgress', 'Cleaning up test failover'],
};

export function itemJson(world: World, item: ReplicatedItem) {
  const [state, description] = protectionState(world, item);
  const errors = healthErrors(world, item);
  const job = item.currentJob ? find(world.jobs, item.currentJob) : undefined;
  const instanceType = instanceTypeOf(item);
  const policy = world.policies.find((p) => p.kind === (instanceType === 'InMage' ? 'Failback' : 'Forward'));
  const health = itemHealth(world, item);
  const details: Record<string, unknown> = {
    instanceType,
    osType: item.os,
    osName: item.osName,
    rpoInSeconds: itemRpoSeconds(world, item),
    // Simulator extras the UI needs (brief): not ARM fields.
    machineType: item.machineType,
    replicationDirection: item.direction,
    replicationGroup: item.replicationGroup,
    recoveryPlan: item.recoveryPlan,
  };
  if (instanceType === 'HyperVReplicaAzure') {
    Object.assign(details, {
      vmId: item.name,
      oSDetails: { osType: item.os, productType: item.osName },
      encryption: item.encrypted ? 'Enabled' : 'Disabled', // HV-4
      corrupted: item.corrupted, // HV-7, simulator extra: the item blade warns
      hostName: item.onPremisesVm.host, // HV-5, simulator extra: the on-prem Hyper-V host
    });
  } else {
    Object.assign(details, {
      discoveryType: item.machineType === 'PhysicalServer' ? 'Physical' : 'vCenter',
      osDetails: { osType: item.os, productType: item.osName },
      recoveryAzureVMName: item.name,
      vmProtectionState: state,
    });
    if (item.processServer) {
      details.processServerId = item.processServer;
      details.processServerName = item.processServer;
    }
    if (item.masterTarget) details.masterTargetId = item.masterTarget;
    if (item.datastore) details.datastores = [item.datastore];
    if (item.retentionDrive) details.retentionDrive = item.retentionDrive;
  }
  if (itemReplicating(item)) details.lastHeartbeat = world.now;
  const properties: Record<string, unknown> = {
    friendlyName: item.name,
    protectedItemType:
      item.machineType === 'HyperVVM'
        ? 'HyperVVirtualMachine'
        : item.machineType === 'PhysicalServer'
          ? 'PhysicalMachine'
          : 'VMwareVirtualMachine',
    primaryFabricFriendlyName: fabricNameOfItem(item),
    primaryFabricProvider: item.machineType === 'HyperVVM' ? 'HyperVSite' : 'VMware',
    recoveryFabricFriendlyName: AZURE_FABRIC_NAME,
    activeLocation: item.activeSite === 'OnPremises' ? 'Primary' : 'Recovery',
    protectionState: state,
    protectionStateDescription: description,
    testFailoverState: (TEST_FAILOVER_STATE[item.status] ?? ['None'])[0],
    testFailoverStateDescription: (TEST_FAILOVER_STATE[item.status] ?? ['None', 'None'])[1],
    replicationHealth: health,
    failoverHealth: 'Normal',
    allowedOperations: allowedOperations(world, item.name),
    healthErrors: errors,
    currentScenario: job
      ? { scenarioName: job.scenario, jobId: jobId(world, job.name), startTime: job.startTime }
      : {
          scenarioName: 'None',
          jobId: `${srVaultId(world)}/replicationJobs/None`,
          startTime: NO_JOB_SENTINEL_TIME,
        },
    providerSpecificDetails: details,
  };
  if (policy) {
    properties.policyId = policyId(world, policy.name);
    properties.policyFriendlyName = policy.name;
  }
  if (item.lastFailoverTime) properties.lastSuccessfulFailoverTime = item.lastFailoverTime;
  return { id: itemId(world, item), name: item.name, type: ITEM_TYPE, properties };
}

export function recoveryPointJson(world: World, item: ReplicatedItem, point: RecoveryPoint) {
  return {
    id: recoveryPointId(world, item, point.id),
    name: point.id,
    type: `${ITEM_TYPE}/recoveryPoints`,
    properties: { recoveryPointTime: point.time, recoveryPointType: point.type },
  };
}

/** Newest first, as the portal lists them (FO-1). */
export function recoveryPointsOf(world: World, item: ReplicatedItem): RecoveryPoint[] {
  return world.recoveryPoints.filter((p) => p.item === item.name).sort((a, b) => (a.time < b.time ? 1 : -1));
}
