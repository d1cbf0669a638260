/**
 * The operation names, as ARM action names (docs/api.md §2.2 `<op>`): the simulation's eligibility and
 * the portal's verbs both derive from these lists (docs/adr/0006).
 */
export const OPERATION_NAMES = [
  'reProtect',
  'unplannedFailover',
  'plannedFailover',
  'failoverCommit',
  'applyRecoveryPoint',
  /** TF-1..5 */
  'testFailover',
  'testFailoverCleanup',
  /** END-1: both are ARM's `remove` (DisableProtectionInput), told apart by disableProtectionReason. */
  'completeMigration',
  'disableReplication',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** The recovery plan verbs (RPL-1), named as the ARM actions, in the plan blade's order. */
export const PLAN_OPERATIONS = [
  'reProtect',
  'unplannedFailover',
  'plannedFailover',
  'failoverCommit',
  'testFailover',
  'testFailoverCleanup',
] as const satisfies readonly OperationName[];
export type PlanOperationName = (typeof PLAN_OPERATIONS)[number];
