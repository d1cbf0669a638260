/**
 * The tasks each job runs, with simulated durations in minutes (sim brief): a reprotect back to
 * on-premises transfers the disks (≈ diskGB/16 min), Commit stays under 5 minutes so an immediate
 * Commit then Re-protect falls inside the LIFE-11 window.
 */
import { nextGuid } from './ids';
import type { Job, JobScenario, JobTask, OperationInput, ReplicatedItem, World } from './types';

type TaskSpec = [name: string, friendlyName: string, minutes: number];

/** HV-3: the task that suspends the job until Resume (Complete failover). */
export const WAIT_TASK = 'WaitForCompleteFailover';
/** HV-7: cancelling during these leaves the on-prem VM corrupted. */
export const SYNC_TASKS = ['SynchronizeData', 'SynchronizeDelta', 'FullDownload'];

/**
 * HV-3: minutes of the delta sync before failover: a checksum pass over the disks plus the blocks
 * changed in Azure, which grow with the time spent there; after about a month it takes longer than
 * the full download (diskGB/8), which skips checksums.
 */
export function deltaSyncMinutes(item: ReplicatedItem, now?: string): number {
  const since = item.lastFailoverTime && now ? Date.parse(now) - Date.parse(item.lastFailoverTime) : 0;
  const days = Math.max(0, since / 86_400_000);
  return Math.ceil(item.diskGB / 32) + Math.ceil((item.diskGB / 8) * Math.min(2, days / 20));
}

export function taskSpecs(item: ReplicatedItem, input: OperationInput, now?: string): TaskSpec[] {
  switch (input.kind) {
    case 'Reprotect':
      if (input.direction === 'AzureToOnPremises') {
        return [
          ['PrerequisitesCheck', 'Prerequisites check for reprotect', 1],
          ['PrepareForReprotect', 'Prepare for reprotect', 2],
          // DS-7 / LIFE-10: no on-prem VM (alternate location) means a full download of the VMDKs.
          [
            'InitialReplication',
            'Initial replication',
            Math.max(1, Math.ceil(item.diskGB / (item.onPremisesVm.exists ? 16 : 8))),
          ],
          ['UpdateProtection', 'Update protection', 1],
        ];
      }
      // LIFE-6: the on-prem VM still has its disks: only deltas go back up.
      return [
        ['PrerequisitesCheck', 'Prerequisites check for reprotect', 1],
        ['PrepareForReprotect', 'Prepare for reprotect', 1],
        ['DeltaReplication', 'Delta replication', Math.max(1, Math.ceil(item.diskGB / 64))],
        ['UpdateProtection', 'Update protection', 1],
      ];
    case 'UnplannedFailover': {
      // FO-3: from Azure the Azure VM is always shut down; to Azure only when asked.
      const shutDown = input.direction === 'AzureToOnPremises' || input.shutDownSource;
      const specs: TaskSpec[] = [['PrerequisitesCheck', 'Prerequisites check for failover', 1]];
      if (shutDown) specs.push(['ShutDownSource', 'Shut down the source virtual machine', 2]);
      specs.push(['Failover', 'Failover', 3]);
      // LIFE-12 (§14): Windows VMs had VMware Tools disabled at failover to Azure; failback enables them again.
      if (input.direction === 'AzureToOnPremises' && item.os === 'Windows')
        specs.push(['EnableVmwareTools', 'Enable VMware Tools again (disabled at failover to Azure)', 1]);
      specs.push(['StartVm', 'Start the virtual machine', 2]);
      return specs;
    }
    case 'Commit':
      return [
        ['PrerequisitesCheck', 'Prerequisites check for commit', 1],
        ['Commit', 'Commit', 2],
      ];
    case 'ApplyRecoveryPoint':
      return [
        ['PrerequisitesCheck', 'Prerequisites check for change recovery point', 1],
        ['ChangeRecoveryPoint', 'Change recovery point', 2],
      ];
    case 'PlannedFailover':
      if (input.direction === 'OnPremisesToAzure') {
        return [
          ['PrerequisitesCheck', 'Prerequisites check for failover', 1],
          ['ShutDownSource', 'Shut down the source virtual machine', 2],
          ['Failover', 'Failover', 3],
          ['StartVm', 'Start the virtual machine', 2],
        ];
      }
      // HV-3: phase 1 copies while the Azure VM runs, then waits for Complete failover.
      return input.dataSync === 'ForSynchronization'
        ? [
            ['PrerequisitesCheck', 'Prerequisites check for failover', 1],
            ['SynchronizeData', 'Synchronize data before failover', Math.max(1, deltaSyncMinutes(item, now))],
            [WAIT_TASK, 'Waiting for Complete failover', 0],
            ['ShutDownAzureVm', 'Shut down the Azure virtual machine', 1],
            ['SynchronizeDelta', 'Synchronize the last changes', 1],
            ['StartVm', 'Start the on-premises virtual machine', 2],
          ]
        : [
            ['PrerequisitesCheck', 'Prerequisites check for failover', 1],
            ['ShutDownAzureVm', 'Shut down the Azure virtual machine', 1],
            [
              'FullDownload',
              'Synchronize data during failover (full download)',
              Math.max(1, Math.ceil(item.diskGB / 8)),
            ],
            ['StartVm', 'Start the on-premises virtual machine', 2],
          ];
    case 'TestFailover':
      // TF-1: replication goes on; the test VM is created from the point in the chosen network (TF-4).
      return [
        ['PrerequisitesCheck', 'Prerequisites check for test failover', 1],
        ['CreateTestVm', 'Create the test virtual machine', 3],
        ['StartTestVm', 'Start the test virtual machine', 2],
      ];
    case 'TestFailoverCleanup':
      return [
        ['PrerequisitesCheck', 'Prerequisites check for test failover cleanup', 1],
        ['DeleteTestVm', 'Delete the test virtual machine', 2], // TF-3
      ];
    case 'DisableProtection':
      // END-1: protection ends; a completed migration keeps the Azure VM running.
      return [
        ['PrerequisitesCheck', 'Prerequisites check for disable protection', 1],
        ['DisableProtection', 'Disable protection', 1],
        ['RemoveItem', 'Remove the replicated item', 1],
      ];
    case 'Other':
      return [['Run', 'Run', 1]];
  }
}

