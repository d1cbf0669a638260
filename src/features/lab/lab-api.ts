import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { simulatorPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';

/** A master target's volume in the Lab (`masterTargets.{mt}.volumes.{name}`, null removes it). */
export interface LabVolume {
  fileSystem?: 'NTFS' | 'ReFS' | 'FAT' | 'FAT32' | 'ext4' | 'xfs';
  capacityGB?: number;
  cache?: boolean;
  usage?: 'None' | 'ReplicationTarget';
  locked?: boolean;
  addedAt?: string;
}

export interface LabMasterTarget {
  snapshots?: boolean;
  diskUuidClash?: boolean;
  attachedDisks?: number;
  storageVMotioned?: boolean;
  vmwareTools?: boolean;
  scsiController?: 'LSILogic' | 'Paravirtual';
  diskEnableUuid?: boolean;
  os?: 'Windows' | 'Linux';
  osName?: string;
  host?: string;
  volumes?: Record<string, LabVolume | null>;
}

/**
 * The `{S}/lab` environment document (api.md §2.2), keyed by component name. Every field is
 * optional: a control is shown only when the backend's document carries its field.
 */
export interface LabDocument {
  network?: { vpnConnected?: boolean; expressRoutePrivatePeering?: boolean };
  vcenter?: { account?: 'Administrator' | 'ReadOnly'; alternateDiscovered?: boolean };
  hyperV?: { hostConnected?: boolean };
  configurationServers?: Record<string, { connected?: boolean; ipAddress?: string; lastDiscovery?: string }>;
  processServers?: Record<
    string,
    {
      heartbeat?: boolean;
      configurationServer?: string;
      location?: 'OnPremises' | 'Azure';
      deploymentModel?: 'Classic' | 'ResourceManager' | null;
    }
  >;
  masterTargets?: Record<string, LabMasterTarget>;
  esxiHosts?: Record<
    string,
    {
      licence?: 'Licensed' | 'Free55' | 'Free6';
      vcenter?: string;
      enoughMemory?: boolean;
      isolatedVms?: string[];
    }
  >;
  datastores?: Record<
    string,
    {
      host?: string;
      type?: 'VMFS' | 'vSAN' | 'NFS';
      capacityGB?: number;
      freeGB?: number;
      accessible?: boolean;
      mountedOnHosts?: string[];
    } | null
  >;
  virtualMachines?: Record<
    string,
    {
      azureVmExists?: boolean;
      azureVmRunning?: boolean;
      azureAgentServiceRunning?: boolean;
      onPremisesVmExists?: boolean;
      /** END-2 */
      azureVmMoved?: boolean;
      azureVmDeleted?: boolean;
      /** TF-1, TF-4: the test VM `{vm}-test`. */
      testVmExists?: boolean;
      testVmNetwork?: string | null;
      onPremisesVmPoweredOn?: boolean;
      onPremisesVmHost?: string | null;
      onPremisesVmDatastore?: string | null;
      inCsDatabase?: boolean;
      azureDeploymentModel?: 'ResourceManager' | 'Classic';
    }
  >;
}

export interface ScenarioInfo {
  id: string;
  title: string;
}

export const labQuery = () =>
  queryOptions({
    queryKey: keys.lab,
    queryFn: ({ signal }) => arm.get<LabDocument>(simulatorPaths.lab, signal),
  });

export const useLab = () => useQuery(labQuery());

export const scenariosQuery = () =>
  queryOptions({
    queryKey: keys.scenarios,
    queryFn: ({ signal }) =>
      arm.get<{ value: ScenarioInfo[] }>(simulatorPaths.scenarios, signal).then((r) => r.value ?? []),
    staleTime: Infinity,
  });

export const useScenarios = () => useQuery(scenariosQuery());

/**
 * A Lab change can alter any resource (a VPN drop fails re-protect, RP-4; a VM boot restarts the
 * LIFE-11 window): after it, every query of every blade is stale.
 */
export function usePatchLab() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: LabDocument) => arm.patch<LabDocument>(simulatorPaths.lab, patch),
    onSuccess: (doc) => client.setQueryData(keys.lab, doc),
    onSettled: () => client.invalidateQueries(),
  });
}

export function useLoadScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => arm.post(simulatorPaths.loadScenario(id)),
    onSettled: () => client.invalidateQueries(),
  });
}

/** Import replaces the world; an invalid document is a 400 InvalidScenario and changes nothing. */
export function useImportScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) => arm.put<unknown>(simulatorPaths.scenario, document),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const exportScenario = () => arm.get<unknown>(simulatorPaths.scenario);

/** Saves JSON as a file through a temporary object URL (the portal has no server to download from). */
export function downloadJson(document: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = window.document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
