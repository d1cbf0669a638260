/**
 * One preset per failure family (issue 5), each the default world with one fact broken, so a
 * trainer starts a class in one click or by `?scenario=<id>`. Titles cite the rule.
 */
import { azureResources } from '../process-servers';
import { addMinutes } from '../time';
import type { World } from '../types';
import { defaultWorld } from './default';

export interface FailurePreset {
  id: string;
  title: string;
  build: () => World;
}

/** The default world with its Azure resources written out (PS-3), then `change` applied. */
export function preset(id: string, change: (w: World) => void = () => {}): World {
  const w = defaultWorld(id);
  w.azure = azureResources(w);
  change(w);
  return w;
}

const named = <T extends { name: string }>(list: T[], name: string): T => {
  const found = list.find((x) => x.name === name);
  if (!found) throw new Error(`preset: no ${name}`);
  return found;
};

/** DS-5: an ESXi host of another vCenter with a Windows MT and a VMFS datastore. */
function addAlternateVcenter(w: World): void {
  w.environment.alternateVcenterDiscovered = false;
  const at = addMinutes(w.now, -60);
  w.esxiHosts.push({ name: 'esxi-03', vcenter: 'vcenter-02', licence: 'Licensed' });
  w.datastores.push({
    name: 'datastore-vmfs-03',
    host: 'esxi-03',
    type: 'VMFS',
    capacityGB: 2048,
    freeGB: 1500,
    addedAt: at,
  });
  w.masterTargets.push({
    ...named(w.masterTargets, 'cs-01'),
    name: 'mt-alt-01',
    osName: 'Windows Server 2012 R2',
    host: 'esxi-03',
    ipAddress: '10.0.2.20',
    attachedDisks: 4,
  });
  const volume = { masterTarget: 'mt-alt-01', usage: 'None', locked: false, addedAt: at } as const;
  w.volumes.push(
    { ...volume, name: 'C:', fileSystem: 'NTFS', capacityGB: 120, cache: true },
    { ...volume, name: 'R:', fileSystem: 'NTFS', capacityGB: 500, cache: false },
  );
}

export const failurePresets: FailurePreset[] = [
  {
    id: 'network-vpn-down',
    title: 'Network: site-to-site VPN disconnected (RP-4, 95226)',
    build: () => preset('network-vpn-down', (w) => void (w.environment.vpnConnected = false)),
  },
  {
    id: 'mt-snapshots',
    title: 'Master target: snapshots on cs-01 (RP-2, 990001)',
    build: () => preset('mt-snapshots', (w) => void (named(w.masterTargets, 'cs-01').snapshots = true)),
  },
  {
    id: 'datastore-read-only-vcenter',
    title: 'Datastore: read-only vCenter account, no datastores listed (DS-4)',
    build: () =>
      preset('datastore-read-only-vcenter', (w) => void (w.environment.vcenterAccount = 'ReadOnly')),
  },
  {
    id: 'retention-drive-pending',
    title: 'Retention drive: S: added to cs-01 5 minutes ago, not discovered yet (RV-7)',
    build: () =>
      preset('retention-drive-pending', (w) => {
        // Discovery ran 6 minutes ago: the drive shows at the next pass (in 9 minutes) or on Refresh server.
        named(w.configurationServers, 'cs-01').lastDiscovery = addMinutes(w.now, -6);
        w.volumes.push({
          masterTarget: 'cs-01',
          name: 'S:',
          fileSystem: 'NTFS',
          capacityGB: 300,
          cache: false,
          usage: 'None',
          locked: false,
          addedAt: addMinutes(w.now, -5),
        });
      }),
  },
  {
    id: 'datastore-alternate-vcenter',
    title: 'Datastore: alternate vCenter vcenter-02 (esxi-03, mt-alt-01) not discovered yet (DS-5)',
    build: () => preset('datastore-alternate-vcenter', addAlternateVcenter),
  },
  {
    id: 'process-server-no-heartbeat',
    title: 'Process server: ps-azure-01 has no heartbeat (PS-2)',
    build: () =>
      preset(
        'process-server-no-heartbeat',
        (w) => void (named(w.processServers, 'ps-azure-01').heartbeat = false),
      ),
  },
  {
    id: 'process-server-classic',
    title: 'Process server: db-01 failed over to a classic network; classic PS ps-classic-01 (PS-4)',
    build: () =>
      preset('process-server-classic', (w) => {
        named(w.items, 'db-01').azureDeploymentModel = 'Classic';
        w.processServers.push({
          name: 'ps-classic-01',
          configurationServer: 'cs-01',
          location: 'Azure',
          deploymentModel: 'Classic',
          heartbeat: true,
          ipAddress: '10.2.0.4',
          visibleFrom: null,
        });
      }),
  },
  {
    id: 'agent-not-registered',
    title: 'Agent: web-01 booted in Azure 2 minutes ago, not registered yet (LIFE-11)',
    build: () =>
      preset(
        'agent-not-registered',
        (w) => void (named(w.items, 'web-01').azureVm.bootedAt = addMinutes(w.now, -2)),
      ),
  },
  {
    id: 'licence-free-esxi',
    title: 'Licence: esxi-01 runs the free vSphere 6 Hypervisor (RP-6)',
    build: () => preset('licence-free-esxi', (w) => void (named(w.esxiHosts, 'esxi-01').licence = 'Free6')),
  },
  {
    id: 'test-failover-stale-vm',
    title: 'Test failover: a test VM left from an earlier test of app-01 (TF-4, 990013)',
    build: () =>
      preset('test-failover-stale-vm', (w) => {
        named(w.items, 'app-01').testVm = {
          network: 'contoso-test-vnet',
          createdAt: addMinutes(w.now, -24 * 60),
        };
      }),
  },
];
