import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { keys } from './query-keys';
import type { ArmItem, ItemFieldEligibility } from './wire-types';

/**
 * The Test failover fields of an item (docs/api.md §2.2 `{S}{I}/eligibility?operation=testFailover`):
 * the Azure virtual networks, the isolated test network as default (TF-1, TF-4).
 */
export const testFailoverFieldsQuery = (vault: string, item: ArmItem) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- in a vault the name identifies the item; its id follows from it
  queryOptions({
    queryKey: keys.itemFields(vault, item.name, 'testFailover'),
    queryFn: ({ signal }) =>
      arm.get<ItemFieldEligibility>(simulatorPaths.itemEligibility(item.id, 'testFailover'), signal),
  });

export function useTestFailoverFields(vault: string, item: ArmItem | undefined) {
  return useQuery({
    ...testFailoverFieldsQuery(vault, item ?? ({ id: '', name: '' } as ArmItem)),
    enabled: Boolean(item),
  });
}

/** TF-1: the ARM id of an Azure virtual network of the item's subscription and resource group. */
export function virtualNetworkId(itemId: string, network: string): string {
  const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//i.exec(itemId);
  const [sub, rg] = match ? [match[1], match[2]] : ['', ''];
  return `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/${encodeURIComponent(network)}`;
}

/** TF-1: the TestFailoverInput of an item (docs/api.md §3.2 shapes; Latest = no recoveryPointId). */
export function testFailoverBody(item: ArmItem, networkId: string, recoveryPointId: string | null) {
  const instanceType =
    item.properties.providerSpecificDetails.instanceType === 'HyperVReplicaAzure'
      ? 'HyperVReplicaAzure'
      : 'InMageAzureV2';
  return {
    properties: {
      failoverDirection: 'PrimaryToRecovery',
      networkType: 'VmNetworkAsInput',
      networkId,
      providerSpecificDetails: { instanceType, ...(recoveryPointId ? { recoveryPointId } : {}) },
    },
  };
}
