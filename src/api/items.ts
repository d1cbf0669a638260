import type { OperationName } from '../../contract/operations';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { arm, ArmError, jobNameFromLocation, type ArmPage } from './arm-client';
import { armPaths, simulatorPaths } from './arm-paths';
import { hasRunningJob, type HealthKey, type ItemStatusKey } from './item-status';
import { keys } from './query-keys';
import type { ArmItem, VaultEligibility } from './wire-types';
import { poll } from './polling';

/** An OData string literal (docs/api.md §2.3: `''` is a quote inside a value). */
export const odata = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** `path?$filter=…&$orderby=…`, leaving out what is empty. */
function withQuery(path: string, query: Record<string, string>) {
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Rows per grid page (`maxpagesize`, docs/api.md §2.3): a tall screen's view and some more. A filter
 * keystroke waits for the first page, so it asks for what the view shows, not the API's 100 rows.
 */
export const GRID_PAGE_SIZE = 40;

/**
 * The replicated items grid's pages (docs/api.md §2.3): the API filters, sorts and pages; each page
 * brings the nextLink of the following one. Polls fast (1 s) while a job runs on a loaded item.
 */
export const itemPagesQuery = (vault: string, filter: string, orderBy: string) =>
  infiniteQueryOptions({
    queryKey: keys.itemPages(vault, filter, orderBy),
    queryFn: ({ pageParam, signal }) =>
      arm.get<ArmPage<ArmItem>>(
        pageParam ??
          withQuery(armPaths.items(vault), {
            $filter: filter,
            $orderby: orderBy,
            maxpagesize: String(GRID_PAGE_SIZE),
          }),
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextLink ?? null,
  });

export function useItemPages(vault: string, filter: string, orderBy: string) {
  return useInfiniteQuery({
    ...itemPagesQuery(vault, filter, orderBy),
    // A filter keystroke keeps the rows shown until the new first page arrives.
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      poll(query.state.data?.pages.some((page) => page.value.some(hasRunningJob)) ? 1000 : 5000),
  });
}

export interface ItemCounts {
  total: number;
  matching: number;
  byHealth: Record<HealthKey, number>;
  byStatus: Record<ItemStatusKey, number>;
}

/** Item counts by health and status for a `$filter`, without the items (docs/api.md §2.3). */
export const itemCountsQuery = (vault: string, filter: string) =>
  queryOptions({
    queryKey: keys.itemCounts(vault, filter),
    queryFn: ({ signal }) =>
      arm.get<ItemCounts>(withQuery(simulatorPaths.itemCounts(vault), { $filter: filter }), signal),
  });

export function useItemCounts(vault: string, filter = '') {
  return useQuery({
    ...itemCountsQuery(vault, filter),
    placeholderData: keepPreviousData,
    refetchInterval: () => poll(5000),
  });
}

/** The item named `name` (items are addressed by name in routes), found with `$filter`; null if none. */
export const itemLookupQuery = (vault: string, name: string) =>
  queryOptions({
    queryKey: keys.itemLookup(vault, name),
    queryFn: async ({ signal }) => {
      const path = withQuery(armPaths.items(vault), { $filter: `FriendlyName eq ${odata(name)}` });
      const page = await arm.get<ArmPage<ArmItem>>(path, signal);
      return page.value.find((item) => item.properties.friendlyName === name || item.name === name) ?? null;
    },
  });

/** One item by its ARM id: `GET {I}` (docs/api.md §2.1). */
export const itemQuery = (vault: string, id: string) =>
  queryOptions({
    queryKey: keys.item(vault, id),
    queryFn: ({ signal }) => arm.get<ArmItem>(id, signal),
    retry: (count, error) => !(error instanceof ArmError && error.status === 404) && count < 3,
  });

/**
 * One item by name: its id from the lookup, then `GET {I}`, polled fast (1 s) while a job runs on
 * it, else every 5 s. Never the vault-wide list.
 */
export function useItem(vault: string, name: string) {
  const lookup = useQuery(itemLookupQuery(vault, name));
  const id = lookup.data?.id ?? '';
  const one = useQuery({
    ...itemQuery(vault, id),
    enabled: id !== '',
    refetchInterval: (query) => poll(query.state.data && hasRunningJob(query.state.data) ? 1000 : 5000),
  });
  const gone = one.error instanceof ArmError && one.error.status === 404;
  const item = gone ? undefined : (one.data ?? lookup.data ?? undefined);
  return {
    item,
    isLoading: lookup.isLoading,
    notFound: (lookup.isSuccess && lookup.data === null) || gone,
    error: lookup.error ?? (gone ? null : one.error),
  };
}

/** The items of one recovery plan (`RecoveryPlanName eq`), or of every plan (`*`). */
export const planItemsQuery = (vault: string, plan: string) =>
  queryOptions({
    queryKey: keys.planItems(vault, plan),
    queryFn: ({ signal }) =>
      arm
        .list<ArmItem>(
          withQuery(armPaths.items(vault), {
            $filter: plan === '*' ? "RecoveryPlanName ne ''" : `RecoveryPlanName eq ${odata(plan)}`,
          }),
          signal,
        )
        .then((list) => list.value),
  });

export function usePlanItemList(vault: string, plan: string) {
  return useQuery({
    ...planItemsQuery(vault, plan),
    refetchInterval: (query) => poll(query.state.data?.some(hasRunningJob) ? 1000 : 5000),
  });
}

/** Which verbs one item allows now, with rule-cited reasons (docs/api.md §2.2, `$filter` §2.3). */
export const eligibilityQuery = (vault: string, name: string) =>
  queryOptions({
    queryKey: keys.eligibility(vault, name),
    queryFn: ({ signal }) =>
      arm.get<VaultEligibility>(
        withQuery(simulatorPaths.vaultEligibility(vault), { $filter: `FriendlyName eq ${odata(name)}` }),
        signal,
      ),
  });

export function useItemEligibility(vault: string, name: string, enabled = true) {
  return useQuery({ ...eligibilityQuery(vault, name), enabled, refetchInterval: () => poll(5000) });
}

export type { OperationName };

/** The eligibility of one operation for one item (entries carry the item's ARM id and its name). */
export function operationEligibility(
  eligibility: VaultEligibility | undefined,
  itemName: string,
  operation: OperationName,
) {
  const lower = itemName.toLowerCase();
  const entry = eligibility?.value.find(
    (candidate) =>
      candidate.name?.toLowerCase() === lower ||
      candidate.itemId.toLowerCase() === lower ||
      candidate.itemId.toLowerCase().endsWith(`/replicationprotecteditems/${lower}`),
  );
  return entry?.operations[operation];
}

/** POSTs an action, reads the job from the 202 Location (docs/api.md §4), refreshes the vault. */
export function useStartOperation(vault: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { operation: true }, // a refusal is a runbook mistake (src/api/query-client.ts)
    mutationFn: async ({ path, body }: { path: string; body: unknown }) => {
      const response = await arm.post(path, body);
      return { jobName: jobNameFromLocation(response.headers) };
    },
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.vault(vault) }),
        client.invalidateQueries({ queryKey: keys.notifications }),
      ]),
  });
}
