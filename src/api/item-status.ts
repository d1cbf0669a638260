import type { ArmItem } from './wire-types';

/** The ui-contract §3 status keys; texts live in common.json under `status.<key>`. */
export type ItemStatusKey =
  | 'Protected'
  | 'FailoverInProgress'
  | 'WaitingForCompleteFailover'
  | 'FailoverCompleted'
  | 'CommitPending'
  | 'Committing'
  | 'FailoverCommitted'
  | 'Reprotecting';

export const itemStatusKeys: readonly ItemStatusKey[] = [
  'Protected',
  'FailoverInProgress',
  'WaitingForCompleteFailover',
  'FailoverCompleted',
  'CommitPending',
  'Committing',
  'FailoverCommitted',
  'Reprotecting',
];

/** Maps protectionState (api.md §3.1) to the status the grid and essentials show. */
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
      return 'Protected';
  }
}

export type HealthKey = 'Normal' | 'Warning' | 'Critical' | 'None';

/** True while a job runs on the item (currentScenario names it, api.md §3.1). */
export function hasRunningJob(item: ArmItem): boolean {
  const scenario = item.properties.currentScenario?.scenarioName;
  if (scenario && scenario !== 'None') return true;
  const status = itemStatus(item);
  return (
    status === 'FailoverInProgress' ||
    status === 'WaitingForCompleteFailover' ||
    status === 'Committing' ||
    status === 'Reprotecting'
  );
}
