/**
 * ARM ids of the simulated resources (docs/api.md §3). Site Recovery ids start `/Subscriptions/`
 * (capital S, as ASR emits them), the vault's own id `/subscriptions/`. Fabrics are derived from
 * the world: one per configuration server (`cs-01`, container `cloud_cs-01`) and one Hyper-V site
 * (`hv-site-01`, container `cloud_hv-site-01`) holding the Hyper-V items.
 */
import { HYPERV_SITE, itemFabricName } from '../simulation/api';
import type { ReplicatedItem, World } from '../simulation/api';

export { HYPERV_SITE };
export const HYPERV_HOST = 'hv-host-01';
export const AZURE_FABRIC_NAME = 'Microsoft Azure';

export interface FabricRef {
  name: string;
  container: string;
  kind: 'VMware' | 'HyperVSite';
  /** The configuration server behind a VMware fabric. */
  configurationServer: string | null;
}

/** A lone surrogate (possible in imported JSON) makes encodeURIComponent throw: U+FFFD instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One path segment, percent-encoded (names are data: any character may occur, docs/api.md §6). */
export const enc = (segment: string) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD'));

export const containerName = (fabric: string) => `cloud_${fabric}`;

export function fabricsOf(world: World): FabricRef[] {
  const fabrics: FabricRef[] = world.configurationServers.map((cs) => ({
    name: cs.name,
    container: containerName(cs.name),
    kind: 'VMware',
    configurationServer: cs.name,
  }));
  if (world.items.some((i) => i.machineType === 'HyperVVM'))
    fabrics.push({
      name: HYPERV_SITE,
      container: containerName(HYPERV_SITE),
      kind: 'HyperVSite',
      configurationServer: null,
    });
  return fabrics;
}

export const fabricNameOfItem = itemFabricName;

export function itemsInFabric(world: World, fabric: string): ReplicatedItem[] {
  const lower = fabric.toLowerCase();
  return world.items.filter((i) => fabricNameOfItem(i).toLowerCase() === lower);
}

export const vaultId = (w: World) =>
  `/subscriptions/${enc(w.vault.subscriptionId)}/resourceGroups/${enc(w.vault.resourceGroup)}/providers/Microsoft.RecoveryServices/vaults/${enc(w.vault.name)}`;

/** The vault prefix of Site Recovery ids. */
export const srVaultId = (w: World) => `/S${vaultId(w).slice(2)}`;

export const fabricId = (w: World, fabric: string) => `${srVaultId(w)}/replicationFabrics/${enc(fabric)}`;

export const containerId = (w: World, fabric: string) =>
  `${fabricId(w, fabric)}/replicationProtectionContainers/${enc(containerName(fabric))}`;

export const itemId = (w: World, item: ReplicatedItem) =>
  `${containerId(w, fabricNameOfItem(item))}/replicationProtectedItems/${enc(item.name)}`;

export const jobId = (w: World, job: string) => `${srVaultId(w)}/replicationJobs/${enc(job)}`;

export const policyId = (w: World, policy: string) => `${srVaultId(w)}/replicationPolicies/${enc(policy)}`;

export const planId = (w: World, plan: string) => `${srVaultId(w)}/replicationRecoveryPlans/${enc(plan)}`;

export const providerId = (w: World, fabric: string, provider: string) =>
  `${fabricId(w, fabric)}/replicationRecoveryServicesProviders/${enc(provider)}`;

export const recoveryPointId = (w: World, item: ReplicatedItem, point: string) =>
  `${itemId(w, item)}/recoveryPoints/${enc(point)}`;

/** ASR's "no job running" sentinel (docs/api.md §3.1). */
export const NO_JOB_SENTINEL_TIME = '1753-01-01T01:01:01Z';

export const find = <T extends { name: string }>(list: T[], name: string): T | undefined => {
  const lower = name.toLowerCase();
  return list.find((x) => x.name.toLowerCase() === lower);
};
