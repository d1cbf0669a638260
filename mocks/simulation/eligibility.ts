/**
 * Which operations an item's state allows, and why not (LIFE-*, RP-3, RP-5, HV-2, LIFE-7).
 * The same answers drive the disabled-command tooltips, allowedOperations and the 400s of
 * startOperation, so the three never disagree.
 */
import { OPERATION_NAMES } from '../../contract/operations';
import { activeJobOf, findItem } from './lookup';
import type {
  FailbackBlocker,
  OperationEligibility,
  OperationName,
  Reason,
  ReplicatedItem,
  World,
} from './types';

export const OPERATIONS: readonly OperationName[] = OPERATION_NAMES;

/** RP-5: the reason shown for each blocker. */
export const BLOCKER_REASONS: Record<FailbackBlocker, string> = {
  MigrationCompleted: 'The migration was completed: the machine can\u2019t fail back',
  MovedResourceGroup: 'The Azure VM was moved to another resource group: it can\u2019t fail back',
  AzureVmDeleted: 'The Azure VM was deleted: it can\u2019t fail back',
  ProtectionDisabled: 'Protection was disabled: the machine can\u2019t fail back',
  CreatedInAzure: 'The VM was created directly in Azure: it can\u2019t fail back',
  TargetNotEsxi: 'The failback target isn\u2019t an ESXi host: failback is supported to ESXi only',
  Windows2008R2Physical: 'Windows Server 2008 R2 SP1 protected as a physical server can\u2019t fail back',
};

/**
 * RP-5 (§14, seed 002): Windows Server 2008 R2 SP1 blocks failback only for a machine protected
 * as a physical server; one that started as a VMware VM can fail back (a stored blocker of that
 * kind on a VM is ignored).
 */
export function failbackBlockerOf(item: ReplicatedItem): FailbackBlocker | null {
  const physical2008 = item.machineType === 'PhysicalServer' && /Windows Server 2008 R2/i.test(item.osName);
  if (item.failbackBlocker === 'Windows2008R2Physical' || item.failbackBlocker === null)
    return physical2008 ? 'Windows2008R2Physical' : null;
  return item.failbackBlocker;
}

const ok: OperationEligibility = { allowed: true, reasons: [] };
const no = (ruleId: string, message: string): OperationEligibility => ({
  allowed: false,
  reasons: [{ ruleId, message }],
});

const STATUS_TEXT: Record<ReplicatedItem['status'], string> = {
  Protected: 'Protected',
  FailoverInProgress: 'Failover in progress',
  WaitingForCompleteFailover: 'Waiting for Complete failover',
  FailoverCompleted: 'Failover completed',
  CommitPending: 'Commit pending',
  Committing: 'Committing',
  FailoverCommitted: 'Failover committed',
  Reprotecting: 'Re-protecting',
  TestFailoverInProgress: 'Test failover in progress',
  TestFailoverCleanupPending: 'Test failover cleanup pending',
  CleaningUpTestFailover: 'Cleaning up test failover',
};

function reProtect(item: ReplicatedItem): OperationEligibility {
  const inAzure = item.activeSite === 'Azure';
  if (item.status !== 'FailoverCommitted') {
    return no(
      inAzure ? 'LIFE-3' : 'LIFE-6',
      `Re-protect needs a committed failover (status: ${STATUS_TEXT[item.status]})`,
    );
  }
  const blocker = failbackBlockerOf(item);
  if (inAzure && blocker) return no('RP-5', BLOCKER_REASONS[blocker]);
  if (inAzure && item.machineType === 'HyperVVM') {
    return no('HV-2', 'A Hyper-V VM fails back from Azure with Planned failover');
  }
  if (item.replicationGroup) {
    const plan = item.recoveryPlan ?? 'its recovery plan';
    return no(
      'RP-3',
      `Member of replication group ${item.replicationGroup}: re-protect through recovery plan ${plan}`,
    );
  }
  return ok;
}

function unplannedFailover(world: World, item: ReplicatedItem): OperationEligibility {
  if (item.status !== 'Protected') {
    return no('LIFE-1', `Failover needs a protected item (status: ${STATUS_TEXT[item.status]})`);
  }
  const blocker = failbackBlockerOf(item);
  if (item.direction === 'AzureToOnPremises' && blocker) {
    return no('RP-5', BLOCKER_REASONS[blocker]); // END-2
  }
  if (item.direction === 'AzureToOnPremises' && !world.recoveryPoints.some((p) => p.item === item.name)) {
    return no('LIFE-7', 'Failback needs at least one recovery point: wait for the first one');
  }
  return ok;
}

/** TF-1, TF-2, TF-5: forward-protected items only, one test at a time. */
const TF5 = 'Test failover isn\u2019t supported in the Azure to on-premises direction';

