/**
 * ARM lists as Azure serves them (docs/api.md §2.3): OData `$filter`, `$orderby` and pages continued by
 * an opaque `$skipToken`. Pure functions over a World; the HTTP skin only reads the query string and
 * shapes the JSON. Per-item facts the filters and sorts need (health, RPO, fabric, instance type) are
 * computed here once per world through indexes, so a 50,000-item world filters in linear time.
 */
import { invalidParameter } from './errors';
import { lastingJobErrors } from './failures-health';
import { ITEM_STATUSES } from './schema-enums';
import type { Job, ItemStatus, ReplicatedItem, ReplicationHealth, SimError, World } from './types';

/** Rows per page of every ARM list (docs/api.md §2.3). */
export const PAGE_SIZE = 100;

export type Read<T> = { ok: true; value: T } | { ok: false; error: SimError };

// ---------------------------------------------------------------- item facts (ARM names)

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

// ---------------------------------------------------------------- $filter

type Op = 'eq' | 'ne' | 'contains' | 'ge' | 'le';

export interface Predicate {
  field: string;
  op: Op;
  value: string;
}

/** Clauses joined by `and`; each clause is one predicate or a parenthesized `or` of predicates. */
export type Filter = Predicate[][];

export interface FieldSpec<T> {
  ops: readonly Op[];
  test: (row: T, op: Op, value: string) => boolean;
}

export type FieldSpecs<T> = Record<string, FieldSpec<T>>;

const QUOTED = "'((?:[^']|'')*)'";
const COMPARISON = new RegExp(`^([A-Za-z]+)\\s+(eq|ne|ge|le)\\s+${QUOTED}$`, 'i');
const CONTAINS = new RegExp(`^contains\\(\\s*([A-Za-z]+)\\s*,\\s*${QUOTED}\\s*\\)$`, 'i');

/** Split on a keyword (`and` / `or`) outside quotes and parentheses. */
function splitTop(text: string, keyword: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  const word = new RegExp(`^\\s${keyword}\\s`, 'i');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth += 1;
    else if (!quoted && c === ')') depth -= 1;
    else if (!quoted && depth === 0 && word.test(text.slice(i, i + keyword.length + 2))) {
      parts.push(text.slice(start, i));
      start = i + keyword.length + 2;
      i = start - 1;
    }
    if (depth < 0) return null;
  }
  if (quoted || depth !== 0) return null;
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function unwrap(text: string): string {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return t;
  // Only when the outer parentheses enclose the whole text.
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < t.length; i += 1) {
    if (t[i] === "'") quoted = !quoted;
    else if (!quoted && t[i] === '(') depth += 1;
    else if (!quoted && t[i] === ')') {
      depth -= 1;
      if (depth === 0 && i < t.length - 1) return t;
    }
  }
  return t.slice(1, -1).trim();
}

function describe<T>(specs: FieldSpecs<T>): string {
  return Object.entries(specs)
    .map(([name, spec]) =>
      spec.ops
        .map((op) => (op === 'contains' ? `contains(${name},'<text>')` : `${name} ${op} '<value>'`))
        .join(', '),
    )
    .join(', ');
}

/**
 * Parse `$filter` (docs/api.md §2.3): `Field op 'value'` (op: eq, ne, ge, le as the field allows) or
 * `contains(Field,'text')`, joined by `and`, with `or` inside parentheses. Names and values are
 * case-insensitive. Anything else → 400 InvalidParameter, target `$filter`.
 */
export function parseFilter<T>(text: string | undefined, specs: FieldSpecs<T>): Read<Filter> {
  if (text === undefined || text.trim() === '') return { ok: true, value: [] };
  const names = Object.keys(specs);
  const refuse = (part: string): Read<Filter> => ({
    ok: false,
    error: invalidParameter(
      '$filter',
      names.length
        ? `The $filter clause '${part}' is not supported. Supported: ${describe(specs)}.`
        : `This list does not support $filter ('${part}').`,
    ),
  });
  const clauses = splitTop(text.trim(), 'and');
  if (!clauses) return refuse(text.trim());
  const filter: Filter = [];
  for (const clause of clauses) {
    const inner = unwrap(clause);
    const alternatives = inner !== clause ? splitTop(inner, 'or') : [clause];
    if (!alternatives) return refuse(clause);
    const group: Predicate[] = [];
    for (const alternative of alternatives) {
      const text = unwrap(alternative);
      const comparison = COMPARISON.exec(text);
      const contains = comparison ? null : CONTAINS.exec(text);
      const match = comparison ?? contains;
      const field = match ? names.find((n) => n.toLowerCase() === match[1].toLowerCase()) : undefined;
      const op = (comparison ? comparison[2].toLowerCase() : 'contains') as Op;
      if (!match || !field || !specs[field].ops.includes(op)) return refuse(alternative);
      const value = (comparison ? comparison[3] : contains![2]).replace(/''/g, "'");
      group.push({ field, op, value });
    }
    filter.push(group);
  }
  return { ok: true, value: filter };
}

