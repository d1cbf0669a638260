import type { Iso, OsFamily, Site } from './types';

/** The on-premises and Azure infrastructure of the world (CS, PS, MT, ESXi, datastores, volumes). */

export interface Environment {
  /** RP-4: site-to-site VPN between the Azure network and on-premises. */
  vpnConnected: boolean;
  /** RP-4, PS-1: ExpressRoute private peering (also satisfies RP-4). */
  expressRoutePrivatePeering: boolean;
  /** DS-4: the vCenter account the CS discovers with. */
  vcenterAccount: 'Administrator' | 'ReadOnly';
  /** DS-5: an alternate vCenter and its MT have been discovered. */
  alternateVcenterDiscovered: boolean;
  /** HV-2: primary VMM / Hyper-V host connected. */
  hyperVHostConnected: boolean;
}

export interface ConfigurationServer {
  name: string;
  /** RP-2: CS running and connected. */
  connected: boolean;
  agentVersion: string;
  ipAddress: string;
  /** Last discovery pass: facts added after it (drives, datastores) are not visible yet (RV-7). */
  lastDiscovery: Iso;
}

export interface ProcessServer {
  name: string;
  configurationServer: string;
  location: Site;
  /** PS-4: deployment model of an Azure PS; on-premises PS: null. */
  deploymentModel: 'Classic' | 'ResourceManager' | null;
  /** PS-2: heartbeat to the CS on port 443. */
  heartbeat: boolean;
  ipAddress: string;
  /**
   * PS-3 (§14): the Azure network an Azure PS was deployed on: only machines that failed over to
   * that network may use it; absent/null = on-premises, or not known (no restriction).
   */
  network?: string | null;
  /** When it appears under the CS (PS-3: 10–15 min after its job); null = visible. */
  visibleFrom: Iso | null;
}

export interface EsxiHost {
  name: string;
  vcenter: string;
  /** RP-6: a free ESXi 5.5 / vSphere 6 Hypervisor licence makes failback fail. */
  licence: 'Licensed' | 'Free55' | 'Free6';
  /** 8038: the host can bring a VM up (enough memory provisioned); absent = true. */
  enoughMemory?: boolean;
  /** 78052: names of other (isolated) VMs on the host; one named like the item fails reprotect. */
  isolatedVms?: string[];
}

export interface Datastore {
  name: string;
  host: string;
  type: 'VMFS' | 'vSAN' | 'NFS';
  capacityGB: number;
  freeGB: number;
  /** When it was added to the host; discovery shows it only from the next discovery (RV-7 / DS). */
  addedAt: Iso;
  /** DS-6 / 8061: accessible from its ESXi host; absent = true. */
  accessible?: boolean;
  /** LIFE-10: ESXi hosts it is mounted on read/write; absent = [host]. */
  mountedOnHosts?: string[];
}

export interface MasterTarget {
  name: string;
  configurationServer: string;
  os: OsFamily;
  osName: string;
  host: string;
  ipAddress: string;
  /** MT-3 / RP-2 facts: violations fail the job, not the form. */
  snapshots: boolean;
  diskUuidClash: boolean;
  attachedDisks: number;
  storageVMotioned: boolean;
  vmwareTools: boolean;
  scsiController: 'LSILogic' | 'Paravirtual';
  diskEnableUuid: boolean;
}

export interface Volume {
  masterTarget: string;
  name: string;
  fileSystem: 'NTFS' | 'ReFS' | 'FAT' | 'FAT32' | 'ext4' | 'xfs';
  capacityGB: number;
  /** RV-3: the volume where the MT/PS is installed. */
  cache: boolean;
  /** RV-1: used for another purpose. */
  usage: 'None' | 'ReplicationTarget';
  /** RV-2 */
  locked: boolean;
  /** RV-7: visible only after a discovery at or after this time. */
  addedAt: Iso;
}
