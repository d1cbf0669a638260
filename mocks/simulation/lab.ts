/**
 * The Lab document (docs/api.md §2.2 `{S}/lab`): the simulated environment keyed by component.
 * PATCH is a JSON Merge Patch; an unknown key or name, a wrong type or a read-only field answers
 * 400 InvalidParameter with the path as `target`, and the world stays untouched (atomic).
 */
import { invalidParameter } from './errors';
import { findByName } from './lookup';
import type { Result, SimError, World } from './types';
import { volumesDocument, patchVolumes } from './lab-volumes';
import { patchDatastoreList } from './lab-datastores';
import { bool, ro, typeError, type Field, type Fields } from './lab-fields';
import { draftOf } from './draft';

type Json = Record<string, unknown>;
type Env = World['environment'];
const network: Fields<Env> = {
  vpnConnected: bool(
    (e) => e.vpnConnected,
    (e, v) => void (e.vpnConnected = v),
  ),
  expressRoutePrivatePeering: bool(
    (e) => e.expressRoutePrivatePeering,
    (e, v) => void (e.expressRoutePrivatePeering = v),
  ),
};
const vcenter: Fields<Env> = {
  account: {
    kind: { type: 'enum', values: ['Administrator', 'ReadOnly'] },
    get: (e) => e.vcenterAccount,
    set: ((e: Env, v: Env['vcenterAccount']) => void (e.vcenterAccount = v)) as Field<Env>['set'],
  },
  alternateDiscovered: bool(
    (e) => e.alternateVcenterDiscovered,
    (e, v) => void (e.alternateVcenterDiscovered = v),
  ),
};
const hyperV: Fields<Env> = {
  hostConnected: bool(
    (e) => e.hyperVHostConnected,
    (e, v) => void (e.hyperVHostConnected = v),
  ),
};

