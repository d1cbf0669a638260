/**
 * Per-item facts in ARM's names that the lists filter and sort by and the item JSON shows: fabric,
 * instance type, replicating or not, replication health and RPO (docs/api.md §3.1). The RPO reads
 * an index built once per world (worlds are immutable), so a 50,000-item world stays linear.
 */
import { lastingJobErrors } from './failures-health';
import type { ItemStatus, ReplicatedItem, ReplicationHealth, World } from './types';

/** The Hyper-V site holding the Hyper-V items (docs/api.md §3). */
export const HYPERV_SITE = 'hv-site-01';

/** The fabric an item lives in: its configuration server, or the Hyper-V site. */
export function itemFabricName(item: ReplicatedItem): string {
  return item.machineType === 'HyperVVM' ? HYPERV_SITE : item.configurationServer;
}

/** providerSpecificDetails.instanceType (docs/api.md §3.1). */
export function itemInstanceType(item: ReplicatedItem): 'InMageAzureV2' | 'InMage' | 'HyperVReplicaAzure' {
  if (item.machineType === 'HyperVVM') return 'HyperVReplicaAzure';
  return item.direction === 'AzureToOnPremises' ? 'InMage' : 'InMageAzureV2';
}

const TEST_FAILOVER: ItemStatus[] = [
  'TestFailoverInProgress',
  'TestFailoverCleanupPending',
  'CleaningUpTestFailover',
];

/** Replicating now: protected (also during a test failover, TF-1). */
export const itemProtectedNow = (item: ReplicatedItem) =>
  item.status === 'Protected' || TEST_FAILOVER.includes(item.status);

/** Protected or re-protecting: the states with a replication health. */
export const itemReplicating = (item: ReplicatedItem) =>
  itemProtectedNow(item) || item.status === 'Reprotecting';

interface WorldIndex {
  latestPoint: Map<string, string>;
}

// Worlds are immutable: an index built once per world (and dropped with it) stays true.
const indexes = new WeakMap<World, WorldIndex>();

function indexOf(world: World): WorldIndex {
  const cached = indexes.get(world);
  if (cached) return cached;
  const latestPoint = new Map<string, string>();
  for (const point of world.recoveryPoints) {
    const seen = latestPoint.get(point.item);
    if (seen === undefined || point.time > seen) latestPoint.set(point.item, point.time);
  }
  const index = { latestPoint };
  indexes.set(world, index);
  return index;
}

/** replicationHealth: None when not replicating, Critical with any health issue, else Normal. */
export function itemHealth(world: World, item: ReplicatedItem): ReplicationHealth {
  if (!itemReplicating(item)) return 'None';
  // HV-7 corruption, or the errors of its latest job while that failure lasts (docs/api.md §5).
  return item.corrupted || lastingJobErrors(world, item).length ? 'Critical' : 'Normal';
}

/** rpoInSeconds: age of the latest recovery point while protected, else 0. */
export function itemRpoSeconds(world: World, item: ReplicatedItem): number {
  if (!itemProtectedNow(item)) return 0;
  const latest = indexOf(world).latestPoint.get(item.name);
  if (!latest) return 0;
  return Math.max(0, Math.round((Date.parse(world.now) - Date.parse(latest)) / 1000));
}
