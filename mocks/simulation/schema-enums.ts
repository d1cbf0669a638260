/**
 * zod enums shared by the world schema (world-schema.ts) and the runbook schema
 * (runbooks/schema.ts). They live apart so that neither schema imports the other's module.
 */
import { z } from 'zod';

export const siteEnum = z.enum(['OnPremises', 'Azure']);
export const jobStateEnum = z.enum([
  'NotStarted',
  'InProgress',
  'Succeeded',
  'Failed',
  'Cancelled',
  'Suspended',
]);
export const itemStatusEnum = z.enum([
  'Protected',
  'FailoverInProgress',
  'WaitingForCompleteFailover',
  'FailoverCompleted',
  'CommitPending',
  'Committing',
  'FailoverCommitted',
  'Reprotecting',
  'TestFailoverInProgress',
  'TestFailoverCleanupPending',
  'CleaningUpTestFailover',
]);
export const jobTypeEnum = z.enum([
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
]);