type CS = World['configurationServers'][number];
const configurationServers: Fields<CS> = {
  connected: bool(
    (c) => c.connected,
    (c, v) => void (c.connected = v),
  ),
  ipAddress: ro((c) => c.ipAddress),
  lastDiscovery: ro((c) => c.lastDiscovery),
};
type PS = World['processServers'][number];
const processServers: Fields<PS> = {
  heartbeat: bool(
    (p) => p.heartbeat,
    (p, v) => void (p.heartbeat = v),
  ),
  configurationServer: ro((p) => p.configurationServer),
  location: ro((p) => p.location),
  deploymentModel: ro((p) => p.deploymentModel),
  // PS-3: a deployed PS shows under the CS from this time (null = visible).
  visibleFrom: ro((p) => p.visibleFrom),
};
type MT = World['masterTargets'][number];
const masterTargets: Fields<MT> = {
  snapshots: bool(
    (m) => m.snapshots,
    (m, v) => void (m.snapshots = v),
  ),
  diskUuidClash: bool(
    (m) => m.diskUuidClash,
    (m, v) => void (m.diskUuidClash = v),
  ),
  attachedDisks: {
    kind: { type: 'int', min: 0, max: 256 },
    get: (m) => m.attachedDisks,
    set: ((m: MT, v: number) => void (m.attachedDisks = v)) as Field<MT>['set'],
  },
  storageVMotioned: bool(
    (m) => m.storageVMotioned,
    (m, v) => void (m.storageVMotioned = v),
  ),
  vmwareTools: bool(
    (m) => m.vmwareTools,
    (m, v) => void (m.vmwareTools = v),
  ),
  scsiController: {
    kind: { type: 'enum', values: ['LSILogic', 'Paravirtual'] },
    get: (m) => m.scsiController,
    set: ((m: MT, v: MT['scsiController']) => void (m.scsiController = v)) as Field<MT>['set'],
  },
  diskEnableUuid: bool(
    (m) => m.diskEnableUuid,
    (m, v) => void (m.diskEnableUuid = v),
  ),
  os: ro((m) => m.os),
  osName: ro((m) => m.osName),
  host: ro((m) => m.host),
};
type Host = World['esxiHosts'][number];
const esxiHosts: Fields<Host> = {
  licence: {
    kind: { type: 'enum', values: ['Licensed', 'Free55', 'Free6'] },
    get: (h) => h.licence,
    set: ((h: Host, v: Host['licence']) => void (h.licence = v)) as Field<Host>['set'],
  },
  vcenter: ro((h) => h.vcenter),
  // 8038: not enough memory to bring the VM up.
  enoughMemory: bool(
    (h) => h.enoughMemory !== false,
    (h, v) => void (h.enoughMemory = v),
  ),
  // 78052: other (isolated) VMs on the host; one named like an item blocks its reprotect.
  isolatedVms: {
    kind: { type: 'names' },
    get: (h) => h.isolatedVms ?? [],
    set: ((h: Host, v: string[]) => void (h.isolatedVms = v)) as Field<Host>['set'],
  },
};
type DS = World['datastores'][number];
const datastores: Fields<DS> = {
  host: ro((d) => d.host),
  type: ro((d) => d.type),
  capacityGB: ro((d) => d.capacityGB),
  freeGB: ro((d) => d.freeGB),
  addedAt: ro((d) => d.addedAt),
  // DS-6: 8061 at job time when not accessible.
  accessible: bool(
    (d) => d.accessible !== false,
    (d, v) => void (d.accessible = v),
  ),
  // LIFE-10: the hosts it is mounted on read/write (original-location failback needs the MT's).
  mountedOnHosts: {
    kind: { type: 'names' },
    get: (d) => d.mountedOnHosts ?? [d.host],
    set: ((d: DS, v: string[], w: World) => {
      const unknown = v.find((h) => !findByName(w.esxiHosts, h));
      if (unknown !== undefined)
        return invalidParameter(`datastores.${d.name}.mountedOnHosts`, `Unknown ESXi host '${unknown}'`);
      d.mountedOnHosts = v;
    }) as Field<DS>['set'],
  },
};
type Item = World['items'][number];
const virtualMachines: Fields<Item> = {
  azureVmRunning: bool(
    (i) => i.azureVm.running,
    (i, v, w) => {
      if (v && !i.azureVm.exists)
        return invalidParameter(
          `virtualMachines.${i.name}.azureVmRunning`,
          `The Azure VM of '${i.name}' doesn't exist`,
        );
      // LIFE-11: any boot restarts the agent's 15-minute registration window.
      if (v && !i.azureVm.running) i.azureVm.bootedAt = w.now;
      i.azureVm.running = v;
    },
  ),
  azureAgentServiceRunning: bool(
    (i) => i.azureVm.agentServiceRunning,
    (i, v) => void (i.azureVm.agentServiceRunning = v),
  ),
  onPremisesVmExists: bool(
    (i) => i.onPremisesVm.exists,
    (i, v) => {
      i.onPremisesVm.exists = v;
      if (!v)
        i.onPremisesVm = { exists: false, poweredOn: false, host: null, datastore: null, bootedAt: null };
    },
  ),
  // RP-2: the VM is missing from the CS database (990011).
  inCsDatabase: bool(
    (i) => i.inCsDatabase !== false,
    (i, v) => void (i.inCsDatabase = v),
  ),
  // PS-4: the failed-over VM's deployment model.
  azureDeploymentModel: {
    kind: { type: 'enum', values: ['ResourceManager', 'Classic'] },
    get: (i) => i.azureDeploymentModel ?? 'ResourceManager',
    set: ((i: Item, v: 'Classic' | 'ResourceManager') =>
      void (i.azureDeploymentModel = v)) as Field<Item>['set'],
  },
  onPremisesVmHost: ro((i) => i.onPremisesVm.host),
  onPremisesVmDatastore: ro((i) => i.onPremisesVm.datastore),
  // END-2: deleting the failed-over Azure VM makes failback impossible (RP-5); it can't be undone.
  azureVmExists: bool(
    (i) => i.azureVm.exists,
    (i, v) => {
      if (v === i.azureVm.exists) return;
      if (v)
        return invalidParameter(
          `virtualMachines.${i.name}.azureVmExists`,
          `A deleted Azure VM can't be restored: '${i.name}' can no longer fail back`,
          'END-2',
        );
      i.azureVm = { ...i.azureVm, exists: false, running: false, bootedAt: null };
      i.failbackBlocker = 'AzureVmDeleted';
    },
  ),
  // END-2: moving the Azure VM to another resource group makes failback impossible (RP-5).
  azureVmMoved: bool(
    (i) => i.failbackBlocker === 'MovedResourceGroup',
    (i, v) => {
      if (v === (i.failbackBlocker === 'MovedResourceGroup')) return;
      if (!v || !i.azureVm.exists)
        return invalidParameter(
          `virtualMachines.${i.name}.azureVmMoved`,
          v
            ? `The Azure VM of '${i.name}' doesn't exist`
            : `Moving the Azure VM back doesn't restore failback of '${i.name}'`,
          'END-2',
        );
      i.failbackBlocker = 'MovedResourceGroup';
    },
  ),
  azureVmDeleted: ro((i) => i.failbackBlocker === 'AzureVmDeleted'), // END-2
  testVmNetwork: ro((i) => i.testVm?.network ?? null), // TF-1
  // TF-1, TF-4: the test VM `{vm}-test` exists; deleting it by hand clears a stale test VM.
  testVmExists: bool(
    (i) => !!i.testVm,
    (i, v) => {
      if (v === !!i.testVm) return;
      if (v)
        return invalidParameter(
          `virtualMachines.${i.name}.testVmExists`,
          `Only a test failover creates the test VM of '${i.name}'`,
          'TF-1',
        );
      i.testVm = null;
    },
  ),
  onPremisesVmPoweredOn: ro((i) => i.onPremisesVm.poweredOn),
};

