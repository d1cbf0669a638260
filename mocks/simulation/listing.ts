/**
 * The ARM lists of replicated items and jobs (docs/api.md §2.1, §2.3): their `$filter` fields and
 * `$orderby` orders over the item facts (item-facts.ts), the selections kept per world, their pages
 * (list-query.ts) and the item counts by health and status. Pure functions over a World; the HTTP
 * skin only reads the query string and shapes the JSON.
 */
import { itemFabricName, itemHealth, itemInstanceType, itemProtectedNow, itemRpoSeconds } from './item-facts';
import {
  type Compare,
  type ListQuery,
  type ListSpec,
  type Op,
  type Page,
  type Read,
  listPage,
  pageFrom,
  selectRows,
  signatureOf,
} from './list-query';
import { ITEM_STATUSES } from './schema-enums';
import type { ItemStatus, Job, ReplicatedItem, ReplicationHealth, World } from './types';

// ---------------------------------------------------------------- replicated items

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const lastSegment = (value: string) => value.split('/').filter(Boolean).pop() ?? value;

const HEALTH_RANK: Record<ReplicationHealth, number> = { Critical: 0, Warning: 1, Normal: 2, None: 3 };
/** docs/ui-names.md §3: the status order of the grid is the order of the one list of statuses. */
export { ITEM_STATUSES };
export const HEALTHS: readonly ReplicationHealth[] = ['Normal', 'Warning', 'Critical', 'None'];

const names = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Each item name's place in the collation order (names equal to the collator share one). Comparing
 * two names through the collator costs about a microsecond, and sorting 50,000 items takes ~800,000
 * comparisons: ranks turn each into two map reads. Built once and kept while every name of the
 * world has one (ranks of a superset order a subset the same); a new name rebuilds them.
 */
let nameRanks = new Map<string, number>();
/** Item lists (immutable, shared by the worlds that did not change the items) the ranks cover. */
let rankedLists = new WeakSet<readonly ReplicatedItem[]>();

function ranksOf(items: readonly ReplicatedItem[]): Map<string, number> {
  if (rankedLists.has(items)) return nameRanks;
  if (items.every((item) => nameRanks.has(item.name))) {
    rankedLists.add(items);
    return nameRanks;
  }
  const sorted = [...new Set(items.map((item) => item.name))].sort(names.compare);
  const ranks = new Map<string, number>();
  sorted.forEach((name, i) => {
    const previous = sorted[i - 1];
    ranks.set(name, i > 0 && names.compare(previous, name) === 0 ? ranks.get(previous)! : i);
  });
  nameRanks = ranks;
  rankedLists = new WeakSet([items]);
  return ranks;
}

function text(op: Op, actual: string, value: string) {
  if (op === 'contains') return actual.toLowerCase().includes(value.toLowerCase());
  return op === 'ne' ? !sameText(actual, value) : sameText(actual, value);
}

/** Each item's health, kept per world (worlds are immutable): filters, sorts and counts share it. */
const healths = new WeakMap<World, Map<string, ReplicationHealth>>();

function healthIn(world: World, item: ReplicatedItem): ReplicationHealth {
  let known = healths.get(world);
  if (!known) healths.set(world, (known = new Map()));
  let health = known.get(item.name);
  if (!health) known.set(item.name, (health = itemHealth(world, item)));
  return health;
}

/** The item list's fields and orders; health and RPO read the world. */
export function itemListSpec(world: World): ListSpec<ReplicatedItem> {
  const healthOf = (item: ReplicatedItem) => healthIn(world, item);
  /** Items without an RPO (not replicating) sort after every measured one. */
  const rpoOf = (item: ReplicatedItem) =>
    itemProtectedNow(item) ? itemRpoSeconds(world, item) : Number.POSITIVE_INFINITY;
  const rank = ranksOf(world.items);
  const byName: Compare<ReplicatedItem> = (a, b) => rank.get(a.name)! - rank.get(b.name)!;
  const eq = ['eq', 'ne'] as const;
  return {
    fields: {
      FriendlyName: { ops: ['eq', 'ne', 'contains'], test: (i, op, v) => text(op, i.name, v) },
      SourceFabricName: { ops: eq, test: (i, op, v) => text(op, itemFabricName(i), v) },
      RecoveryPlanName: { ops: eq, test: (i, op, v) => text(op, i.recoveryPlan ?? '', v) },
      InstanceType: { ops: eq, test: (i, op, v) => text(op, itemInstanceType(i), v) },
      ProcessServerId: { ops: eq, test: (i, op, v) => text(op, i.processServer ?? '', lastSegment(v)) },
      ReplicationHealth: { ops: eq, test: (i, op, v) => text(op, healthOf(i), v) },
      // Simulator extension: the docs/ui-names.md §3 status of the grid.
      Status: { ops: eq, test: (i, op, v) => text(op, i.status, v) },
    },
    orders: {
      FriendlyName: byName,
      ReplicationHealth: (a, b) => HEALTH_RANK[healthOf(a)] - HEALTH_RANK[healthOf(b)],
      Status: (a, b) => ITEM_STATUSES.indexOf(a.status) - ITEM_STATUSES.indexOf(b.status),
      ActiveLocation: (a, b) => (a.activeSite === b.activeSite ? 0 : a.activeSite === 'OnPremises' ? -1 : 1),
      Rpo: (a, b) => {
        const x = rpoOf(a);
        const y = rpoOf(b);
        return x === y ? 0 : x < y ? -1 : 1;
      },
    },
    tiebreak: byName,
  };
}

