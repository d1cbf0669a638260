/**
 * RecoveryPlan JSON (docs/api.md §3.6) and plan action bodies (§3.2 "Plan failover"). Plan verbs are
 * the item verbs *(inferred)*; `properties.lastOperation` is a simulator extra (the last plan job).
 */
import { planOperationEligibility } from '../simulation/api';
import type { Job, PlanOperationName, RecoveryPlan, ReplicatedItem, World } from '../simulation/api';
import { AZURE_FABRIC_NAME, NO_JOB_SENTINEL_TIME, find, itemId, jobId, planId } from './ids';

const PLAN_TYPE = 'Microsoft.RecoveryServices/vaults/replicationRecoveryPlans';

/** ARM verb of each plan operation (docs/api.md §3.1 table). */
const VERB: Record<PlanOperationName, string> = {
  unplannedFailover: 'UnplannedFailover',
  plannedFailover: 'PlannedFailover',
  failoverCommit: 'Commit',
  reProtect: 'ReverseReplicate',
  testFailover: 'TestFailover',
  testFailoverCleanup: 'TestFailoverCleanup',
};

const planJobs = (world: World, plan: string): Job[] =>
  world.jobs.filter((j) => j.plan && j.plan.toLowerCase() === plan.toLowerCase());

const running = (j: Job) => j.state === 'NotStarted' || j.state === 'InProgress' || j.state === 'Suspended';

function lastEnd(jobs: Job[], scenario: Job['scenario']): string | undefined {
  const ends = jobs
    .filter((j) => j.scenario === scenario && j.state === 'Succeeded' && j.endTime)
    .map((j) => j.endTime as string)
    .sort();
  return ends[ends.length - 1];
}

export function planJson(world: World, plan: RecoveryPlan) {
  const items = plan.items.flatMap((name) => {
    const item = find(world.items, name);
    return item ? [item] : [];
  });
  const eligibility = planOperationEligibility(world, plan.name);
  const verbs = (Object.keys(VERB) as PlanOperationName[])
    .filter((op) => eligibility[op].allowed)
    .map((op) => VERB[op]);
  const jobs = planJobs(world, plan.name);
  const current = jobs.find(running);
  const last = jobs[jobs.length - 1];
  const providers = new Set(
    items.map((i: ReplicatedItem) =>
      i.machineType === 'HyperVVM'
        ? 'HyperVReplicaAzure'
        : i.direction === 'AzureToOnPremises'
          ? 'InMage'
          : 'InMageAzureV2',
    ),
  );
  const properties: Record<string, unknown> = {
    friendlyName: plan.name,
    primaryFabricFriendlyName: items[0]?.configurationServer ?? '',
    recoveryFabricFriendlyName: AZURE_FABRIC_NAME,
    failoverDeploymentModel: 'ResourceManager',
    replicationProviders: [...providers],
    allowedOperations: verbs,
    // As items: the running job, else ASR's "None" sentinel (docs/api.md §3.1).
    currentScenario: current
      ? { scenarioName: current.scenario, jobId: jobId(world, current.name), startTime: current.startTime }
      : { scenarioName: 'None', jobId: jobId(world, 'None'), startTime: NO_JOB_SENTINEL_TIME },
    currentScenarioStatus: current ? current.state : (last?.state ?? 'Succeeded'),
    currentScenarioStatusDescription: current ? current.state : (last?.state ?? 'Succeeded'),
    lastOperation: last
      ? {
          scenarioName: last.scenario,
          state: last.state,
          jobName: last.name,
          time: last.endTime ?? last.startTime,
        }
      : null,
    groups: [
      { groupType: 'Shutdown', replicationProtectedItems: [], startGroupActions: [], endGroupActions: [] },
      { groupType: 'Failover', replicationProtectedItems: [], startGroupActions: [], endGroupActions: [] },
      {
        groupType: 'Boot',
        replicationProtectedItems: items.map((i) => ({ id: itemId(world, i), virtualMachineId: i.name })),
        startGroupActions: [],
        endGroupActions: [],
      },
    ],
  };
  const planned = lastEnd(jobs, 'PlannedFailover');
  const unplanned = lastEnd(jobs, 'UnplannedFailover');
  if (planned) properties.lastPlannedFailoverTime = planned;
  if (unplanned) properties.lastUnplannedFailoverTime = unplanned;
  return { id: planId(world, plan.name), name: plan.name, type: PLAN_TYPE, properties };
}