export function applyFilter<T>(rows: readonly T[], filter: Filter, specs: FieldSpecs<T>): T[] {
  if (filter.length === 0) return [...rows];
  return rows.filter((row) =>
    filter.every((group) => group.some((p) => specs[p.field].test(row, p.op, p.value))),
  );
}

// ---------------------------------------------------------------- $orderby

export type Compare<T> = (a: T, b: T) => number;

export interface Order {
  field: string;
  descending: boolean;
}

/** `$orderby=Field [asc|desc]` (one field; docs/api.md §2.3). Unknown field → 400, target `$orderby`. */
export function parseOrder<T>(
  text: string | undefined,
  orders: Record<string, Compare<T>>,
): Read<Order | null> {
  if (text === undefined || text.trim() === '') return { ok: true, value: null };
  const match = /^\s*([A-Za-z]+)(?:\s+(asc|desc))?\s*$/i.exec(text);
  const names = Object.keys(orders);
  const field = match ? names.find((n) => n.toLowerCase() === match[1].toLowerCase()) : undefined;
  if (!match || !field)
    return {
      ok: false,
      error: invalidParameter(
        '$orderby',
        names.length
          ? `The $orderby '${text.trim()}' is not supported. Supported: ${names.map((n) => `${n} [asc|desc]`).join(', ')}.`
          : `This list does not support $orderby ('${text.trim()}').`,
      ),
    };
  return { ok: true, value: { field, descending: (match[2] ?? '').toLowerCase() === 'desc' } };
}

// ---------------------------------------------------------------- $skipToken

/** A short stable hash of the query a token belongs to (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const TOKEN = /^([0-9a-z]+)\.([0-9a-z]+)$/;

function encodeToken(offset: number, query: string): string {
  return `${offset.toString(36)}.${hash(query)}`;
}

function decodeToken(token: string, query: string): number | null {
  const match = TOKEN.exec(token.trim());
  if (!match || match[2] !== hash(query)) return null;
  const offset = parseInt(match[1], 36);
  return Number.isSafeInteger(offset) && offset > 0 ? offset : null;
}

// ---------------------------------------------------------------- pages

export interface ListQuery {
  filter?: string;
  orderBy?: string;
  skipToken?: string;
}

export interface Page<T> {
  rows: T[];
  /** The token of the next page, or null on the last one. */
  skipToken: string | null;
  /** Rows matching the filter, over every page. */
  count: number;
}

export interface ListSpec<T> {
  fields: FieldSpecs<T>;
  orders: Record<string, Compare<T>>;
  /** Tiebreak, and the order when no `$orderby` is given (undefined: the rows' own order). */
  tiebreak?: Compare<T>;
}

/** Filtered and sorted rows, before paging. */
export function selectRows<T>(rows: readonly T[], query: ListQuery, spec: ListSpec<T>): Read<T[]> {
  const filter = parseFilter(query.filter, spec.fields);
  if (!filter.ok) return filter;
  const order = parseOrder(query.orderBy, spec.orders);
  if (!order.ok) return order;
  const selected = applyFilter(rows, filter.value, spec.fields);
  if (order.value) {
    const compare = spec.orders[order.value.field];
    const sign = order.value.descending ? -1 : 1;
    const tiebreak = spec.tiebreak ?? (() => 0);
    selected.sort((a, b) => sign * compare(a, b) || tiebreak(a, b));
  }
  return { ok: true, value: selected };
}

const signatureOf = (query: ListQuery) =>
  `${(query.filter ?? '').trim().toLowerCase()}|${(query.orderBy ?? '').trim().toLowerCase()}`;

