/** Case-insensitive lookups (docs/api.md §1: resource names match case-insensitively). */
import type { Job, ReplicatedItem, World } from './types';

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Name → position index per list, so that serving thousands of items stays linear. Lists are
 * drafts that the simulation may grow or reorder, so a hit is verified against the list and a
 * miss falls back to a scan: the index can only speed a lookup up, never change its answer.
 */
const indexes = new WeakMap<object, Map<string, number>>();

function indexOf(list: { name: string }[]): Map<string, number> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (let i = list.length - 1; i >= 0; i--) index.set(list[i].name.toLowerCase(), i);
    indexes.set(list, index);
  }
  return index;
}

export function findByName<T extends { name: string }>(list: T[], name: string): T | undefined {
  if (list.length > 32) {
    const position = indexOf(list).get(name.toLowerCase());
    const hit = position === undefined ? undefined : list[position];
    if (hit && sameName(hit.name, name)) {
      const exact = hit.name === name ? hit : list.find((x) => x.name === name);
      return exact ?? hit;
    }
    indexes.delete(list);
  }
  return list.find((x) => x.name === name) ?? list.find((x) => sameName(x.name, name));
}

export const findItem = (world: World, name: string): ReplicatedItem | undefined =>
  findByName(world.items, name);
export const findJob = (world: World, name: string): Job | undefined => findByName(world.jobs, name);

/** States that hold the item (docs/api.md §5 #6: NotStarted, InProgress or Suspended). */
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

/** Display names of job scenarios (docs/ui-names.md §6), used in English titles and reasons. */
export const scenarioTitle: Record<Job['scenario'], string> = {
  Reprotect: 'Reprotect',
  UnplannedFailover: 'Unplanned failover',
  PlannedFailover: 'Planned failover',
  Commit: 'Commit',
  ChangePit: 'Change recovery point',
  ReverseReplicate: 'Reverse replicate',
  AddProcessServer: 'Add process server',
  ProcessServerDeployment: 'Process server deployment',
  RemoveProcessServer: 'Remove process server',
  RefreshProvider: 'Refresh server',
  TestFailover: 'Test failover',
  TestFailoverCleanup: 'Cleanup test failover',
  CompleteMigration: 'Complete migration',
  DisableProtection: 'Disable replication',
};
