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
// Worlds are immutable: the latest job of each item, indexed once per world (and dropped with it), so
// the health of every item of a 50,000-item world is computed in linear time.
const latestJobs = new WeakMap<World, Map<string, Job>>();

function latestJobOf(world: World, item: string): Job | undefined {
  let index = latestJobs.get(world);
  if (!index) {
    index = new Map<string, Job>();
    for (const job of world.jobs) {
      const names = new Set([...(job.item ? [job.item] : []), ...(job.machines ?? []).map((m) => m.item)]);
      for (const name of names) {
        const seen = index.get(name);
        if (!seen || job.startTime >= seen.startTime) index.set(name, job);
      }
    }
    latestJobs.set(world, index);
  }
  return index.get(item);
}

export function lastingJobErrors(world: World, item: ReplicatedItem): JobError[] {
  const last = latestJobOf(world, item.name);
  if (!last || !failureLasts(world, last)) return [];
  const own = (taskId: string) =>
    !last.plan || last.tasks.some((t) => t.id === taskId && t.item === item.name);
  return last.errors.filter((e) => own(e.taskId));
}
