import { itemStatus, type ItemStatusKey } from '../../api/item-status';
import { odata } from '../../api/items';
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

/** The API's `$orderby` field per column (docs/api.md §2.3); ties go by name on the API. */
const ORDER_FIELD: Record<ColumnKey, string> = {
  name: 'FriendlyName',
  health: 'ReplicationHealth',
  status: 'Status',
  location: 'ActiveLocation',
  rpo: 'Rpo',
};

/** `$orderby` for the grid's sort. */
export const orderByOf = (sort: SortState) =>
  `${ORDER_FIELD[sort.column]}${sort.direction === 'descending' ? ' desc' : ''}`;

const anyOf = (field: string, values: string[]) =>
  values.length === 1
    ? `${field} eq ${odata(values[0])}`
    : `(${values.map((v) => `${field} eq ${odata(v)}`).join(' or ')})`;

/** `$filter` for the grid's name text and health / status pills (docs/api.md §2.3). */
export function filterOf(filters: ItemFilters): string {
  const text = filters.text.trim();
  return [
    text ? `contains(FriendlyName,${odata(text)})` : '',
    filters.health.length ? anyOf('ReplicationHealth', filters.health) : '',
    filters.status.length ? anyOf('Status', filters.status) : '',
  ]
    .filter(Boolean)
    .join(' and ');
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
