/** The fuzz suite (docs/api.md §6): materializing a request choice against a world: valid names, templates, mutations. */
import { listScenarios, loadScenario, serializeWorld } from '../../simulation/api';
import type { World } from '../../simulation/api';
import { containerName, fabricsOf, itemsInFabric } from '../../http/ids';
import { providerNames } from '../../http/infra-json';
import { recoveryPointsOf } from '../../http/item-json';
import type { Mutation, RequestChoice } from './hostile';
import { ROUTES, segment, type FuzzRoute } from './routes';

export const at = <T>(list: T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

/** Valid names for each placeholder, given the names chosen before it in the path. */
function validNames(world: World, param: string, chosen: Record<string, string>): string[] {
  const fabric = fabricsOf(world).find((f) => f.name.toLowerCase() === (chosen.fabric ?? '').toLowerCase());
  const item = world.items.find((i) => i.name.toLowerCase() === (chosen.item ?? '').toLowerCase());
  switch (param) {
    case 'subscription':
      return [world.vault.subscriptionId];
    case 'resourceGroup':
      return [world.vault.resourceGroup];
    case 'vault':
      return [world.vault.name];
    case 'fabric':
      return fabricsOf(world).map((f) => f.name);
    case 'container':
      return [containerName(chosen.fabric ?? 'cs-01')];
    case 'item': {
      const inFabric = fabric ? itemsInFabric(world, fabric.name) : [];
      return (inFabric.length ? inFabric : world.items).map((i) => i.name);
    }
    case 'point':
      return item ? recoveryPointsOf(world, item).map((p) => p.id) : [];
    case 'provider':
      return fabric ? providerNames(world, fabric) : [];
    case 'job':
      return world.jobs.map((j) => j.name);
    case 'policy':
      return world.policies.map((p) => p.name);
    case 'plan':
      return world.recoveryPlans.map((p) => p.name);
    case 'processServer':
      return world.processServers.map((p) => p.name);
    case 'notification':
      return world.notifications.map((n) => n.id);
    case 'scenario':
      return listScenarios().map((s) => s.id);
    default:
      return [];
  }
}

/** The body templates per route (by the path's last literal), valid when left unmutated. */
export function template(
  route: FuzzRoute,
  method: string,
  world: World,
  pick: number,
  chosen: Record<string, string>,
) {
  const last = route.pattern[route.pattern.length - 1];
  const names = (list: { name: string }[]) => list.map((x) => x.name);
  const item = world.items.find((i) => i.name === chosen.item) ?? at(world.items, pick);
  if (!item) return {};
  const point = at(recoveryPointsOf(world, item), pick)?.id ?? 'none';
  const dir = item.activeSite === 'Azure' ? 'RecoveryToPrimary' : 'PrimaryToRecovery';
  switch (last) {
    case 'reprotect':
      if (route.pattern[0] === 'simulator')
        return {
          properties: {
            failoverDirection: 'RecoveryToPrimary',
            items: world.items
              .filter((i) => i.recoveryPlan)
              .map((i) => ({
                replicationProtectedItemId: i.name,
                providerSpecificDetails: {
                  masterTargetId: at(names(world.masterTargets), pick),
                  processServerId: at(names(world.processServers), pick),
                  datastoreName: at(names(world.datastores), pick),
                  retentionDrive: 'R:',
                  profileId: 'contoso-policy-failback',
                },
              })),
          },
        };
      return item.activeSite === 'Azure' && item.machineType !== 'HyperVVM'
        ? {
            properties: {
              failoverDirection: 'RecoveryToPrimary',
              providerSpecificDetails: {
                instanceType: 'InMage',
                masterTargetId: at(names(world.masterTargets), pick),
                processServerId: at(names(world.processServers), pick >> 2),
                datastoreName: at(names(world.datastores), pick >> 4),
                retentionDrive: pick % 3 ? 'R:' : 'E:',
                profileId: 'contoso-policy-failback',
              },
            },
          }
        : {
            properties: {
              failoverDirection: 'PrimaryToRecovery',
              providerSpecificDetails: {
                instanceType: item.machineType === 'HyperVVM' ? 'HyperVReplicaAzure' : 'InMageAzureV2',
                processServerId: at(names(world.processServers), pick),
              },
            },
          };
    case 'unplannedfailover':
      return {
        properties: {
          failoverDirection:
            item.direction === 'AzureToOnPremises' ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
          sourceSiteOperations: pick % 2 ? 'Required' : 'NotRequired',
          providerSpecificDetails:
            item.direction === 'AzureToOnPremises'
              ? { instanceType: 'InMage', recoveryPointType: 'LatestTime' }
              : { instanceType: 'InMageAzureV2' },
        },
      };
    case 'plannedfailover':
      return {
        properties: {
          failoverDirection: dir,
          providerSpecificDetails: {
            instanceType: 'HyperVReplicaAzureFailback',
            dataSyncOption: pick % 2 ? 'ForSynchronization' : 'ForDownTime',
            recoveryVmCreationOption: 'CreateVmIfNotFound',
            providerIdForAlternateRecovery: 'hv-host-01',
          },
        },
      };
    case 'applyrecoverypoint':
      return { properties: { recoveryPointId: point } };
    case 'resume':
      return { properties: { comments: 'Complete failover' } };
    case 'processservers':
      return {
        properties: {
          subscriptionId: world.vault.subscriptionId,
          networkId: 'contoso-vnet',
          resourceGroupName: world.vault.resourceGroup,
          serverName: `ps-azure-${10 + (pick % 5)}`,
          userName: 'psadmin',
          password: 'Failback-2026!',
          storageAccountId: 'contosodrstorage',
          subnetName: 'default',
          networkInterfaceId: 'ps-nic-02',
        },
      };
    case 'lab': {
      const flag = pick % 2 === 0;
      const patches = [
        { network: { vpnConnected: flag } },
        {
          configurationServers: {
            [at(names(world.configurationServers), pick) ?? 'cs-01']: { connected: flag },
          },
        },
        { processServers: { [at(names(world.processServers), pick) ?? 'ps-01']: { heartbeat: flag } } },
        { masterTargets: { [at(names(world.masterTargets), pick) ?? 'cs-01']: { snapshots: flag } } },
        {
          masterTargets: {
            'cs-01': {
              volumes: {
                [pick % 3 ? 'R:' : 'S:']: pick % 4 ? null : { fileSystem: 'NTFS', capacityGB: 500 },
              },
            },
          },
        },
        { datastores: { [at(names(world.datastores), pick) ?? 'x']: null } },
        { datastores: { [`ds-new-${pick % 3}`]: { host: 'esxi-01', type: 'VMFS', capacityGB: 100 } } },
        { virtualMachines: { [item.name]: { azureVmRunning: flag } } },
        { esxiHosts: { 'esxi-01': { licence: flag ? 'Licensed' : 'Free6' } } },
        { hyperV: { hostConnected: flag } },
      ];
      return patches[pick % patches.length];
    }
    case 'clock':
      return { speed: [0, 1, 10, 60, 600][pick % 5] };
    case 'advance':
      return pick % 4 === 0 ? { untilJobsFinish: true } : { minutes: 1 + (pick % 240) };
    case 'role':
      return { role: ['Contributor', 'Operator', 'Reader', 'contributor'][pick % 4] };
    case 'scenario': {
      if (method !== 'PUT') return {};
      const doc = JSON.parse(serializeWorld(pick % 3 === 0 ? (loadScenario('default') ?? world) : world));
      if (pick % 5 === 1) doc.vault.resourceGroup = ['rg-日本', 'rg\u0001', 'rg ü'][pick % 3];
      return doc;
    }
    default:
      return last === 'notifications' || route.pattern[1] === 'notifications' ? { read: true } : {};
  }
}

/** Nodes of a JSON value (objects and arrays), with the leaves' parents and keys, breadth first. */
function nodes(value: unknown, limit = 4000): { parent: Record<string, unknown>; key: string }[] {
  const out: { parent: Record<string, unknown>; key: string }[] = [];
  const queue: unknown[] = [value];
  while (queue.length && out.length < limit) {
    const node = queue.shift();
    if (!node || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      out.push({ parent: node as Record<string, unknown>, key });
      queue.push(child);
    }
  }
  return out;
}

function mutate(value: unknown, m: Mutation): unknown {
  const all = nodes(value);
  if (!all.length) return m.value;
  const { parent, key } = all[m.at % all.length];
  if (m.key === null) parent[key] = m.value;
  else {
    const target = parent[key] && typeof parent[key] === 'object' ? (parent[key] as object) : parent;
    // An own `__proto__` key, as JSON.parse makes it (an assignment would set the prototype).
    Object.defineProperty(target, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return value;
}

export interface BuiltRequest {
  label: string;
  method: string;
  url: string;
  body?: string;
}

export function buildRequest(world: World, c: RequestChoice): BuiltRequest {
  const route = ROUTES[c.route % ROUTES.length];
  const chosen: Record<string, string> = {};
  let slot = 0;
  const segments = route.pattern.map((p) => {
    if (!p.startsWith(':')) return c.upper ? p.toUpperCase() : p;
    const param = p.slice(1);
    const choice = c.names[slot++ % c.names.length];
    const name = choice.hostile ?? at(validNames(world, param, chosen), choice.pick) ?? 'none';
    chosen[param] = name;
    return c.upper && !choice.hostile ? name.toUpperCase() : name;
  });
  const method = c.method ?? at(route.methods, c.names[9].pick)!;
  const params = new URLSearchParams();
  if (route.arm && c.apiVersion !== null) params.set('api-version', c.apiVersion ?? '2023-06-01');
  for (const [k, v] of c.query) params.append(k, v);
  const search = params.toString();
  const url = `/${segments.map(segment).join('/')}${search ? `?${search}` : ''}`;
  let text: string | undefined;
  if (c.body.kind === 'raw') text = c.body.text;
  else if (c.body.kind === 'template') {
    const value = template(route, method, world, c.body.pick, chosen);
    text = JSON.stringify(c.body.mutation ? mutate(value, c.body.mutation) : value);
  }
  return { label: `${method} ${url}`, method, url, body: text };
}
