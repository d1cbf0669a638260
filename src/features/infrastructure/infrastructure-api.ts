import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { ArmList, ArmResource } from '../../api/wire-types';

/** api.md §3.4: only the fabric fields these list blades read. */
export interface FabricProcessServer {
  id: string;
  friendlyName: string;
  health?: string;
  lastHeartbeat?: string;
  psServiceStatus?: string;
  machineCount?: string;
}

export interface FabricMasterTarget {
  id: string;
  name: string;
  osType?: string;
  diskCount?: number;
  retentionVolumes?: { volumeName: string; capacityInBytes: number; freeSpaceInBytes: number }[];
  dataStores?: { symbolicName: string; capacity: string; freeSpace: string; type: string }[];
}

export interface FabricProperties {
  friendlyName: string;
  health?: string;
  customDetails?: {
    instanceType: string;
    hostName?: string;
    ipAddress?: string;
    agentVersion?: string;
    lastHeartbeat?: string;
    csServiceStatus?: string;
    runAsAccounts?: { accountId: string; accountName: string }[];
    processServers?: FabricProcessServer[];
    masterTargetServers?: FabricMasterTarget[];
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

/**
 * Refresh server (api.md §2.1 `refreshProvider`, RV-7): discovery runs now, so drives and datastores
 * added in the meantime show at once. The provider of a configuration server is named after it.
 */
export function useRefreshServer(vault: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { operation: true }, // a refusal is a runbook mistake (src/api/query-client.ts)
    mutationFn: ({ fabricId, provider }: { fabricId: string; provider: string }) =>
      arm.post(
        `${fabricId}/replicationRecoveryServicesProviders/${encodeURIComponent(provider)}/refreshProvider`,
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.vault(vault) }),
        client.invalidateQueries({ queryKey: keys.lab }),
        client.invalidateQueries({ queryKey: keys.notifications }),
      ]),
  });
}
