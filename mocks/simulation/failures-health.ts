/**
 * docs/api.md §5: a job-time failure shows in the item's `healthErrors` while the problem lasts. The
 * failing task's check is re-run against the world as it is now: once the Lab fix (or the wait,
 * LIFE-11) clears it, the health error goes away even before Restart.
 */
import { taskFailure } from './job-checks';
import { findItem } from './lookup';
import type { Job, JobError, ReplicatedItem, World } from './types';

export function failureLasts(world: World, job: Job): boolean {
  const error = job.errors[0];
  if (job.state !== 'Failed' || !error) return false;
  const task = job.tasks.find((t) => t.id === error.taskId);
  const item = job.item ? findItem(world, job.item) : undefined;
  if (!task || !item) return true;
  return taskFailure(world, job, task, item) === error.code;
}

/**
 * The errors the item shows now (docs/api.md §5): those of its latest job (its own or a plan's,
 * RPL-1: only the tasks of this machine) while that failure lasts.
 */
export function lastingJobErrors(world: World, item: ReplicatedItem): JobError[] {
  const mine = world.jobs.filter(
    (j) => j.item === item.name || (j.machines ?? []).some((m) => m.item === item.name),
  );
  const last = mine.reduce<Job | undefined>((a, j) => (!a || j.startTime >= a.startTime ? j : a), undefined);
  if (!last || !failureLasts(world, last)) return [];
  const own = (taskId: string) =>
    !last.plan || last.tasks.some((t) => t.id === taskId && t.item === item.name);
  return last.errors.filter((e) => own(e.taskId));
}
