/**
 * Plan jobs in the job engine (RPL-1): one job for the whole plan, tasks tagged with the machine
 * they work on. Each task is checked and applied against that machine with its own input, and a
 * machine's job effects apply as soon as its last task succeeds (so a later failure of another
 * machine does not undo it). Works on a draft owned by the caller.
 */
import { applyJobSuccess } from './job-effects';
import { findItem } from './lookup';
import type { Job, JobTask, ReplicatedItem, World } from './types';

/** The machine a task works on and the job as that machine sees it (its own input). */
export function taskTarget(draft: World, job: Job, task: JobTask): { item: ReplicatedItem; job: Job } | null {
  if (!job.plan) {
    const item = job.item ? findItem(draft, job.item) : undefined;
    return item ? { item, job } : null;
  }
  const machine = job.machines?.find((m) => m.item === task.item);
  const item = machine ? findItem(draft, machine.item) : undefined;
  return machine && item ? { item, job: { ...job, input: machine.input } } : null;
}

/** Items the job still holds (currentJob = the job). */
export function heldItems(draft: World, job: Job): ReplicatedItem[] {
  const names = job.plan ? (job.machines ?? []).map((m) => m.item) : job.item ? [job.item] : [];
  return names.flatMap((n) => {
    const item = findItem(draft, n);
    return item && item.currentJob === job.name ? [item] : [];
  });
}

/** After a plan task succeeded: if it was its machine's last task, apply the machine's success. */
export function finishMachineIfDone(draft: World, job: Job, task: JobTask): void {
  if (!job.plan || !task.item) return;
  if (job.tasks.some((t) => t.item === task.item && t.state !== 'Succeeded')) return;
  const target = taskTarget(draft, job, task);
  if (!target || target.item.currentJob !== job.name) return;
  applyJobSuccess(draft, target.job, target.item);
  target.item.currentJob = null;
}

/** Return a plan's machines still held by the job to the state they left (failed / cancelled). */
export function releasePlanMachines(draft: World, job: Job, revert: boolean): void {
  for (const m of job.machines ?? []) {
    const item = findItem(draft, m.item);
    if (!item || item.currentJob !== job.name) continue;
    if (revert) item.status = m.revertStatus;
    item.currentJob = null;
  }
}