function testFailover(item: ReplicatedItem): OperationEligibility {
  if (item.direction === 'AzureToOnPremises') return no('TF-5', TF5);
  if (item.status === 'TestFailoverCleanupPending') {
    return no('TF-2', 'A test failover is waiting for cleanup: run Cleanup test failover first');
  }
  if (item.status !== 'Protected' || item.direction !== 'OnPremisesToAzure') {
    return no('TF-1', `Test failover needs an item protected to Azure (status: ${STATUS_TEXT[item.status]})`);
  }
  return ok;
}

/** TF-2, TF-3: cleanup follows a completed test failover. */
function testFailoverCleanup(item: ReplicatedItem): OperationEligibility {
  if (item.status === 'TestFailoverCleanupPending') return ok;
  if (item.direction === 'AzureToOnPremises') return no('TF-5', TF5);
  return no(
    'TF-2',
    `Cleanup test failover needs a completed test failover (status: ${STATUS_TEXT[item.status]})`,
  );
}

/** END-1: Complete migration ends protection of a machine failed over and committed in Azure. */
function completeMigration(item: ReplicatedItem): OperationEligibility {
  if (item.status === 'FailoverCommitted' && item.activeSite === 'Azure') return ok;
  return no(
    'END-1',
    `Complete migration needs a failover to Azure that was committed (status: ${STATUS_TEXT[item.status]})`,
  );
}

function plannedFailover(world: World, item: ReplicatedItem): OperationEligibility {
  if (item.machineType !== 'HyperVVM')
    return no('HV-2', 'Planned failover is available for Hyper-V VMs only');
  if (item.activeSite === 'Azure') {
    if (item.status !== 'FailoverCommitted') {
      return no(
        'HV-2',
        `Planned failover from Azure needs the earlier failover committed (status: ${STATUS_TEXT[item.status]})`,
      );
    }
    const blocker = failbackBlockerOf(item);
    if (blocker) return no('RP-5', BLOCKER_REASONS[blocker]);
    if (!world.environment.hyperVHostConnected)
      return no('HV-2', 'The primary Hyper-V host is not connected');
    return ok;
  }
  if (item.status === 'Protected' && item.direction === 'OnPremisesToAzure') return ok;
  return no('HV-2', `Planned failover needs a protected item (status: ${STATUS_TEXT[item.status]})`);
}

function failoverCommit(item: ReplicatedItem): OperationEligibility {
  if (item.status === 'FailoverCompleted' || item.status === 'CommitPending') return ok;
  return no(
    item.activeSite === 'Azure' ? 'LIFE-2' : 'LIFE-5',
    `Commit needs a completed failover (status: ${STATUS_TEXT[item.status]})`,
  );
}

function applyRecoveryPoint(item: ReplicatedItem): OperationEligibility {
  if (item.status === 'FailoverCompleted' && item.activeSite === 'Azure') return ok;
  return no('FO-1', 'Change recovery point is available after a failover to Azure, before commit');
}

/** Per operation, whether the item's state allows it and why not. */
export function operationEligibility(
  world: World,
  name: string,
): Record<OperationName, OperationEligibility> {
  const item = findItem(world, name);
  const all = (e: OperationEligibility) =>
    Object.fromEntries(OPERATIONS.map((op) => [op, e])) as Record<OperationName, OperationEligibility>;
  if (!item) return all(no('NotFound', `Replicated item '${name}' was not found`));
  const job = activeJobOf(world, item);
  if (job) {
    const reason: Reason = {
      ruleId: 'JOB',
      message: `Job ${job.scenario} (${job.name}) is in progress on '${item.name}'`,
    };
    return all({ allowed: false, reasons: [reason] });
  }
  return {
    reProtect: reProtect(item),
    unplannedFailover: unplannedFailover(world, item),
    plannedFailover: plannedFailover(world, item),
    failoverCommit: failoverCommit(item),
    applyRecoveryPoint: applyRecoveryPoint(item),
    testFailover: testFailover(item),
    testFailoverCleanup: testFailoverCleanup(item),
    completeMigration: completeMigration(item),
    disableReplication: ok, // END-1: any idle item
  };
}

/** ARM allowedOperations names (docs/api.md §3.1 table). */
export function allowedOperations(world: World, name: string): string[] {
  const item = findItem(world, name);
  if (!item) return [];
  const e = operationEligibility(world, name);
  const out: string[] = [];
  if (e.unplannedFailover.allowed) out.push('UnplannedFailover');
  if (e.plannedFailover.allowed) out.push(item.activeSite === 'Azure' ? 'Failback' : 'PlannedFailover');
  if (e.failoverCommit.allowed) out.push('Commit');
  if (e.applyRecoveryPoint.allowed) out.push('ChangePit');
  if (e.reProtect.allowed) out.push('ReverseReplicate');
  if (e.testFailover.allowed) out.push('TestFailover');
  if (e.testFailoverCleanup.allowed) out.push('TestFailoverCleanup');
  if (e.completeMigration.allowed) out.push('CompleteMigration');
  if (e.disableReplication.allowed) out.push('DisableProtection');
  return out;
}
