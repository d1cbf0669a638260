/**
 * ARM list pages on the wire (docs/api.md §2.3): `{ value, nextLink }`, where nextLink is the absolute
 * URL of the same request with `$skipToken` set, as Azure gives it. The paging itself is the
 * simulation's (`listPage`, `listItems`, `listJobs`); this only reads the query and shapes the JSON.
 */
import { HttpResponse } from 'msw';
import { PLAIN, listPage } from '../simulation/api';
import type { ListQuery, Page, Read } from '../simulation/api';
import { simErrorResponse } from './arm-error';
import type { ParsedRequest } from './request';

/**
 * The page token: `$skipToken` as nextLink carries it, or `skipToken`, the name the SDK sends a
 * caller's token under for the vault-wide item list (names case-insensitive).
 */
const skipTokenOf = (req: ParsedRequest) => req.query.get('$skiptoken') ?? req.query.get('skiptoken');

/** `$filter`, `$orderby`, the page token and `maxpagesize` of a request. */
export function listQuery(req: ParsedRequest): ListQuery {
  return {
    filter: req.query.get('$filter'),
    orderBy: req.query.get('$orderby'),
    skipToken: skipTokenOf(req),
    maxPageSize: req.query.get('maxpagesize'),
  };
}

/** The request's own URL with `$skipToken` replaced by the next page's. */
export function nextLink(request: Request, skipToken: string): string {
  const url = new URL(request.url);
  for (const key of [...url.searchParams.keys()])
    if (key.toLowerCase().replace(/^\$/, '') === 'skiptoken') url.searchParams.delete(key);
  url.searchParams.set('$skipToken', skipToken);
  return url.toString();
}

/** A page as ARM answers it, or the simulation's 400 (bad `$filter` / `$orderby` / `$skipToken` / `maxpagesize`). */
export function pageResponse<T>(request: Request, page: Read<Page<T>>, toJson: (row: T) => unknown) {
  if (!page.ok) return simErrorResponse(page.error);
  const { rows, skipToken } = page.value;
  return HttpResponse.json({
    value: rows.map(toJson),
    ...(skipToken ? { nextLink: nextLink(request, skipToken) } : {}),
  });
}

/**
 * A list without `$filter` or `$orderby` (fabrics, containers, providers, policies, plans, recovery
 * points), in pages; like any unknown query parameter, a `$filter` there is ignored (docs/api.md §1).
 */
export function plainList(request: Request, req: ParsedRequest, values: unknown[]) {
  const { skipToken, maxPageSize } = listQuery(req);
  const query = { skipToken, maxPageSize };
  return pageResponse(request, listPage<unknown>(values, query, PLAIN), (v) => v);
}