/** The row offset a `$skipToken` stands for (0 without one); a token of another query → 400. */
function pageOffset(query: ListQuery): Read<number> {
  if (query.skipToken === undefined) return { ok: true, value: 0 };
  const decoded = decodeToken(query.skipToken, signatureOf(query));
  if (decoded !== null) return { ok: true, value: decoded };
  return {
    ok: false,
    error: invalidParameter(
      '$skipToken',
      `The $skipToken '${query.skipToken}' is not valid for this list and query.`,
    ),
  };
}

/** `pageSize` rows of the selected ones from `offset`, with the next page's token. */
function pageOf<T>(all: readonly T[], offset: number, query: ListQuery, pageSize: number): Page<T> {
  const end = offset + pageSize;
  return {
    rows: all.slice(offset, end),
    skipToken: end < all.length ? encodeToken(end, signatureOf(query)) : null,
    count: all.length,
  };
}

/**
 * One page of a list (docs/api.md §2.3): filter, sort, then `PAGE_SIZE` rows from the token's offset.
 * A token is bound to its query: one from another filter or order, or made up, → 400 InvalidParameter.
 */
export function listPage<T>(
  rows: readonly T[],
  query: ListQuery,
  spec: ListSpec<T>,
  pageSize = PAGE_SIZE,
): Read<Page<T>> {
  const offset = pageOffset(query);
  if (!offset.ok) return offset;
  const selected = selectRows(rows, query, spec);
  if (!selected.ok) return selected;
  return { ok: true, value: pageOf(selected.value, offset.value, query, pageSize) };
}

/** A list with neither `$filter` nor `$orderby` (fabrics, containers, providers, policies, plans). */
export const PLAIN: ListSpec<unknown> = { fields: {}, orders: {} };

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

function ranksOf(items: readonly ReplicatedItem[]): Map<string, number> {
  if (items.every((item) => nameRanks.has(item.name))) return nameRanks;
  const sorted = [...new Set(items.map((item) => item.name))].sort(names.compare);
  const ranks = new Map<string, number>();
  sorted.forEach((name, i) => {
    const previous = sorted[i - 1];
    ranks.set(name, i > 0 && names.compare(previous, name) === 0 ? ranks.get(previous)! : i);
  });
  nameRanks = ranks;
  return ranks;
}

function text(op: Op, actual: string, value: string) {
  if (op === 'contains') return actual.toLowerCase().includes(value.toLowerCase());
  return op === 'ne' ? !sameText(actual, value) : sameText(actual, value);
}

/** The item list's fields and orders; health and RPO read the world. */
export function itemListSpec(world: World): ListSpec<ReplicatedItem> {
  const health = new Map<string, ReplicationHealth>();
  const healthOf = (item: ReplicatedItem) => {
    let h = health.get(item.name);
    if (!h) health.set(item.name, (h = itemHealth(world, item)));
    return h;
  };
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
 * request: a page costs O(page) once its query has been selected.
 */
function selectItems(world: World, query: ListQuery, fabric?: string): Read<ReplicatedItem[]> {
  let cached = selections.get(world);
  if (!cached) selections.set(world, (cached = new Map()));
  const key = `${fabric?.toLowerCase() ?? ''}|${signatureOf(query)}`;
  const hit = cached.get(key);
  if (hit) return hit;
  const rows =
    fabric === undefined ? world.items : world.items.filter((i) => sameText(itemFabricName(i), fabric));
  const selected = selectRows(rows, query, itemListSpec(world));
  if (cached.size >= SELECTIONS_PER_WORLD) cached.delete(cached.keys().next().value!);
  cached.set(key, selected);
  return selected;
}

/** One page of replicated items, vault-wide or of one fabric (docs/api.md §2.3). */
export function listItems(world: World, query: ListQuery, fabric?: string): Read<Page<ReplicatedItem>> {
  const offset = pageOffset(query);
  if (!offset.ok) return offset;
  const selected = selectItems(world, { filter: query.filter, orderBy: query.orderBy }, fabric);
  if (!selected.ok) return selected;
  return { ok: true, value: pageOf(selected.value, offset.value, query, PAGE_SIZE) };
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
    byHealth[itemHealth(world, item)] += 1;
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
