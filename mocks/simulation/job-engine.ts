/**
 * Runs jobs on the simulation clock: ends the running task, applies its effects or the job-time
 * failure it meets, starts the next task and finishes the job (item status, notification).
 * Works on a draft (a clone owned by the caller).
 */
import { applyJobSuccess, applyTaskEffect } from './job-effects';
import { taskFailure } from './job-checks';
import { WAIT_TASK } from './job-plans';
import { findItem } from './lookup';
import { notify } from './notifications';
import { completeInfraJob } from './process-servers';
import { finishMachineIfDone, heldItems, releasePlanMachines, taskTarget } from './plan-jobs';
import { addMinutes, ms } from './time';
import type { Job, JobTask, World } from './types';

// Callers that start jobs notify through here too (notifications.ts keeps process-servers.ts out of a cycle).
export { notificationTitle, notify } from './notifications';

export const runningTask = (job: Job): JobTask | undefined =>
  job.state === 'InProgress' ? job.tasks.find((t) => t.state === 'InProgress') : undefined;

/** When the running task of a job ends (ms), or null when nothing runs. */
export function taskEndMs(job: Job): number | null {
  const task = runningTask(job);
  if (!task || !task.startTime) return null;
  return ms(addMinutes(task.startTime, task.durationMinutes));
}

/** Return the item to the state the job left (docs/api.md §3.1: failed or cancelled jobs). */
export function releaseItem(draft: World, job: Job, revert: boolean): void {
  if (job.plan) return releasePlanMachines(draft, job, revert); // RPL-1
  const item = job.item ? findItem(draft, job.item) : undefined;
  if (!item || item.currentJob !== job.name) return;
  if (revert && job.revertStatus) item.status = job.revertStatus;
  item.currentJob = null;
}

function failJob(draft: World, job: Job, task: JobTask, code: string): void {
  task.state = 'Failed';
  task.endTime = draft.now;
  job.state = 'Failed';
  job.endTime = draft.now;
  job.errors = [{ code, taskId: task.id, time: draft.now }];
  releaseItem(draft, job, true);
  notify(draft, job, 'Failed');
}

/** End the running task of `job` at `draft.now` (the caller has moved the clock there). */
export function completeTask(draft: World, job: Job): void {
  const task = runningTask(job);
  if (!task) return;
  // RPL-1: a plan task is checked and applied against its machine, with that machine's input.
  const target = taskTarget(draft, job, task);
  const item = target?.item;
  const view = target?.job ?? job;
  const code = item ? taskFailure(draft, view, task, item) : null;
  if (code) {
    failJob(draft, job, task, code);
    return;
  }
  task.state = 'Succeeded';
  task.endTime = draft.now;
  if (item) applyTaskEffect(draft, view, task, item);
  finishMachineIfDone(draft, job, task);
  const next = job.tasks.find((t) => t.state === 'NotStarted');
  if (next) {
    next.startTime = draft.now;
    if (next.name === WAIT_TASK) {
      // HV-3: phase 1 done; the job waits for Complete failover (Resume).
      next.state = 'Suspended';
      job.state = 'Suspended';
      for (const held of heldItems(draft, job)) held.status = 'WaitingForCompleteFailover';
      notify(draft, job, 'WaitingForInput');
    } else next.state = 'InProgress';
    return;
  }
  job.state = 'Succeeded';
  job.endTime = draft.now;
  if (item && !job.plan) applyJobSuccess(draft, job, item);
  if (!job.item && !job.plan) completeInfraJob(draft, job); // PS-3, PS-5: jobs without an item
  releaseItem(draft, job, false);
  notify(draft, job, 'Succeeded');
}

/** The running job whose task ends first (ties: the older job), with its end time. */
export function nextTaskEvent(world: World): { job: Job; at: number } | null {
  let best: { job: Job; at: number } | null = null;
  for (const job of world.jobs) {
    const at = taskEndMs(job);
    if (at !== null && (!best || at < best.at)) best = { job, at };
  }
  return best;
}
