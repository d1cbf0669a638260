import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { DEFAULT_VAULT, simulatorPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { NotificationEntry } from '../../api/wire-types';
import { poll } from '../../api/polling';

/** Notification history from the backend (it survives reloads); polled every second for toasts. */
export const notificationsQuery = () =>
  queryOptions({
    queryKey: keys.notifications,
    queryFn: ({ signal }) =>
      arm
        .get<{ value: NotificationEntry[] }>(simulatorPaths.notifications, signal)
        .then((r) => r.value ?? []),
    refetchInterval: () => poll(1000),
  });

export const useNotifications = () => useQuery(notificationsQuery());

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => arm.patch<unknown>(simulatorPaths.notifications, { read: true }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.notifications }),
  });
}

export function useDismissAll() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => arm.delete(simulatorPaths.notifications),
    onSettled: () => client.invalidateQueries({ queryKey: keys.notifications }),
  });
}

/** The job name from a notification's jobId, which may be a bare name or a full ARM id. */
export function jobNameOf(entry: NotificationEntry): string {
  const segments = entry.jobId.split('/').filter(Boolean);
  return decodeURIComponent(segments[segments.length - 1] ?? '');
}

/** Jobs live in the default vault (the simulation has one vault, docs/ui-names.md §10). */
export const jobPath = (entry: NotificationEntry) =>
  jobNameOf(entry)
    ? `/vaults/${encodeURIComponent(DEFAULT_VAULT)}/jobs/${encodeURIComponent(jobNameOf(entry))}`
    : null;
