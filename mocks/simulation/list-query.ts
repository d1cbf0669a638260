/**
 * ARM list queries over any rows, as Azure serves them (docs/api.md §2.3): OData `$filter` and
 * `$orderby` checked against a list's fields and orders, and pages continued by an opaque
 * `$skipToken` bound to its query. Pure functions; listing.ts gives the items' and jobs' fields.
 */
import { invalidParameter } from './errors';
import type { SimError } from './types';

/** Rows per page of every ARM list, and the most a `maxpagesize` may ask for (docs/api.md §2.3). */
export const PAGE_SIZE = 100;

export type Read<T> = { ok: true; value: T } | { ok: false; error: SimError };

// ---------------------------------------------------------------- $filter

export type Op = 'eq' | 'ne' | 'contains' | 'ge' | 'le';

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
  /** `maxpagesize`, as the query string gives it (Azure REST API guidelines): rows per page. */
  maxPageSize?: string;
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

/** What a `$skipToken` is bound to: the query's `$filter` and `$orderby`, case and spaces aside. */
export const signatureOf = (query: ListQuery) =>
  `${(query.filter ?? '').trim().toLowerCase()}|${(query.orderBy ?? '').trim().toLowerCase()}`;

/** The row offset a `$skipToken` stands for (0 without one); a token of another query → 400. */
export function pageOffset(query: ListQuery): Read<number> {
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

/**
 * Rows per page: `maxpagesize` (a whole number from 1; more than `max` gets `max`, as the Azure REST
 * API guidelines let a service cap it), else `max`. Anything else → 400 InvalidParameter.
 */
export function pageSizeOf(query: ListQuery, max = PAGE_SIZE): Read<number> {
  const text = query.maxPageSize;
  if (text === undefined) return { ok: true, value: max };
  const size = /^\s*\d{1,9}\s*$/.test(text) ? Number(text) : NaN;
  if (size >= 1) return { ok: true, value: Math.min(size, max) };
  return {
    ok: false,
    error: invalidParameter(
      'maxpagesize',
      `The maxpagesize '${text.trim()}' is not valid: give a whole number of rows from 1 (at most ${max} are sent per page).`,
    ),
  };
}

/** `pageSize` rows of the selected ones from `offset`, with the next page's token. */
export function pageOf<T>(all: readonly T[], offset: number, query: ListQuery, pageSize: number): Page<T> {
  const end = offset + pageSize;
  return {
    rows: all.slice(offset, end),
    skipToken: end < all.length ? encodeToken(end, signatureOf(query)) : null,
    count: all.length,
  };
}

/**
 * The page `query` asks for of the rows `select` gives (filtered and sorted): the token's offset and
 * `maxpagesize` are checked first, so a bad one is refused without selecting anything.
 */
export function pageFrom<T>(
  query: ListQuery,
  select: () => Read<readonly T[]>,
  max = PAGE_SIZE,
): Read<Page<T>> {
  const offset = pageOffset(query);
  if (!offset.ok) return offset;
  const size = pageSizeOf(query, max);
  if (!size.ok) return size;
  const selected = select();
  if (!selected.ok) return selected;
  return { ok: true, value: pageOf(selected.value, offset.value, query, size.value) };
}

/**
 * One page of a list (docs/api.md §2.3): filter, sort, then a page of rows (`PAGE_SIZE`, or fewer
 * with `maxpagesize`) from the token's offset.
 * A token is bound to its query: one from another filter or order, or made up, → 400 InvalidParameter.
 */
export function listPage<T>(
  rows: readonly T[],
  query: ListQuery,
  spec: ListSpec<T>,
  pageSize = PAGE_SIZE,
): Read<Page<T>> {
  return pageFrom(query, () => selectRows(rows, query, spec), pageSize);
}

/** A list with neither `$filter` nor `$orderby` (fabrics, containers, providers, policies, plans). */
export const PLAIN: ListSpec<unknown> = { fields: {}, orders: {} };
