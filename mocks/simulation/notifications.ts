/** The Notifications list: one entry per job, titled after its item or plan (docs/ui-names.md §6). */
import { nextGuid } from './ids';
import { scenarioTitle } from './lookup';
import type { Job, Notification, World } from './types';

export function notificationTitle(job: Job): string {
  const title = scenarioTitle[job.scenario];
  if (job.plan) return `${title} '${job.plan}'`; // RPL-1: plan jobs are titled after the plan
  return job.item ? `${title} '${job.item}'` : title;
}

/** One notification per job, updated in place (docs/ui-names.md §6: the toast turns in place). */
export function notify(draft: World, job: Job, status: Notification['status']): void {
  const existing = draft.notifications.find((n) => n.jobName === job.name);
  if (existing) {
    existing.status = status;
    existing.time = draft.now;
    existing.read = false;
    return;
  }
  draft.notifications.push({
    id: nextGuid(draft),
    jobName: job.name,
    title: notificationTitle(job),
    status,
    time: draft.now,
    read: false,
  });
}
