import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm, ArmError } from '../../api/arm-client';
import { armPaths, simulatorPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { ArmJob, ArmList, ClockState } from '../../api/wire-types';
import { poll } from '../../api/polling';

/** api.md §3.3: NotStarted, InProgress and Suspended jobs have not ended yet. */
export const isRunning = (job: ArmJob) =>
  ['NotStarted', 'InProgress', 'Suspended'].includes(job.properties.state);

export const jobsQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.jobs(vault),
    queryFn: ({ signal }) =>
      arm.get<ArmList<ArmJob>>(armPaths.jobs(vault), signal).then((r) => r.value ?? []),
    // Poll fast while a job runs so statuses move as the simulated clock does, slowly otherwise.
    refetchInterval: (query) => poll(query.state.data?.some(isRunning) ? 1000 : 5000),
  });

export const useJobs = (vault: string) => useQuery(jobsQuery(vault));

export const jobQuery = (vault: string, name: string) =>
  queryOptions({
    queryKey: keys.job(vault, name),
    queryFn: ({ signal }) => arm.get<ArmJob>(armPaths.job(vault, name), signal),
    refetchInterval: (query) => poll(query.state.data && isRunning(query.state.data) ? 1000 : 5000),
  });

export function useJob(vault: string, name: string) {
  const query = useQuery(jobQuery(vault, name));
  const notFound = query.error instanceof ArmError && query.error.status === 404;
  return { query, notFound };
}

/** The simulated now, for the duration of running jobs (same cache entry as the header clock). */
export const useSimulatedNow = () =>
  useQuery({
    queryKey: keys.clock,
    queryFn: ({ signal }) => arm.get<ClockState>(simulatorPaths.clock, signal),
    refetchInterval: () => poll(1000),
    select: (clock) => clock.now,
  });

export type JobAction = 'resume' | 'cancel' | 'restart';

/** Complete failover (= resume, HV-3), Cancel and Restart; then the vault and notifications refresh. */
export function useJobAction(vault: string, name: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { operation: true }, // a refusal is a runbook mistake (src/api/query-client.ts)
    mutationFn: (action: JobAction) =>
      arm.post(
        `${armPaths.job(vault, name)}/${action}`,
        action === 'resume' ? { properties: {} } : undefined,
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.vault(vault) }),
        client.invalidateQueries({ queryKey: keys.notifications }),
      ]),
  });
}
