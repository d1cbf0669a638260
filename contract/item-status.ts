/**
 * The replicated item's statuses (docs/ui-names.md §3): the simulation's `ItemStatus` and its world
 * schema, the runbook schema and the portal's status keys (texts in common.json `status.<key>`) all
 * derive from this one list (docs/adr/0006).
 */
export const ITEM_STATUSES = [
  'Protected',
  'FailoverInProgress',
  'WaitingForCompleteFailover',
  'FailoverCompleted',
  'CommitPending',
  'Committing',
  'FailoverCommitted',
  'Reprotecting',
  /** TF-1, TF-2: test failover job running / test VM up, waiting for cleanup / cleanup job running. */
  'TestFailoverInProgress',
  'TestFailoverCleanupPending',
  'CleaningUpTestFailover',
] as const;

export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The statuses in which a job is working on the item (a status the item leaves when its job ends). */
export const IN_PROGRESS_STATUSES: readonly ItemStatus[] = [
  'FailoverInProgress',
  'WaitingForCompleteFailover',
  'Committing',
  'Reprotecting',
  'TestFailoverInProgress',
  'CleaningUpTestFailover',
];
