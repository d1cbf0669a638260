/**
 * startOperation: validation in docs/api.md §5 order (404, 409, 400 OperationNotAllowed, 400
 * InvalidParameter), then the job: InProgress, first task running, item in its in-progress
 * status, a notification. Job-time failures (RP-2, RP-4, LIFE-11 …) come later, from the clock.
 */
import { operationEligibility } from './eligibility';
import { conflict, notAllowed, notFound } from './errors';
import { nextGuid } from './ids';
import { notify } from './job-engine';
import { buildTasks, inProgressStatus, startTasks, taskSpecs } from './job-plans';
import { activeJobOf, findItem } from './lookup';
import type { Job, JobScenario, OperationInput, OperationName, ReplicatedItem, Result, World } from './types';
import { validateInput } from './validate';
import { draftOf } from './draft';

function operationOf(input: OperationInput): OperationName | null {
  switch (input.kind) {
    case 'Reprotect':
      return 'reProtect';
    case 'UnplannedFailover':
      return 'unplannedFailover';
    case 'Commit':
      return 'failoverCommit';
    case 'ApplyRecoveryPoint':
      return 'applyRecoveryPoint';
    case 'PlannedFailover':
      return 'plannedFailover';
    case 'TestFailover':
      return 'testFailover';
    case 'TestFailoverCleanup':
      return 'testFailoverCleanup';
    case 'DisableProtection':
      return input.reason === 'MigrationComplete' ? 'completeMigration' : 'disableReplication';
    default:
      return null;
  }
}

function scenarioFor(item: ReplicatedItem, input: OperationInput): JobScenario {
  switch (input.kind) {
    case 'Reprotect':
      return item.machineType === 'HyperVVM' ? 'ReverseReplicate' : 'Reprotect'; // HV-6
    case 'UnplannedFailover':
      return 'UnplannedFailover';
    case 'Commit':
      return 'Commit';
    case 'ApplyRecoveryPoint':
      return 'ChangePit';
    case 'PlannedFailover':
      return 'PlannedFailover';
    case 'TestFailover':
      return 'TestFailover';
    case 'TestFailoverCleanup':
      return 'TestFailoverCleanup';
    case 'DisableProtection':
      return input.reason === 'MigrationComplete' ? 'CompleteMigration' : 'DisableProtection'; // END-1
    default:
      return 'RefreshProvider';
  }
}

/**
 * The HTTP skin passes a Hyper-V planned failover as `Other` with ARM's field names
 * (`data.operation === 'plannedFailover'`); read it into the typed input.
 */
export function normalizeInput(input: OperationInput): OperationInput {
  if (input.kind !== 'Other' || input.data.operation !== 'plannedFailover') return input;
  const d = input.data;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    kind: 'PlannedFailover',
    direction: d.failoverDirection === 'PrimaryToRecovery' ? 'OnPremisesToAzure' : 'AzureToOnPremises',
    dataSync: d.dataSyncOption === 'ForDownTime' ? 'ForDownTime' : 'ForSynchronization',
    createVmIfNotFound: d.recoveryVmCreationOption === 'CreateVmIfNotFound',
    hostName: text(d.providerIdForAlternateRecovery),
    encryptionKey: text(d.primaryKekCertificatePfx),
  };
}

export function startOperation(world: World, name: string, raw: OperationInput): Result<{ job: Job }> {
  const input = normalizeInput(raw);
  const item = findItem(world, name);
  if (!item) return { ok: false, error: notFound('replicationProtectedItems', name) };
  const running = activeJobOf(world, item);
  if (running) return { ok: false, error: conflict(running.scenario, running.name, item.name) };
  const op = operationOf(input);
  if (!op) return { ok: false, error: notAllowed(`This operation is not modelled for '${item.name}'`) };
  const eligibility = operationEligibility(world, item.name)[op];
  if (!eligibility.allowed) {
    const reason = eligibility.reasons[0];
    return {
      ok: false,
      error: notAllowed(
        reason?.message ?? 'The item\u2019s state does not allow this operation',
        reason?.ruleId,
      ),
    };
  }
  const checked = validateInput(world, item, input);
  if (!checked.ok) return checked;

  const draft = draftOf(world);
  const target = findItem(draft, item.name) as ReplicatedItem;
  const scenario = scenarioFor(target, checked.value);
  const job: Job = {
    name: nextGuid(draft),
    scenario,
    item: target.name,
    state: 'InProgress',
    startTime: draft.now,
    endTime: null,
    tasks: buildTasks(draft, taskSpecs(target, checked.value, draft.now)), // HV-3 needs the time in Azure
    errors: [],
    input: checked.value,
    revertStatus: target.status,
  };
  startTasks(draft, job);
  draft.jobs.push(job);
  target.status = inProgressStatus(scenario) ?? target.status;
  target.currentJob = job.name;
  notify(draft, job, 'InProgress');
  return { ok: true, world: draft, value: { job } };
}
