import { useQuery } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { ArmList, ArmResource } from '../../api/wire-types';

/** api.md §3.4: only the fabric fields these list blades read. */
export interface FabricProperties {
  friendlyName: string;
  health?: string;
  customDetails?: {
    instanceType: string;
    hostName?: string;
    lastHeartbeat?: string;
    processServers?: { id: string; friendlyName: string; health?: string }[];
    masterTargetServers?: { id: string; name: string; osType?: string }[];
  };
}

/** api.md §3.5 (POL-1). */
export interface PolicyProperties {
  friendlyName: string;
  providerSpecificDetails: {
    instanceType: string;
    recoveryPointThresholdInMinutes?: number;
    recoveryPointHistory?: number;
    appConsistentFrequencyInMinutes?: number;
  };
}

export const useFabrics = (vault: string) =>
  useQuery({
    queryKey: keys.fabrics(vault),
    queryFn: ({ signal }) =>
      arm
        .get<ArmList<ArmResource<FabricProperties>>>(armPaths.fabrics(vault), signal)
        .then((list) => list.value),
  });

export const usePolicies = (vault: string) =>
  useQuery({
    queryKey: keys.policies(vault),
    queryFn: ({ signal }) =>
      arm
        .get<ArmList<ArmResource<PolicyProperties>>>(armPaths.policies(vault), signal)
        .then((list) => list.value),
  });
