import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from './arm-client';
import { armPaths } from './arm-paths';
import { keys } from './query-keys';
import type { ArmResource } from './wire-types';

/** docs/api.md §3.4: only the fabric fields these list blades read. */
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

/** The vault's fabrics, the one definition of `keys.fabrics(vault)`: the bare list. */
export const fabricsQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.fabrics(vault),
    queryFn: ({ signal }) =>
      arm.list<ArmResource<FabricProperties>>(armPaths.fabrics(vault), signal).then((list) => list.value),
  });

export const useFabrics = (vault: string) => useQuery(fabricsQuery(vault));
