import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { keys } from './query-keys';

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
 * The `{S}/lab` environment document (docs/api.md §2.2), keyed by component name. Every field is
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

/** The `{S}/lab` document, the one definition of `keys.lab` (the Lab and the infrastructure blades). */
export const labQuery = () =>
  queryOptions({
    queryKey: keys.lab,
    queryFn: ({ signal }) => arm.get<LabDocument>(simulatorPaths.lab, signal),
  });

export const useLab = () => useQuery(labQuery());
