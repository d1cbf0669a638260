import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths, simulatorPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { ArmItem, ArmList, ArmResource, ItemFieldEligibility } from '../../api/wire-types';

/** The failback policy's POL-1 settings as ARM carries them (api.md §3.5). */
export interface PolicyProperties {
  friendlyName: string;
  providerSpecificDetails: {
    instanceType: string;
    recoveryPointThresholdInMinutes?: number;
    recoveryPointHistory?: number;
    appConsistentFrequencyInMinutes?: number;
  };
}
export type ArmPolicy = ArmResource<PolicyProperties>;

/**
 * The form's fields for one operation (api.md §2.2 `{S}{I}/eligibility`): options, the excluded
 * ones with their rule, the default. With a master target, also its datastores and volumes.
 */
export const fieldEligibilityQuery = (
  vault: string,
  item: ArmItem,
  operation: string,
  masterTarget?: string,
) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- in a vault the name identifies the item; its id follows from it
  queryOptions({
    queryKey: keys.itemFields(vault, item.name, operation, masterTarget),
    queryFn: ({ signal }) =>
      arm.get<ItemFieldEligibility>(simulatorPaths.itemEligibility(item.id, operation, masterTarget), signal),
  });

export function useFieldEligibility(
  vault: string,
  item: ArmItem,
  operation: string,
  masterTarget?: string,
  enabled = true,
) {
  return useQuery({ ...fieldEligibilityQuery(vault, item, operation, masterTarget), enabled });
}

export const policiesQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.policies(vault),
    queryFn: ({ signal }) => arm.get<ArmList<ArmPolicy>>(armPaths.policies(vault), signal),
    select: (list) => list.value,
  });

export function usePolicies(vault: string) {
  return useQuery(policiesQuery(vault));
}