const singles = { network, vcenter, hyperV } as const;
const lists = {
  configurationServers: [(w: World) => w.configurationServers, configurationServers],
  processServers: [(w: World) => w.processServers, processServers],
  masterTargets: [(w: World) => w.masterTargets, masterTargets],
  esxiHosts: [(w: World) => w.esxiHosts, esxiHosts],
  datastores: [(w: World) => w.datastores, datastores],
  virtualMachines: [(w: World) => w.items, virtualMachines],
} as const;

const read = <E>(e: E, fields: Fields<E>): Json =>
  Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.get(e)]));

export function labDocument(world: World): Json {
  const doc: Json = {};
  for (const [key, fields] of Object.entries(singles))
    doc[key] = read(world.environment, fields as Fields<Env>);
  for (const [key, [list, fields]] of Object.entries(lists)) {
    doc[key] = Object.fromEntries(list(world).map((e) => [e.name, read(e, fields as Fields<typeof e>)]));
  }
  for (const mt of world.masterTargets)
    (doc.masterTargets as Record<string, Json>)[mt.name].volumes = volumesDocument(world, mt.name);
  return doc;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A table's own entry: keys such as `constructor` or `toString` come from Object.prototype, not the table. */
const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

function patchEntity<E>(
  draft: World,
  entity: E,
  fields: Fields<E>,
  patch: unknown,
  path: string,
): SimError | null {
  if (!isObject(patch)) return invalidParameter(path, `'${path}' must be an object`);
  for (const [key, value] of Object.entries(patch)) {
    const field = own(fields, key);
    const at = `${path}.${key}`;
    if (!field) return invalidParameter(at, `Unknown key '${key}' in '${path}'`);
    const problem = typeError(field.kind, value);
    if (problem) return invalidParameter(at, `'${at}' ${problem}`);
    const err = field.set?.(entity, value as never, draft);
    if (err) return err;
  }
  return null;
}

export function patchLab(world: World, patch: unknown): Result<Json> {
  if (!isObject(patch))
    return { ok: false, error: invalidParameter('', 'The Lab patch must be a JSON object') };
  const draft = draftOf(world);
  for (const [section, body] of Object.entries(patch)) {
    let error: SimError | null = null;
    if (own(singles, section)) {
      error = patchEntity(
        draft,
        draft.environment,
        singles[section as keyof typeof singles] as Fields<Env>,
        body,
        section,
      );
    } else if (own(lists, section)) {
      const [list, fields] = lists[section as keyof typeof lists];
      if (!isObject(body)) error = invalidParameter(section, `'${section}' must be an object keyed by name`);
      else {
        for (const [name, entityPatch] of Object.entries(body)) {
          const entity = findByName(list(draft) as { name: string }[], name);
          const path = `${section}.${name}`;
          // Datastores: a new name adds one, null removes it (discovery shows it later, RV-7 / DS).
          if (section === 'datastores' && (!entity || entityPatch === null))
            error = patchDatastoreList(draft, name, entityPatch, path);
          else if (!entity) error = invalidParameter(path, `Unknown ${section} name '${name}'`);
          else if (section === 'masterTargets' && isObject(entityPatch) && 'volumes' in entityPatch) {
            const { volumes, ...rest } = entityPatch;
            error =
              patchEntity(draft, entity, fields as Fields<typeof entity>, rest, path) ??
              patchVolumes(draft, entity.name, volumes, `${path}.volumes`);
          } else error = patchEntity(draft, entity, fields as Fields<typeof entity>, entityPatch, path);
          if (error) break;
        }
      }
    } else error = invalidParameter(section, `Unknown Lab section '${section}'`);
    if (error) return { ok: false, error };
  }
  return { ok: true, world: draft, value: labDocument(draft) };
}
