/** Job JSON (docs/api.md §3.3): tasks, errors with the ERR catalog's texts, allowedActions. */
import { catalogEntry, scenarioTitle } from '../simulation/api';
import type { Job, JobError, JobState, World } from '../simulation/api';
import { find, itemId, jobId, planId } from './ids';

export const JOB_TYPE = 'Microsoft.RecoveryServices/vaults/replicationJobs';

export const jobRunning = (state: JobState) =>
  state === 'NotStarted' || state === 'InProgress' || state === 'Suspended';

function stateDescription(state: JobState): string {
  if (state === 'Succeeded') return 'Completed';
  if (state === 'Suspended') return 'WaitingForCompleteFailover'; // HV-3 (inferred)
  return state;
}

export function allowedActions(state: JobState): string[] {
  if (state === 'NotStarted' || state === 'InProgress') return ['Cancel'];
  if (state === 'Suspended') return ['Resume', 'Cancel'];
  if (state === 'Failed') return ['Restart'];
  return [];
}

function activityId(job: Job) {
  return `${job.name} ActivityId: ${job.name}`;
}

function errorJson(job: Job, error: JobError) {
  const entry = catalogEntry(error.code);
  const message = entry?.message ?? `Error ${error.code}`;
  const numeric = Number(error.code);
  return {
    errorLevel: 'Error',
    creationTime: error.time,
    taskId: error.taskId,
    serviceErrorDetails: {
      code: error.code,
      message,
      possibleCauses: entry?.possibleCauses ?? '',
      recommendedAction: entry?.recommendedAction ?? '',
      activityId: activityId(job),
    },
    providerErrorDetails: {
      errorCode: Number.isFinite(numeric) ? numeric : 0,
      errorMessage: message,
      errorId: `${job.name}-${error.taskId}`,
      possibleCauses: entry?.possibleCauses ?? '',
      recommendedAction: entry?.recommendedAction ?? '',
    },
  };
}

/** RPL-1: a plan job's machines as FailoverJobDetails entries (each with its own point). */
function planItemDetails(world: World, job: Job) {
  return (job.machines ?? []).map((m) => {
    const pointId = m.input.kind === 'UnplannedFailover' ? m.input.recoveryPointId : null;
    const point = pointId ? world.recoveryPoints.find((p) => p.id === pointId) : undefined;
    return {
      name: m.item,
      friendlyName: m.item,
      recoveryPointId: pointId ?? '',
      recoveryPointTime: point?.time ?? job.startTime,
    };
  });
}

/** docs/api.md §3.3: a plan job's group task, with one child task per machine task. */
function planGroupTask(job: Job, childTasks: Record<string, unknown>[]) {
  const t: Record<string, unknown> = {
    taskId: `${job.name}-group-1`,
    name: 'RecoveryPlanGroup',
    friendlyName: 'Group 1: Boot',
    state: job.state,
    stateDescription: stateDescription(job.state),
    startTime: job.startTime,
    allowedActions: [],
    taskType: 'RecoveryPlanGroupTaskDetails',
    customDetails: { instanceType: 'JobTaskDetails' },
    groupTaskCustomDetails: { instanceType: 'RecoveryPlanGroupTaskDetails', childTasks },
    errors: [],
  };
  if (job.endTime) t.endTime = job.endTime;
  return t;
}

/** TF-1, TF-3: ARM's TestFailoverJobDetails: the network, and the cleanup's notes as `comments`. */
function testFailoverDetails(job: Job) {
  if (job.scenario !== 'TestFailover' && job.scenario !== 'TestFailoverCleanup') return null;
  const inputs = job.machines?.length ? job.machines.map((m) => ({ item: m.item, input: m.input })) : [];
  if (!inputs.length && job.item) inputs.push({ item: job.item, input: job.input });
  const first = inputs[0]?.input;
  return {
    instanceType: 'TestFailoverJobDetails',
    testFailoverStatus: job.state,
    comments: first?.kind === 'TestFailoverCleanup' ? first.comments : '',
    networkName: first?.kind === 'TestFailover' ? first.network : '',
    networkType: first?.kind === 'TestFailover' ? 'VmNetworkAsInput' : '',
    protectedItemDetails: inputs.map(({ item, input }) => ({
      name: item,
      friendlyName: item,
      testVmName: `${item}-test`,
      recoveryPointId: input.kind === 'TestFailover' ? (input.recoveryPointId ?? '') : '',
    })),
  };
}

export function jobJson(world: World, job: Job) {
  const item = job.item ? find(world.items, job.item) : undefined;
  const failover = job.scenario === 'UnplannedFailover' || job.scenario === 'PlannedFailover';
  const input = job.input;
  const pointId = input.kind === 'UnplannedFailover' ? input.recoveryPointId : null;
  const point = pointId ? world.recoveryPoints.find((p) => p.id === pointId) : undefined;
  const customDetails = failover
    ? {
        instanceType: 'FailoverJobDetails',
        protectedItemDetails: job.plan
          ? planItemDetails(world, job)
          : item
            ? [
                {
                  name: item.name,
                  friendlyName: item.name,
                  recoveryPointId: pointId ?? '',
                  recoveryPointTime: point?.time ?? job.startTime,
                },
              ]
            : [],
      }
    : (testFailoverDetails(job) ?? {
        instanceType: 'AsrJobDetails',
        affectedObjectDetails: item ? { PrimaryVmName: item.name } : {},
      });
  const properties: Record<string, unknown> = {
    scenarioName: job.scenario,
    friendlyName: scenarioTitle[job.scenario], // English; the portal translates by scenarioName
    activityId: activityId(job),
    state: job.state,
    stateDescription: stateDescription(job.state),
    startTime: job.startTime,
    // RPL-1: a failed plan job is started again from the plan, not restarted.
    allowedActions: allowedActions(job.state).filter((a) => !job.plan || a !== 'Restart'),
    targetInstanceType: job.plan ? 'RecoveryPlan' : item ? 'ProtectionEntity' : 'Server',
    customDetails,
    tasks: job.tasks.map((task) => {
      const t: Record<string, unknown> = {
        taskId: task.id,
        name: task.name,
        friendlyName: task.friendlyName,
        state: task.state,
        stateDescription: stateDescription(task.state),
        allowedActions: [],
        taskType: 'TaskDetails',
        customDetails: { instanceType: 'JobTaskDetails' },
        errors: job.errors.filter((e) => e.taskId === task.id).map((e) => errorJson(job, e)),
      };
      if (task.item) t.machineName = task.item; // RPL-1, simulator extra: the plan machine of the task
      if (task.startTime) t.startTime = task.startTime;
      if (task.endTime) t.endTime = task.endTime;
      return t;
    }),
    errors: job.errors.map((e) => errorJson(job, e)),
  };
  if (job.endTime) properties.endTime = job.endTime;
  if (job.plan) {
    const tasks = properties.tasks as Record<string, unknown>[];
    properties.tasks = [planGroupTask(job, tasks), ...tasks];
    properties.targetObjectId = planId(world, job.plan);
    properties.targetObjectName = job.plan;
  } else if (item) {
    properties.targetObjectId = itemId(world, item);
    properties.targetObjectName = item.name;
  } else if (job.item) {
    properties.targetObjectName = job.item;
  } else if (job.input.kind === 'Other') {
    // PS-3, PS-5: an infrastructure job is about the process server it adds or removes.
    const server = job.input.data.processServer ?? job.input.data.serverName;
    if (typeof server === 'string') properties.targetObjectName = server;
  }
  return { id: jobId(world, job.name), name: job.name, type: JOB_TYPE, properties };
}
