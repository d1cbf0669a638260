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

/** What this session has seen of the notifications (toasts dedupe by it), in sessionStorage. */
export type SeenNotifications = Record<string, NotificationEntry['status']>;
const SEEN_KEY = 'srs.notifications.seen';

export function readSeenNotifications(): SeenNotifications | null {
  try {
    const raw = sessionStorage.getItem(SEEN_KEY);
    return raw ? (JSON.parse(raw) as SeenNotifications) : null;
  } catch {
    return null;
  }
}

export function writeSeenNotifications(seen: SeenNotifications) {
  try {
    sessionStorage.setItem(SEEN_KEY, JSON.stringify(seen));
  } catch {
    // Storage may be full or disabled: toasts then only dedupe within this page.
  }
}

/**
 * docs/ui-names.md §6: on a fresh session the history as of page load raises no toast. The shell
 * reads it at once and keeps it as the session's baseline, so the lazy toaster, whenever its chunk
 * arrives, still raises the toast of an operation started before it mounted.
 */
export async function rememberNotificationBaseline(fetchHistory: () => Promise<NotificationEntry[]>) {
  if (readSeenNotifications()) return;
  const entries = await fetchHistory();
  if (readSeenNotifications()) return; // the toaster took it first
  writeSeenNotifications(Object.fromEntries(entries.map((e) => [e.id, e.status])));
}

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
