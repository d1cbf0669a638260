import { queryOptions } from '@tanstack/react-query';
import { arm } from './arm-client';
import { armPaths } from './arm-paths';
import { keys } from './query-keys';
import type { ArmJob } from './wire-types';
import { poll } from './polling';

/** docs/api.md §3.3: NotStarted, InProgress and Suspended jobs have not ended yet. */
export const isRunning = (job: ArmJob) =>
  ['NotStarted', 'InProgress', 'Suspended'].includes(job.properties.state);

/**
 * The vault's jobs, the one definition of `keys.jobs(vault)`: the bare `ArmJob[]`. Blades narrow it
 * with `select` (one item's, one plan's, the running count). Polls fast while a job runs so
 * statuses move as the simulated clock does, slowly otherwise.
 */
export const jobsQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.jobs(vault),
    queryFn: ({ signal }) => arm.list<ArmJob>(armPaths.jobs(vault), signal).then((list) => list.value ?? []),
    refetchInterval: (query) => poll(query.state.data?.some(isRunning) ? 1000 : 5000),
  });

/** One job, for its blade. */
export const jobQuery = (vault: string, name: string) =>
  queryOptions({
    queryKey: keys.job(vault, name),
    queryFn: ({ signal }) => arm.get<ArmJob>(armPaths.job(vault, name), signal),
    refetchInterval: (query) => poll(query.state.data && isRunning(query.state.data) ? 1000 : 5000),
  });

/** Newest first, by start time. */
export const newestFirst = (jobs: ArmJob[]) =>
  [...jobs].sort((a, b) => b.properties.startTime.localeCompare(a.properties.startTime));
