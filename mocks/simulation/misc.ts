/** Role, notifications and Refresh server (RV-7). */
import { notFound } from './errors';
import { nextGuid } from './ids';
import { notify } from './job-engine';
import { findByName } from './lookup';
import type { Job, Result, Role, World } from './types';
import { draftOf } from './draft';

export function setRole(world: World, role: Role): World {
  return { ...draftOf(world), role };
}

export function markNotificationRead(world: World, id: string): Result<null> {
  const index = world.notifications.findIndex((n) => n.id.toLowerCase() === id.toLowerCase());
  if (index < 0) return { ok: false, error: notFound('notifications', id) };
  const draft = draftOf(world);
  draft.notifications[index].read = true;
  return { ok: true, world: draft, value: null };
}

export function clearNotifications(world: World): World {
  return { ...draftOf(world), notifications: [] };
}

/**
 * RV-7: discovery now; drives and datastores added up to this moment become visible at once,
 * with no simulated time passing. Recorded as an instant RefreshProvider job.
 */
export function refreshConfigurationServer(world: World, server: string): Result<{ job: Job }> {
  const found = findByName(world.configurationServers, server);
  if (!found) return { ok: false, error: notFound('replicationFabrics', server) };
  const draft = draftOf(world);
  const cs = findByName(draft.configurationServers, found.name);
  if (cs) cs.lastDiscovery = draft.now;
  const taskId = nextGuid(draft);
  const job: Job = {
    name: nextGuid(draft),
    scenario: 'RefreshProvider',
    item: null,
    state: 'Succeeded',
    startTime: draft.now,
    endTime: draft.now,
    tasks: [
      {
        id: taskId,
        name: 'RefreshProvider',
        friendlyName: 'Refresh server',
        state: 'Succeeded',
        startTime: draft.now,
        endTime: draft.now,
        durationMinutes: 0,
      },
    ],
    errors: [],
    input: { kind: 'Other', data: { configurationServer: found.name } },
    revertStatus: null,
  };
  draft.jobs.push(job);
  notify(draft, job, 'Succeeded');
  return { ok: true, world: draft, value: { job } };
}
