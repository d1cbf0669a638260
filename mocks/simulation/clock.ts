/**
 * The simulation clock: walks event times in order (task ends), generating recovery points and
 * discovery passes for each stretch in between. Time never goes backwards.
 */
import { completeTask, nextTaskEvent } from './job-engine';
import { prune, tickAll } from './recovery-points';
import { MINUTE_MS, iso, ms } from './time';
import type { ClockSpeed, World } from './types';
import { draftOf } from './draft';

/** RV-7 / DS: the configuration server rediscovers every 15 minutes. */
export const DISCOVERY_MINUTES = 15;
const MAX_RUN_MS = 7 * 24 * 60 * MINUTE_MS;

/** Move the draft's clock to `t` (ms), producing the points and discoveries of (now, t]. */
function moveTo(draft: World, t: number): void {
  const from = ms(draft.now);
  if (t <= from) return;
  tickAll(draft, from, t);
  const period = DISCOVERY_MINUTES * MINUTE_MS;
  for (const cs of draft.configurationServers) {
    const last = ms(cs.lastDiscovery);
    if (t >= last + period) cs.lastDiscovery = iso(last + Math.floor((t - last) / period) * period);
  }
  draft.now = iso(t);
}

/** Run every task end up to `target` (ms), in time order, each against the world of its moment. */
function run(draft: World, target: number): void {
  for (;;) {
    const ev = nextTaskEvent(draft);
    if (!ev || ev.at > target) break;
    moveTo(draft, ev.at);
    completeTask(draft, ev.job);
  }
}

export function advanceClock(world: World, minutes: number): World {
  const draft = draftOf(world);
  if (!Number.isFinite(minutes) || minutes <= 0) return draft;
  const target = ms(draft.now) + Math.round(minutes * MINUTE_MS);
  run(draft, target);
  moveTo(draft, target);
  prune(draft);
  return draft;
}

/** Stops at the moment the last running job ends (Suspended jobs wait for input); capped at 7 days. */
export function advanceUntilJobsFinish(world: World): World {
  const draft = draftOf(world);
  run(draft, ms(draft.now) + MAX_RUN_MS);
  prune(draft);
  return draft;
}

export function setSpeed(world: World, speed: ClockSpeed): World {
  return { ...draftOf(world), speed };
}

/** Jobs that advance with the clock (NotStarted / InProgress; Suspended ones wait for input). */
export function runningJobCount(world: World): number {
  return world.jobs.filter((j) => j.state === 'InProgress' || j.state === 'NotStarted').length;
}
