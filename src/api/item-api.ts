import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { arm } from './arm-client';
import { armPaths } from './arm-paths';
import { keys } from './query-keys';
import { jobsQuery, newestFirst } from './jobs';
import type { ArmRecoveryPoint, ArmItem } from './wire-types';
import { poll } from './polling';

/** An item's recovery points, newest first (FO-1, LIFE-7). */
export const recoveryPointsQuery = (vault: string, item: ArmItem | undefined) =>
  // The item's id is determined by (vault, item name), both in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: keys.recoveryPoints(vault, item?.name ?? ''),
    queryFn: ({ signal }) => arm.list<ArmRecoveryPoint>(armPaths.recoveryPoints(item!.id), signal),
    select: (list) =>
      [...list.value].sort((a, b) =>
        b.properties.recoveryPointTime.localeCompare(a.properties.recoveryPointTime),
      ),
    enabled: Boolean(item),
  });

export const useRecoveryPoints = (vault: string, item: ArmItem | undefined) =>
  useQuery(recoveryPointsQuery(vault, item));

/**
 * The points an OK acts on. Pressed while they still load, it waits for them instead of being
 * ignored (a script or a quick user clicks as soon as the pane shows); a failed read gives none.
 */
export async function pointsForOk(points: UseQueryResult<ArmRecoveryPoint[]>): Promise<ArmRecoveryPoint[]> {
  return points.isSuccess ? points.data : ((await points.refetch()).data ?? []);
}

/** The vault's jobs (src/api/jobs.ts), narrowed to one item's, newest first. */
export function useItemJobs(vault: string, itemName: string) {
  return useQuery({
    ...jobsQuery(vault),
    select: (jobs) => newestFirst(jobs.filter((job) => job.properties.targetObjectName === itemName)),
    refetchInterval: () => poll(2000),
  });
}
