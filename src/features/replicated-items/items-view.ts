import { itemStatus, itemStatusKeys, type ItemStatusKey } from '../../api/item-status';
import type { ArmItem } from '../../api/wire-types';

export type ColumnKey = 'name' | 'health' | 'status' | 'location' | 'rpo';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: ColumnKey;
  direction: SortDirection;
}

export type HealthKey = ArmItem['properties']['replicationHealth'];
export const healthKeys: HealthKey[] = ['Normal', 'Warning', 'Critical', 'None'];

export interface ItemFilters {
  text: string;
  health: HealthKey[];
  status: ItemStatusKey[];
}

const healthRank: Record<HealthKey, number> = { Critical: 0, Warning: 1, Normal: 2, None: 3 };
const statusRank = Object.fromEntries(itemStatusKeys.map((key, index) => [key, index])) as Record<
  ItemStatusKey,
  number
>;

const compareBy: Record<ColumnKey, (a: ArmItem, b: ArmItem) => number> = {
  name: (a, b) =>
    a.properties.friendlyName.localeCompare(b.properties.friendlyName, undefined, { numeric: true }),
  health: (a, b) => healthRank[a.properties.replicationHealth] - healthRank[b.properties.replicationHealth],
  status: (a, b) => statusRank[itemStatus(a)] - statusRank[itemStatus(b)],
  location: (a, b) => a.properties.activeLocation.localeCompare(b.properties.activeLocation),
  rpo: (a, b) => rpoOf(a) - rpoOf(b),
};

/** Items without an RPO (not replicating) sort after every measured one. */
const rpoOf = (item: ArmItem) =>
  itemStatus(item) === 'Protected'
    ? (item.properties.providerSpecificDetails.rpoInSeconds ?? Number.POSITIVE_INFINITY)
    : Number.POSITIVE_INFINITY;

/** The grid's rows: filtered by name text, health and status pills, then sorted (stable, name as tiebreak). */
export function viewItems(items: ArmItem[], filters: ItemFilters, sort: SortState): ArmItem[] {
  const text = filters.text.trim().toLowerCase();
  const rows = items.filter(
    (item) =>
      (!text || item.properties.friendlyName.toLowerCase().includes(text)) &&
      (filters.health.length === 0 || filters.health.includes(item.properties.replicationHealth)) &&
      (filters.status.length === 0 || filters.status.includes(itemStatus(item))),
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => sign * compareBy[sort.column](a, b) || compareBy.name(a, b));
}

/** RPO as the portal shows it (seconds, minutes or hours), or null when there is none. */
export function rpoParts(item: ArmItem): { unit: 'seconds' | 'minutes' | 'hours'; count: number } | null {
  // RPO only means something while the item replicates (not after failover or commit).
  if (itemStatus(item) !== 'Protected') return null;
  const seconds = item.properties.providerSpecificDetails.rpoInSeconds;
  if (seconds === undefined || seconds === null) return null;
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  if (seconds < 3600) return { unit: 'minutes', count: Math.round(seconds / 60) };
  return { unit: 'hours', count: Math.round(seconds / 360) / 10 };
}
