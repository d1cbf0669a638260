/**
 * Names in an ARM path → simulated resources, or the 404 of docs/api.md §5 #4 ("a name in the path does
 * not exist"). Names match case-insensitively; items must live in the fabric/container named.
 */
import type { Job, Policy, RecoveryPlan, RecoveryPoint, ReplicatedItem, World } from '../simulation/api';
import { armError } from '../http/arm-error';
import { fabricsOf, find, itemsInFabric } from '../http/ids';
import type { FabricRef } from '../http/ids';
import { providerNames } from '../http/infra-json';
import { recoveryPointsOf } from '../http/item-json';
import { sameName } from '../http/request';

export interface Resolved {
  fabric?: FabricRef;
  item?: ReplicatedItem;
  point?: RecoveryPoint;
  provider?: string;
  job?: Job;
  policy?: Policy;
  plan?: RecoveryPlan;
}

export type Params = Record<string, string>;

export function checkVault(world: World, sub: string, rg?: string, vault?: string): Response | null {
  const v = world.vault;
  if (!sameName(sub, v.subscriptionId))
    return armError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
  if (rg !== undefined && !sameName(rg, v.resourceGroup))
    return armError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`);
  if (vault !== undefined && !sameName(vault, v.name))
    return notFoundIn(world, `Microsoft.RecoveryServices/vaults/${vault}`, rg ?? v.resourceGroup);
  return null;
}

function notFoundIn(world: World, resource: string, rg = world.vault.resourceGroup) {
  return armError(
    404,
    'ResourceNotFound',
    `The Resource '${resource}' under resource group '${rg}' was not found.`,
  );
}

/** Resolve every named segment present in params, in path order. */
export function resolveNames(world: World, params: Params): Resolved | Response {
  const base = `Microsoft.RecoveryServices/vaults/${world.vault.name}`;
  const out: Resolved = {};
  if (params.fabric !== undefined) {
    out.fabric = find(fabricsOf(world), params.fabric);
    if (!out.fabric) return notFoundIn(world, `${base}/replicationFabrics/${params.fabric}`);
    const fabricPath = `${base}/replicationFabrics/${out.fabric.name}`;
    if (params.container !== undefined && !sameName(params.container, out.fabric.container))
      return notFoundIn(world, `${fabricPath}/replicationProtectionContainers/${params.container}`);
    if (params.item !== undefined) {
      out.item = find(itemsInFabric(world, out.fabric.name), params.item);
      if (!out.item)
        return notFoundIn(
          world,
          `${fabricPath}/replicationProtectionContainers/${out.fabric.container}/replicationProtectedItems/${params.item}`,
        );
      if (params.point !== undefined) {
        out.point = recoveryPointsOf(world, out.item).find((p) => sameName(p.id, params.point));
        if (!out.point) return notFoundIn(world, `${base}/…/${out.item.name}/recoveryPoints/${params.point}`);
      }
    }
    if (params.provider !== undefined) {
      out.provider = providerNames(world, out.fabric).find((p) => sameName(p, params.provider));
      if (!out.provider)
        return notFoundIn(world, `${fabricPath}/replicationRecoveryServicesProviders/${params.provider}`);
    }
  }
  if (params.job !== undefined) {
    out.job = find(world.jobs, params.job);
    if (!out.job) return notFoundIn(world, `${base}/replicationJobs/${params.job}`);
  }
  if (params.policy !== undefined) {
    out.policy = find(world.policies, params.policy);
    if (!out.policy) return notFoundIn(world, `${base}/replicationPolicies/${params.policy}`);
  }
  if (params.plan !== undefined) {
    out.plan = find(world.recoveryPlans, params.plan);
    if (!out.plan) return notFoundIn(world, `${base}/replicationRecoveryPlans/${params.plan}`);
  }
  return out;
}

/** The job named after `operationresults/`, or 404 (docs/api.md §4: an unknown job name → 404). */
export function resolvePollJob(world: World, name: string): Job | Response {
  return (
    find(world.jobs, name) ??
    notFoundIn(world, `Microsoft.RecoveryServices/vaults/${world.vault.name}/replicationJobs/${name}`)
  );
}

/**
 * END-1: a `remove` job that succeeded deleted its item, so its `Location` can no longer answer
 * with the resource: 204 No Content, as ARM answers a finished delete. Null in every other case.
 */
export function removedItemPoll(world: World, item: string, jobName: string): Response | null {
  const job = find(world.jobs, jobName);
  if (!job || job.state !== 'Succeeded' || !job.item || !sameName(job.item, item)) return null;
  if (job.scenario !== 'CompleteMigration' && job.scenario !== 'DisableProtection') return null;
  if (world.items.some((i) => sameName(i.name, item))) return null;
  return new Response(null, { status: 204 });
}