/** Selections kept per world (worlds are immutable), by fabric, `$filter` and `$orderby`; a few each. */
const selections = new WeakMap<World, Map<string, Read<ReplicatedItem[]>>>();
const SELECTIONS_PER_WORLD = 8;

/**
 * The items of the vault (or of one fabric) matching `$filter`, in `$orderby` order. A page and the
 * pages after it, the counts and the polls of one unchanged world filter and sort once, not per
 * request: a page costs O(page) once its query has been selected. An ordered selection sorts the
 * unordered one of its filter, which the counts of that filter read too: one pass over the items.
 */
function selectItems(world: World, query: ListQuery, fabric?: string): Read<ReplicatedItem[]> {
  let cached = selections.get(world);
  if (!cached) selections.set(world, (cached = new Map()));
  const key = `${fabric?.toLowerCase() ?? ''}|${signatureOf(query)}`;
  const hit = cached.get(key);
  if (hit) return hit;
  let selected: Read<ReplicatedItem[]>;
  if ((query.orderBy ?? '').trim() !== '') {
    const filtered = selectItems(world, { filter: query.filter }, fabric);
    selected = filtered.ok
      ? selectRows(filtered.value, { orderBy: query.orderBy }, itemListSpec(world))
      : filtered;
  } else {
    const rows =
      fabric === undefined ? world.items : world.items.filter((i) => sameText(itemFabricName(i), fabric));
    selected = selectRows(rows, query, itemListSpec(world));
  }
  if (cached.size >= SELECTIONS_PER_WORLD) cached.delete(cached.keys().next().value!);
  cached.set(key, selected);
  return selected;
}

/** One page of replicated items, vault-wide or of one fabric (docs/api.md §2.3). */
export function listItems(world: World, query: ListQuery, fabric?: string): Read<Page<ReplicatedItem>> {
  return pageFrom(query, () => selectItems(world, { filter: query.filter, orderBy: query.orderBy }, fabric));
}

export interface ItemCounts {
  /** Items in the vault. */
  total: number;
  /** Items matching the filter. */
  matching: number;
  byHealth: Record<ReplicationHealth, number>;
  byStatus: Record<ItemStatus, number>;
}

/** Counts of the items matching `$filter` by health and status, without listing them (docs/api.md §2.3). */
export function itemCounts(world: World, filter: string | undefined): Read<ItemCounts> {
  const selected = selectItems(world, { filter });
  if (!selected.ok) return selected;
  const byHealth = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<ReplicationHealth, number>;
  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  for (const item of selected.value) {
    byHealth[healthIn(world, item)] += 1;
    byStatus[item.status] += 1;
  }
  return {
    ok: true,
    value: { total: world.items.length, matching: selected.value.length, byHealth, byStatus },
  };
}

// ---------------------------------------------------------------- jobs

/** The job list's fields (docs/api.md §2.1); newest first. */
export function jobListSpec(world: World): ListSpec<Job> {
  const fabricOf = (job: Job) => {
    const item = job.item ? world.items.find((i) => sameText(i.name, job.item!)) : undefined;
    return item ? itemFabricName(item) : null;
  };
  return {
    fields: {
      jobStatus: { ops: ['eq', 'ne'], test: (j, op, v) => text(op, j.state, v) },
      affectedObjectTypes: {
        ops: ['eq'],
        test: (j, _op, v) => v === '' || sameText(j.item ? 'ProtectionEntity' : 'Server', v),
      },
      fabricId: {
        ops: ['eq'],
        test: (j, _op, v) => {
          const fabric = fabricOf(j);
          return fabric !== null && sameText(fabric, lastSegment(v));
        },
      },
      // Inferred (docs/api.md §2.1): startTime = started at or after, endTime = ended at or before.
      startTime: { ops: ['eq', 'ge'], test: (j, _op, v) => Date.parse(j.startTime) >= Date.parse(v) },
      endTime: {
        ops: ['eq', 'le'],
        test: (j, _op, v) => j.endTime !== null && Date.parse(j.endTime) <= Date.parse(v),
      },
    },
    orders: {},
  };
}

/** One page of jobs, newest first (docs/api.md §2.1, §2.3). */
export function listJobs(world: World, query: ListQuery): Read<Page<Job>> {
  const newestFirst = [...world.jobs].sort((a, b) =>
    a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : 0,
  );
  return listPage(newestFirst, query, jobListSpec(world));
}
