/**
 * The default scenario, exactly as docs/ui-names.md §10: contoso-vault on 2026-11-23 09:00 UTC, most
 * machines failed over and committed in Azure, app-01 still protected on-premises → Azure.
 */
import { addTicks } from '../recovery-points';
import { ms } from '../time';
import { infrastructure } from './infrastructure';
import type { AzureVm, OnPremisesVm, ReplicatedItem, World } from '../types';

const NOW = '2026-11-23T09:00:00.000Z';
const LONG_AGO = '2026-01-01T00:00:00.000Z';
const FAILED_OVER = '2026-11-21T08:02:11.000Z';
/** Booted well over 15 minutes ago: the agent is registered (LIFE-11). */
const AZURE_BOOT = '2026-11-21T08:05:00.000Z';

const inAzure: AzureVm = { exists: true, running: true, bootedAt: AZURE_BOOT, agentServiceRunning: true };
const noAzureVm: AzureVm = { exists: false, running: false, bootedAt: null, agentServiceRunning: true };
const offOnPrem = (host: string | null, datastore: string | null): OnPremisesVm => ({
  exists: host !== null,
  poweredOn: false,
  host,
  datastore,
  bootedAt: null,
});

function item(
  i: Partial<ReplicatedItem> & Pick<ReplicatedItem, 'name' | 'osName' | 'diskGB'>,
): ReplicatedItem {
  return {
    machineType: 'VMwareVM',
    os: 'Windows',
    configurationServer: 'cs-01',
    status: 'FailoverCommitted',
    activeSite: 'Azure',
    direction: 'None',
    processServer: null,
    masterTarget: null,
    datastore: null,
    retentionDrive: null,
    replicationGroup: null,
    recoveryPlan: null,
    failbackBlocker: null,
    azureVm: { ...inAzure },
    onPremisesVm: offOnPrem('esxi-01', 'datastore-vmfs-01'),
    currentJob: null,
    lastFailoverTime: FAILED_OVER,
    encrypted: false,
    corrupted: false,
    ...i,
  };
}

export function defaultWorld(scenario: string): World {
  const world: World = {
    schemaVersion: 1,
    scenario,
    now: NOW,
    speed: 60,
    role: 'Contributor',
    rng: 20261123,
    vault: {
      name: 'contoso-vault',
      resourceGroup: 'contoso-dr-rg',
      subscriptionId: '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10',
      subscriptionName: 'Contoso Production',
      tenantId: '0c2f4a6e-8b1d-4f3a-9c5e-7d9b1f3a5c7e',
      location: 'westeurope',
    },
    environment: {
      vpnConnected: true,
      expressRoutePrivatePeering: false,
      vcenterAccount: 'Administrator',
      alternateVcenterDiscovered: false,
      hyperVHostConnected: true,
    },
    ...infrastructure(NOW),
    items: [
      item({ name: 'web-01', osName: 'Windows Server 2012 R2', diskGB: 128 }),
      item({
        name: 'db-01',
        os: 'Linux',
        osName: 'CentOS 7',
        diskGB: 256,
        onPremisesVm: offOnPrem('esxi-02', 'datastore-vmfs-02'),
      }),
      item({
        name: 'app-01',
        osName: 'Windows Server 2012 R2',
        diskGB: 96,
        status: 'Protected',
        activeSite: 'OnPremises',
        direction: 'OnPremisesToAzure',
        processServer: 'cs-01',
        recoveryPlan: 'plan-app-tier',
        azureVm: { ...noAzureVm },
        onPremisesVm: {
          exists: true,
          poweredOn: true,
          host: 'esxi-01',
          datastore: 'datastore-vmfs-01',
          bootedAt: LONG_AGO,
        },
        lastFailoverTime: null,
      }),
      item({
        name: 'file-01',
        machineType: 'PhysicalServer',
        osName: 'Windows Server 2012 R2',
        diskGB: 200,
        onPremisesVm: offOnPrem(null, null),
      }),
      item({
        name: 'legacy-01',
        machineType: 'PhysicalServer',
        osName: 'Windows Server 2008 R2 SP1',
        diskGB: 80,
        failbackBlocker: 'Windows2008R2Physical',
        onPremisesVm: offOnPrem(null, null),
      }),
      item({
        name: 'hv-app-01',
        machineType: 'HyperVVM',
        osName: 'Windows Server 2012 R2',
        diskGB: 64,
        configurationServer: 'hv-host-01',
        onPremisesVm: offOnPrem('hv-host-01', null),
      }),
      item({
        name: 'web-02',
        osName: 'Windows Server 2012 R2',
        diskGB: 64,
        replicationGroup: 'rg-web',
        recoveryPlan: 'plan-web-tier',
      }),
      item({
        name: 'web-03',
        osName: 'Windows Server 2012 R2',
        diskGB: 64,
        replicationGroup: 'rg-web',
        recoveryPlan: 'plan-web-tier',
      }),
    ],
    recoveryPoints: [],
    jobs: [],
    notifications: [],
    policies: [
      {
        name: 'contoso-policy',
        kind: 'Forward',
        rpoThresholdMinutes: 15,
        retentionHours: 24,
        appConsistentFrequencyMinutes: 60,
        crashConsistentFrequencyMinutes: 5,
      },
      {
        name: 'contoso-policy-failback',
        kind: 'Failback',
        rpoThresholdMinutes: 15,
        retentionHours: 24,
        appConsistentFrequencyMinutes: 60,
        crashConsistentFrequencyMinutes: 5,
      },
    ],
    recoveryPlans: [
      { name: 'plan-web-tier', items: ['web-02', 'web-03'] },
      // TF-1: a forward-protected plan, for a plan test failover drill.
      { name: 'plan-app-tier', items: ['app-01'] },
    ],
  };
  // app-01 has replicated for days: seed the last 24 h of points (POL-1 retention).
  const app = world.items.find((i) => i.name === 'app-01');
  if (app) addTicks(world, app, ms(NOW) - 24 * 60 * 60_000, ms(NOW));
  return world;
}
