import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm, ArmError } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { clockQuery } from '../../api/clock';
import { jobQuery, jobsQuery } from '../../api/jobs';
import { keys } from '../../api/query-keys';

export { isRunning } from '../../api/jobs';

export const useJobs = (vault: string) => useQuery(jobsQuery(vault));

export function useJob(vault: string, name: string) {
  const query = useQuery(jobQuery(vault, name));
  const notFound = query.error instanceof ArmError && query.error.status === 404;
  return { query, notFound };
}

/** The simulated now, for the duration of running jobs (the header clock's entry). */
export const useSimulatedNow = () => useQuery({ ...clockQuery(), select: (clock) => clock.now });

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
