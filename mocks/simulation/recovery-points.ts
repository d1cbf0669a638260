/**
 * Recovery points of replicating items: crash-consistent every 5 minutes, app-consistent every 60
 * (POL-1 / forward policy), pruned after the retention window (24 h). Ticks sit on absolute
 * multiples of the frequency so results do not depend on how the clock was stepped.
 */
import { invalidParameter } from './errors';
import { nextGuid } from './ids';
import { sameName } from './lookup';
import { MINUTE_MS, iso, ms } from './time';
import type { Policy, RecoveryPoint, ReplicatedItem, SimError, World } from './types';

const DEFAULT_FREQ = { crash: 5, app: 60, retentionHours: 24 };

/** The policy that governs an item's current replication (forward or failback, POL-1). */
export function policyFor(world: World, item: ReplicatedItem): Policy | undefined {
  const kind = item.direction === 'AzureToOnPremises' ? 'Failback' : 'Forward';
  return world.policies.find((p) => p.kind === kind);
}

function frequencies(world: World, item: ReplicatedItem) {
  const p = policyFor(world, item);
  if (!p) return DEFAULT_FREQ;
  return {
    crash: Math.max(1, p.crashConsistentFrequencyMinutes),
    app: Math.max(1, p.appConsistentFrequencyMinutes),
    retentionHours: p.retentionHours,
  };
}

/** Items that produce recovery points: Protected ones, also during a test failover (TF-1). */
export const isReplicating = (item: ReplicatedItem): boolean =>
  item.status === 'Protected' ||
  item.status === 'TestFailoverInProgress' ||
  item.status === 'TestFailoverCleanupPending' ||
  item.status === 'CleaningUpTestFailover';

/** Append the points an item produces in (fromMs, toMs] to the draft. */
export function addTicks(
  draft: World,
  item: ReplicatedItem,
  fromMs: number,
  toMs: number,
  times: Map<number, string> = new Map(),
): void {
  const f = frequencies(draft, item);
  const step = f.crash * MINUTE_MS;
  const appStep = f.app * MINUTE_MS;
  let t = Math.floor(fromMs / step) * step + step;
  for (; t <= toMs; t += step) {
    const type = t % appStep === 0 ? 'ApplicationConsistent' : 'CrashConsistent';
    let time = times.get(t);
    if (time === undefined) times.set(t, (time = iso(t)));
    draft.recoveryPoints.push({ id: nextGuid(draft), item: item.name, time, type });
  }
}

/** Generate ticks for every replicating item over (fromMs, toMs]. */
export function tickAll(draft: World, fromMs: number, toMs: number): void {
  if (toMs <= fromMs) return;
  // Items share tick times (absolute multiples): format each time once, not once per item.
  const times = new Map<number, string>();
  for (const item of draft.items) if (isReplicating(item)) addTicks(draft, item, fromMs, toMs, times);
}

/** One point now, e.g. the first crash-consistent point when a reprotect completes. */
export function addPointNow(draft: World, item: string): void {
  draft.recoveryPoints.push({ id: nextGuid(draft), item, time: draft.now, type: 'CrashConsistent' });
}

/** POL-1: drop points older than the retention window of their item's policy. */
export function prune(draft: World): void {
  const nowMs = ms(draft.now);
  // ISO strings of one format compare like times: no Date parsing per point (large worlds).
  const limits = new Map<string, string>();
  for (const item of draft.items) {
    limits.set(item.name, iso(nowMs - frequencies(draft, item).retentionHours * 60 * MINUTE_MS));
  }
  const keep = (p: RecoveryPoint) => {
    const limit = limits.get(p.item);
    return limit === undefined || p.time > limit;
  };
  if (!draft.recoveryPoints.every(keep)) draft.recoveryPoints = draft.recoveryPoints.filter(keep);
}

export function deletePointsOf(draft: World, item: string): void {
  draft.recoveryPoints = draft.recoveryPoints.filter((p) => p.item !== item);
}

/** An item's points, newest first. */
export function pointsOf(world: World, item: string): RecoveryPoint[] {
  return world.recoveryPoints
    .filter((p) => p.item === item)
    .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
}

/**
 * The recovery point a failover uses (FO-1): the one named by `recoveryPointId` (Custom), else the
 * latest (app-consistent for LatestAppConsistent). None → 400 InvalidParameter on
 * providerSpecificDetails.recoveryPointId, with `noPointRule` when the item simply has none yet.
 */
export function chosenRecoveryPoint(
  world: World,
  item: ReplicatedItem,
  input: { recoveryPointType: string; recoveryPointId: string | null },
  noPointRule: string,
): { ok: true; point: RecoveryPoint } | { ok: false; error: SimError } {
  const points = pointsOf(world, item.name);
  const target = 'properties.providerSpecificDetails.recoveryPointId';
  if (input.recoveryPointType === 'Custom' || input.recoveryPointId) {
    const point = points.find((p) => input.recoveryPointId !== null && sameName(p.id, input.recoveryPointId));
    if (point) return { ok: true, point };
    const message = `Recovery point '${input.recoveryPointId ?? ''}' was not found for '${item.name}'`;
    return { ok: false, error: invalidParameter(target, message, 'FO-1') };
  }
  const appConsistent = input.recoveryPointType === 'LatestAppConsistent';
  const point = appConsistent ? points.find((p) => p.type === 'ApplicationConsistent') : points[0];
  if (point) return { ok: true, point };
  const kind = appConsistent ? 'app-consistent ' : '';
  return {
    ok: false,
    error: invalidParameter(target, `'${item.name}' has no ${kind}recovery point`, noPointRule),
  };
}
