/**
 * The lists the world's types (types.ts, job-types.ts), the world schema (world-schema.ts) and the
 * runbook schema (runbooks/schema.ts) share: each written once, as a tuple, the types derived with
 * `(typeof X)[number]`. They live apart so that neither schema imports the other's module.
 */
import { z } from 'zod';
import { ITEM_STATUSES } from '../../contract/item-status';

export { IN_PROGRESS_STATUSES, ITEM_STATUSES } from '../../contract/item-status';

export const SITES = ['OnPremises', 'Azure'] as const;
export const siteEnum = z.enum(SITES);
export const JOB_STATES = [
  'NotStarted',
  'InProgress',
  'Succeeded',
  'Failed',
  'Cancelled',
  'Suspended',
] as const;
export const jobStateEnum = z.enum(JOB_STATES);
export const itemStatusEnum = z.enum(ITEM_STATUSES);
/** Job scenarios; ProcessServerDeployment (PS-3) is the second job of Add process server. */
export const JOB_SCENARIOS = [
  'Reprotect',
  'UnplannedFailover',
  'PlannedFailover',
  'Commit',
  'ChangePit',
  'ReverseReplicate',
  'AddProcessServer',
  'ProcessServerDeployment',
  'RemoveProcessServer',
  'RefreshProvider',
  'TestFailover',
  'TestFailoverCleanup',
  'CompleteMigration',
  'DisableProtection',
] as const;
export const jobTypeEnum = z.enum(JOB_SCENARIOS);
