/** What a task or a successful job changes in the world (LIFE-1..9, FO-3, POL-1). */
import { findByName } from './lookup';
import { addPointNow, deletePointsOf } from './recovery-points';
import type { Job, JobTask, ReplicatedItem, World } from './types';

/** Side effects at the end of a task that succeeded. */
export function applyTaskEffect(draft: World, job: Job, task: JobTask, item: ReplicatedItem): void {
  const input = job.input;
  if (
    task.name === 'PrepareForReprotect' &&
    input.kind === 'Reprotect' &&
    input.direction === 'AzureToOnPremises'
  ) {
    item.onPremisesVm.poweredOn = false; // LIFE-8
  }
  if (task.name === 'ShutDownAzureVm') item.azureVm.running = false; // HV-3
  if (task.name === 'CreateTestVm' && input.kind === 'TestFailover') {
    item.testVm = { network: input.network, createdAt: draft.now }; // TF-1: `{vm}-test`
  }
  if (task.name === 'DeleteTestVm') item.testVm = null; // TF-3
  if (task.name === 'ShutDownSource' && input.kind === 'PlannedFailover') item.onPremisesVm.poweredOn = false;
  if (task.name === 'ShutDownSource' && input.kind === 'UnplannedFailover') {
    if (input.direction === 'AzureToOnPremises')
      item.azureVm.running = false; // FO-3
    else item.onPremisesVm.poweredOn = false;
  }
}

/**
 * A failover has finished (LIFE-1, LIFE-4, HV-3): the item runs at the site it failed over to. Back
 * on-premises the Azure VM is shut down (kept until commit) and the on-premises VM started, which
 * restarts the LIFE-11 window; to Azure the Azure VM is created and booted now.
 */
function failedOver(item: ReplicatedItem, direction: 'AzureToOnPremises' | 'OnPremisesToAzure', now: string) {
  item.lastFailoverTime = now;
  if (direction === 'AzureToOnPremises') {
    item.activeSite = 'OnPremises';
    item.azureVm.running = false;
    item.onPremisesVm.exists = true;
    item.onPremisesVm.poweredOn = true;
    item.onPremisesVm.bootedAt = now;
  } else {
    item.activeSite = 'Azure';
    item.azureVm = { exists: true, running: true, bootedAt: now, agentServiceRunning: true };
  }
}

const stopReplication = (item: ReplicatedItem) => {
  item.processServer = null;
  item.masterTarget = null;
  item.datastore = null;
  item.retentionDrive = null;
};

/** Effects of a job whose last task succeeded; the item leaves its in-progress status here. */
export function applyJobSuccess(draft: World, job: Job, item: ReplicatedItem): void {
  const input = job.input;
  switch (input.kind) {
    case 'Reprotect':
      item.status = 'Protected';
      if (input.direction === 'AzureToOnPremises') {
        // LIFE-3, LIFE-8, LIFE-10: original VM kept (deltas), else a new VM on the MT's host.
        const mt = findByName(draft.masterTargets, input.masterTarget);
        item.direction = 'AzureToOnPremises';
        item.activeSite = 'Azure';
        item.masterTarget = input.masterTarget;
        item.processServer = input.processServer;
        item.datastore = input.datastore;
        item.retentionDrive = input.retentionDrive;
        if (!item.onPremisesVm.exists) {
          item.onPremisesVm = {
            exists: true,
            poweredOn: false,
            host: mt?.host ?? null,
            datastore: input.datastore,
            bootedAt: null,
          };
        }
        item.onPremisesVm.poweredOn = false;
      } else {
        // LIFE-6 (and HV-6 reverse replicate): the cycle is closed.
        stopReplication(item);
        item.direction = 'OnPremisesToAzure';
        item.activeSite = 'OnPremises';
        // HV-6: Reverse replicate names no process server ('' in the input): none, not ''.
        item.processServer = input.processServer || null;
      }
      addPointNow(draft, item.name);
      break;
    case 'UnplannedFailover':
      item.status = 'FailoverCompleted';
      failedOver(item, input.direction, draft.now);
      // LIFE-9: a physical server comes back as a VMware VM.
      if (input.direction === 'AzureToOnPremises' && item.machineType === 'PhysicalServer') {
        item.machineType = 'VMwareVM';
      }
      break;
    case 'Commit':
      // LIFE-2 / LIFE-5: committed, unprotected; on-prem commit deletes the Azure VM.
      item.status = 'FailoverCommitted';
      item.direction = 'None';
      stopReplication(item);
      if (item.activeSite === 'OnPremises') {
        item.azureVm = {
          exists: false,
          running: false,
          bootedAt: null,
          agentServiceRunning: item.azureVm.agentServiceRunning,
        };
      }
      deletePointsOf(draft, item.name);
      break;
    case 'PlannedFailover':
      // HV-3, HV-5, HV-6: commit pending at the new site; a completed sync repairs HV-7.
      item.status = 'CommitPending';
      if (input.direction === 'AzureToOnPremises') {
        // HV-5: a VM created at an alternate location lives on the host the failover named.
        if (!item.onPremisesVm.exists) item.onPremisesVm.host = input.hostName;
        item.corrupted = false;
      }
      failedOver(item, input.direction, draft.now);
      break;
    case 'TestFailover':
      item.status = 'TestFailoverCleanupPending'; // TF-2
      break;
    case 'TestFailoverCleanup':
      item.status = 'Protected'; // TF-3: replication went on during the test (TF-1)
      break;
    case 'DisableProtection':
      removeItem(draft, item.name); // END-1: the item leaves Replicated items
      break;
    case 'ApplyRecoveryPoint':
    case 'Other':
      break;
  }
}

/** END-1: protection ended: the item, its recovery points and its plan memberships go. */
function removeItem(draft: World, name: string): void {
  draft.items = draft.items.filter((i) => i.name !== name);
  deletePointsOf(draft, name);
  for (const plan of draft.recoveryPlans) plan.items = plan.items.filter((n) => n !== name);
}
