import { IN_PROGRESS_STATUSES, ITEM_STATUSES, type ItemStatus } from '../../contract/item-status';
import type { ArmItem } from './wire-types';

/** The docs/ui-names.md §3 status keys (contract/item-status.ts); texts live in common.json under `status.<key>`. */
export type ItemStatusKey = ItemStatus;

export const itemStatusKeys: readonly ItemStatusKey[] = ITEM_STATUSES;

/** TF-1..3: a test failover leaves protectionState Protected; its state travels in testFailoverState. */
const TEST_FAILOVER_STATUS: Record<string, ItemStatusKey> = {
  TestFailoverInProgress: 'TestFailoverInProgress',
  TestFailoverCleanupPending: 'TestFailoverCleanupPending',
  TestFailoverCleanupInProgress: 'CleaningUpTestFailover',
};

/** Maps protectionState (docs/api.md §3.1) to the status the grid and essentials show. */
export function itemStatus(item: ArmItem): ItemStatusKey {
  const { protectionState, protectionStateDescription } = item.properties;
  switch (protectionState) {
    case 'UnplannedFailoverInProgress':
      return 'FailoverInProgress';
    case 'PlannedFailoverInProgress':
      // HV-3: phase 1 done, the job is Suspended until Complete failover.
      return /waiting/i.test(protectionStateDescription ?? '')
        ? 'WaitingForCompleteFailover'
        : 'FailoverInProgress';
    case 'UnplannedFailoverCommitPendingStatesBegin':
      return 'FailoverCompleted';
    case 'PlannedFailoverCommitRequired':
      return 'CommitPending'; // HV-6
    case 'FailoverCommitInProgress':
      return 'Committing';
    case 'UnplannedFailoverCommitted':
    case 'PlannedFailoverStatesBegin':
      return 'FailoverCommitted';
    case 'ReprotectInProgress':
      return 'Reprotecting';
    default:
      return TEST_FAILOVER_STATUS[item.properties.testFailoverState ?? ''] ?? 'Protected';
  }
}

export type HealthKey = 'Normal' | 'Warning' | 'Critical' | 'None';

/** True while a job runs on the item (currentScenario names it, docs/api.md §3.1). */
export function hasRunningJob(item: ArmItem): boolean {
  const scenario = item.properties.currentScenario?.scenarioName;
  if (scenario && scenario !== 'None') return true;
  const status = itemStatus(item);
  return IN_PROGRESS_STATUSES.includes(status);
}