/** Item status while the job runs (docs/ui-names.md §3). */
export function inProgressStatus(scenario: JobScenario): ReplicatedItem['status'] | null {
  switch (scenario) {
    case 'Reprotect':
    case 'ReverseReplicate':
      return 'Reprotecting';
    case 'UnplannedFailover':
    case 'PlannedFailover':
      return 'FailoverInProgress';
    case 'Commit':
      return 'Committing';
    case 'TestFailover':
      return 'TestFailoverInProgress'; // TF-1
    case 'TestFailoverCleanup':
      return 'CleaningUpTestFailover'; // TF-3
    default:
      return null;
  }
}

/** Build the tasks with fresh ids, all NotStarted. */
export function buildTasks(draft: World, specs: TaskSpec[]): JobTask[] {
  return specs.map(([name, friendlyName, durationMinutes]) => ({
    id: nextGuid(draft),
    name,
    friendlyName,
    state: 'NotStarted',
    startTime: null,
    endTime: null,
    durationMinutes,
  }));
}

/** (Re)start a job at `draft.now`: first task InProgress, the rest NotStarted. */
export function startTasks(draft: World, job: Job): void {
  job.state = 'InProgress';
  job.startTime = draft.now;
  job.endTime = null;
  job.errors = [];
  job.tasks.forEach((t, i) => {
    t.state = i === 0 ? 'InProgress' : 'NotStarted';
    t.startTime = i === 0 ? draft.now : null;
    t.endTime = null;
  });
}
