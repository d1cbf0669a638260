/** Case-insensitive lookups (api.md §1: resource names match case-insensitively). */
import type { Job, ReplicatedItem, World } from './types';

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function findByName<T extends { name: string }>(list: T[], name: string): T | undefined {
  return list.find((x) => x.name === name) ?? list.find((x) => sameName(x.name, name));
}

export const findItem = (world: World, name: string): ReplicatedItem | undefined =>
  findByName(world.items, name);
export const findJob = (world: World, name: string): Job | undefined => findByName(world.jobs, name);

/** States that hold the item (api.md §5 #6: NotStarted, InProgress or Suspended). */
export const isActive = (job: Job): boolean =>
  job.state === 'NotStarted' || job.state === 'InProgress' || job.state === 'Suspended';

/** The job holding the item, if any. */
export function activeJobOf(world: World, item: ReplicatedItem): Job | undefined {
  if (item.currentJob) {
    const job = findJob(world, item.currentJob);
    if (job && isActive(job)) return job;
  }
  return undefined;
}

/** Display names of job scenarios (ui-contract §6), used in English titles and reasons. */
export const scenarioTitle: Record<Job['scenario'], string> = {
  Reprotect: 'Reprotect',
  UnplannedFailover: 'Unplanned failover',
  PlannedFailover: 'Planned failover',
  Commit: 'Commit',
  ChangePit: 'Change recovery point',
  ReverseReplicate: 'Reverse replicate',
  AddProcessServer: 'Add process server',
  RemoveProcessServer: 'Remove process server',
  RefreshProvider: 'Refresh server',
};
