import { useQuery } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { ArmJob, ArmList, ArmRecoveryPoint, ArmItem } from '../../api/wire-types';
import { poll } from '../../api/polling';

/** An item's recovery points, newest first (FO-1, LIFE-7). */
export function useRecoveryPoints(vault: string, item: ArmItem | undefined) {
  // The item's id is determined by (vault, item name), both in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return useQuery({
    queryKey: keys.recoveryPoints(vault, item?.name ?? ''),
    queryFn: ({ signal }) => arm.get<ArmList<ArmRecoveryPoint>>(armPaths.recoveryPoints(item!.id), signal),
    select: (list) =>
      [...list.value].sort((a, b) =>
        b.properties.recoveryPointTime.localeCompare(a.properties.recoveryPointTime),
      ),
    enabled: Boolean(item),
  });
}

/** The vault's jobs (ArmJob[] under keys.jobs, as the jobs blade caches it), filtered to one item. */
export function useItemJobs(vault: string, itemName: string) {
  return useQuery({
    queryKey: keys.jobs(vault),
    // Same entry and shape (ArmJob[]) as the jobs blade's query (features/jobs/jobs-api.ts).
    queryFn: ({ signal }) =>
      arm.get<ArmList<ArmJob>>(armPaths.jobs(vault), signal).then((list) => list.value ?? []),
    select: (jobs) =>
      jobs
        .filter((job) => job.properties.targetObjectName === itemName)
        .sort((a, b) => b.properties.startTime.localeCompare(a.properties.startTime)),
    refetchInterval: () => poll(2000),
  });
}
