/** Job actions (docs/api.md §2.1): Restart re-runs a failed job, Cancel stops a running one, Resume continues a Suspended one (HV-3). */
import { conflict, notAllowed, notFound } from './errors';
import { notify, releaseItem } from './job-engine';
import { SYNC_TASKS, inProgressStatus, startTasks } from './job-plans';
import { activeJobOf, findItem, findJob, isActive } from './lookup';
import { heldItems } from './plan-jobs';
import { missingInputName } from './references';
import type { Job, Result, World } from './types';
import { draftOf } from './draft';

export function restartJob(world: World, name: string): Result<{ job: Job }> {
  const found = findJob(world, name);
  if (!found) return { ok: false, error: notFound('replicationJobs', name) };
  const item = found.item ? findItem(world, found.item) : undefined;
  const other = item ? activeJobOf(world, item) : undefined;
  if (other && other.name !== found.name)
    return { ok: false, error: conflict(other.scenario, other.name, item?.name ?? '') };
  if (found.state !== 'Failed')
    return { ok: false, error: notAllowed(`Only a failed job can be restarted (state: ${found.state})`) };
  // RPL-1: a plan job's machines may have finished their part: start the plan operation again.
  if (found.plan)
    return {
      ok: false,
      error: notAllowed(`Start the operation on recovery plan '${found.plan}' again`, 'RPL-1'),
    };
  if (item && found.revertStatus && item.status !== found.revertStatus) {
    return {
      ok: false,
      error: notAllowed(`'${item.name}' has changed since the job failed: start the operation again`),
    };
  }
  // Same input as before: whatever it names must still exist (PS-5: a deleted process server).
  const missing = missingInputName(world, found);
  if (missing)
    return {
      ok: false,
      error: notAllowed(`The job's ${missing} no longer exists: start the operation again`),
    };
  const draft = draftOf(world);
  const job = findJob(draft, found.name) as Job;
  // Same job, from the start: tasks reset, errors cleared (docs/api.md §7: Restart reuses the job).
  startTasks(draft, job);
  const target = job.item ? findItem(draft, job.item) : undefined;
  if (target) {
    job.revertStatus = target.status;
    target.status = inProgressStatus(job.scenario) ?? target.status;
    target.currentJob = job.name;
  }
  notify(draft, job, 'InProgress');
  return { ok: true, world: draft, value: { job } };
}

export function cancelJob(world: World, name: string): Result<{ job: Job }> {
  const found = findJob(world, name);
  if (!found) return { ok: false, error: notFound('replicationJobs', name) };
  if (!isActive(found))
    return { ok: false, error: notAllowed(`Only a running job can be cancelled (state: ${found.state})`) };
  const draft = draftOf(world);
  const job = findJob(draft, found.name) as Job;
  // HV-7: cancelling during data synchronization leaves the on-prem VM corrupted.
  const syncTask = job.tasks.find((t) => t.state === 'InProgress' && SYNC_TASKS.includes(t.name));
  const syncing = syncTask !== undefined;
  for (const t of job.tasks) {
    if (t.state === 'InProgress' || t.state === 'Suspended') {
      t.state = 'Cancelled';
      t.endTime = draft.now;
    }
  }
  job.state = 'Cancelled';
  job.endTime = draft.now;
  releaseItem(draft, job, true);
  const syncItem = syncTask?.item ?? job.item; // RPL-1: plan tasks name their machine
  const item = syncItem ? findItem(draft, syncItem) : undefined;
  if (item && syncing && job.scenario === 'PlannedFailover') item.corrupted = true;
  notify(draft, job, 'Cancelled');
  return { ok: true, world: draft, value: { job } };
}

export function resumeJob(world: World, name: string): Result<{ job: Job }> {
  const found = findJob(world, name);
  if (!found) return { ok: false, error: notFound('replicationJobs', name) };
  if (found.state !== 'Suspended')
    return {
      ok: false,
      error: notAllowed(`Only a job waiting for input can be resumed (state: ${found.state})`, 'HV-3'),
    };
  const draft = draftOf(world);
  const job = findJob(draft, found.name) as Job;
  // Complete failover: the wait ends now and the next task (shut down the Azure VM) starts.
  const waiting = job.tasks.find((t) => t.state === 'Suspended');
  if (waiting) {
    waiting.state = 'Succeeded';
    waiting.endTime = draft.now;
  }
  const next = job.tasks.find((t) => t.state === 'NotStarted');
  if (next) {
    next.state = 'InProgress';
    next.startTime = draft.now;
  }
  job.state = 'InProgress';
  for (const held of heldItems(draft, job)) held.status = inProgressStatus(job.scenario) ?? held.status;
  notify(draft, job, 'InProgress');
  return { ok: true, world: draft, value: { job } };
}
