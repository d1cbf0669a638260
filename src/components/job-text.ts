import type { TFunction } from 'i18next';
import type { ArmJob, NotificationEntry } from '../api/wire-types';

/** docs/api.md §3.3 state → docs/ui-names.md §6 status key. */
export function jobStatusKey(state: string): string {
  switch (state) {
    case 'NotStarted':
    case 'InProgress':
      return 'InProgress';
    case 'Suspended':
      return 'WaitingForInput';
    default:
      return state;
  }
}

export const jobStatusKeys = ['InProgress', 'Succeeded', 'Failed', 'Cancelled', 'WaitingForInput'] as const;

/** The job's display name, translated by scenarioName (docs/ui-names.md §6); unknown ones fall back to ARM's. */
export const jobName = (t: TFunction<'jobs'>, job: ArmJob) =>
  t(`names.${job.properties.scenarioName}`, {
    defaultValue: job.properties.friendlyName || job.properties.scenarioName,
  });

/**
 * A notification's title in the user's language (docs/ui-names.md §6): the job name as the Jobs grid
 * translates it, then the plan or item; the backend's English title when the job is unknown.
 */
export function notificationTitle(t: TFunction<['notifications', 'jobs']>, entry: NotificationEntry): string {
  const name = entry.scenarioName ? t(`jobs:names.${entry.scenarioName}`, { defaultValue: '' }) : '';
  if (!name) return entry.title;
  return entry.targetName ? t('notifications:titleWithTarget', { name, target: entry.targetName }) : name;
}

export const jobStatus = (t: TFunction<'jobs'>, state: string) =>
  t(`status.${jobStatusKey(state)}`, { defaultValue: state });

/** "23 Nov 2026 09:15" (UTC, like every simulated time). */
export function formatTime(iso: string | undefined, locale: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
    hourCycle: 'h23',
  });
}

/** Duration between two ISO times as "1h 05m" / "3m 20s". */
export function formatDuration(startIso: string | undefined, endIso: string | undefined): string {
  if (!startIso || !endIso) return '—';
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const totalSeconds = Math.floor(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${h}h ${pad(m)}m`;
  return `${m}m ${pad(s)}s`;
}
