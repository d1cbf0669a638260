import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { arm } from './arm-client';
import { armPaths } from './arm-paths';
import { keys } from './query-keys';
import type { ArmResource } from './wire-types';

/** A replication policy's POL-1 settings as ARM carries them (docs/api.md §3.5). */
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

/** The vault's replication policies, the one definition of `keys.policies(vault)`: `ArmPolicy[]`. */
export const policiesQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.policies(vault),
    queryFn: ({ signal }) => arm.list<ArmPolicy>(armPaths.policies(vault), signal).then((list) => list.value),
  });

/** POL-2: the failback policy (InMage) is chosen by the service, shown read-only. */
export const failbackPolicy = (policies: ArmPolicy[]) =>
  policies.find((policy) => policy.properties.providerSpecificDetails.instanceType === 'InMage');

/** The policies, or what `select` makes of them (e.g. `failbackPolicy`). */
export function usePolicies(vault: string): UseQueryResult<ArmPolicy[]>;
export function usePolicies<T>(vault: string, select: (policies: ArmPolicy[]) => T): UseQueryResult<T>;
export function usePolicies<T>(vault: string, select?: (policies: ArmPolicy[]) => T) {
  return useQuery({ ...policiesQuery(vault), select });
}
