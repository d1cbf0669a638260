/** The default scenario's infrastructure (docs/ui-names.md §10): cs-01, its PSs, MTs, ESXi hosts, datastores, volumes. */
import { addMinutes } from '../time';
import type { MasterTarget, Volume, World } from '../types';

const LONG_AGO = '2026-01-01T00:00:00.000Z';

const mt = (
  m: Pick<MasterTarget, 'name' | 'os' | 'osName' | 'host' | 'ipAddress' | 'attachedDisks'>,
): MasterTarget => ({
  configurationServer: 'cs-01',
  snapshots: false,
  diskUuidClash: false,
  storageVMotioned: false,
  vmwareTools: true,
  scsiController: 'LSILogic',
  diskEnableUuid: true,
  ...m,
});

const vol = (
  masterTarget: string,
  name: string,
  fileSystem: Volume['fileSystem'],
  capacityGB: number,
  extra: Partial<Volume> = {},
): Volume => ({
  masterTarget,
  name,
  fileSystem,
  capacityGB,
  cache: false,
  usage: 'None',
  locked: false,
  addedAt: LONG_AGO,
  ...extra,
});

type Infrastructure = Pick<
  World,
  'configurationServers' | 'processServers' | 'esxiHosts' | 'datastores' | 'masterTargets' | 'volumes'
>;

export function infrastructure(now: string): Infrastructure {
  return {
    configurationServers: [
      {
        name: 'cs-01',
        connected: true,
        agentVersion: '9.52.5941.1',
        ipAddress: '10.0.0.4',
        lastDiscovery: addMinutes(now, -5),
      },
    ],
    processServers: [
      {
        name: 'cs-01',
        configurationServer: 'cs-01',
        location: 'OnPremises',
        deploymentModel: null,
        heartbeat: true,
        ipAddress: '10.0.0.4',
        visibleFrom: null,
      },
      {
        name: 'ps-azure-01',
        configurationServer: 'cs-01',
        location: 'Azure',
        deploymentModel: 'ResourceManager',
        heartbeat: true,
        ipAddress: '10.1.0.5',
        network: 'contoso-vnet', // PS-3
        visibleFrom: null,
      },
      {
        name: 'ps-scaleout-02',
        configurationServer: 'cs-01',
        location: 'OnPremises',
        deploymentModel: null,
        heartbeat: false,
        ipAddress: '10.0.0.7',
        visibleFrom: null,
      },
    ],
    esxiHosts: [
      { name: 'esxi-01', vcenter: 'vcenter-01', licence: 'Licensed' },
      { name: 'esxi-02', vcenter: 'vcenter-01', licence: 'Licensed' },
    ],
    datastores: [
      {
        name: 'datastore-vmfs-01',
        host: 'esxi-01',
        type: 'VMFS',
        capacityGB: 2048,
        freeGB: 1024,
        addedAt: LONG_AGO,
      },
      {
        name: 'datastore-vsan-01',
        host: 'esxi-01',
        type: 'vSAN',
        capacityGB: 4096,
        freeGB: 3072,
        addedAt: LONG_AGO,
      },
      {
        name: 'datastore-nfs-01',
        host: 'esxi-01',
        type: 'NFS',
        capacityGB: 2048,
        freeGB: 1536,
        addedAt: LONG_AGO,
      },
      {
        name: 'datastore-vmfs-02',
        host: 'esxi-02',
        type: 'VMFS',
        capacityGB: 2048,
        freeGB: 1200,
        addedAt: LONG_AGO,
      },
    ],
    masterTargets: [
      mt({
        name: 'cs-01',
        os: 'Windows',
        osName: 'Windows Server 2012 R2',
        host: 'esxi-01',
        ipAddress: '10.0.0.4',
        attachedDisks: 12,
      }),
      mt({
        name: 'mt-linux-01',
        os: 'Linux',
        osName: 'CentOS 6.6',
        host: 'esxi-02',
        ipAddress: '10.0.0.6',
        attachedDisks: 4,
      }),
    ],
    volumes: [
      vol('cs-01', 'C:', 'NTFS', 127, { cache: true }),
      vol('cs-01', 'R:', 'NTFS', 500),
      vol('cs-01', 'E:', 'FAT32', 100),
      vol('cs-01', 'F:', 'NTFS', 300, { usage: 'ReplicationTarget' }),
      vol('cs-01', 'G:', 'NTFS', 200, { locked: true }),
      vol('cs-01', 'H:', 'NTFS', 0),
      vol('mt-linux-01', '/', 'ext4', 50, { cache: true }),
      vol('mt-linux-01', '/mnt/retention', 'ext4', 200),
    ],
  };
}
