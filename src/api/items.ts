import type { OperationName } from '../../contract/operations';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm, jobNameFromLocation } from './arm-client';
import { armPaths, simulatorPaths } from './arm-paths';
import { hasRunningJob } from './item-status';
import { keys } from './query-keys';
import type { ArmItem, ArmList, VaultEligibility } from './wire-types';
import { poll } from './polling';

export const itemsQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.itemList(vault),
    queryFn: ({ signal }) => arm.get<ArmList<ArmItem>>(armPaths.items(vault), signal),
    select: (list) => list.value,
  });

/** Vault-wide items; polls fast (1 s) while a job runs on any of them, else every 5 s. */
export function useItems(vault: string) {
  return useQuery({
    ...itemsQuery(vault),
    refetchInterval: (query) => poll(query.state.data?.value.some(hasRunningJob) ? 1000 : 5000),
  });
}

/** One item found by friendlyName in the vault-wide list (items are addressed by name in routes). */
export function useItem(vault: string, name: string) {
  const query = useItems(vault);
  const item = query.data?.find(
    (candidate) => candidate.properties.friendlyName === name || candidate.name === name,
  );
  return {
    item,
    isLoading: query.isLoading,
    notFound: query.isSuccess && !item,
    error: query.error,
  };
}

export const eligibilityQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.eligibility(vault),
    queryFn: ({ signal }) => arm.get<VaultEligibility>(simulatorPaths.vaultEligibility(vault), signal),
  });

/** Which verbs each item allows now, with rule-cited reasons (docs/api.md §2.2). */
export function useVaultEligibility(vault: string) {
  return useQuery({ ...eligibilityQuery(vault), refetchInterval: () => poll(5000) });
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
