/**
 * docs/api.md §5: a job-time failure shows in the item's `healthErrors` while the problem lasts. The
 * failing task's check is re-run against the world as it is now: once the Lab fix (or the wait,
 * LIFE-11) clears it, the health error goes away even before Restart.
 */
import { taskFailure } from './job-checks';
import { findItem } from './lookup';
import type { Job, World } from './types';

export function failureLasts(world: World, job: Job): boolean {
  const error = job.errors[0];
  if (job.state !== 'Failed' || !error) return false;
  const task = job.tasks.find((t) => t.id === error.taskId);
  const item = job.item ? findItem(world, job.item) : undefined;
  if (!task || !item) return true;
  return taskFailure(world, job, task, item) === error.code;
}
