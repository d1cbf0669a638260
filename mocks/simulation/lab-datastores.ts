/**
 * Lab: add or remove a datastore (`datastores.{name}`). A new one needs host, type and
 * capacityGB; it is added now and shown by the next discovery (15 minutes or Refresh server,
 * RV-7 / DS-1). null removes it; a datastore an item replicates to cannot be removed.
 */
import { invalidParameter } from './errors';
import { findByName, sameName } from './lookup';
import { activeInputUser } from './references';
import type { Datastore, SimError, World } from './types';

const TYPES: Datastore['type'][] = ['VMFS', 'vSAN', 'NFS'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function patchDatastoreList(draft: World, name: string, body: unknown, path: string): SimError | null {
  const index = draft.datastores.findIndex((d) => sameName(d.name, name));
  if (body === null) {
    if (index < 0) return invalidParameter(path, `Unknown datastores name '${name}'`);
    const user = draft.items.find((i) => i.datastore !== null && sameName(i.datastore, name));
    if (user) return invalidParameter(path, `'${user.name}' replicates to datastore '${name}'`);
    const job = activeInputUser(draft, 'datastore', name);
    if (job)
      return invalidParameter(path, `Job ${job.scenario} (${job.name}) replicates to datastore '${name}'`);
    draft.datastores.splice(index, 1);
    return null;
  }
  if (!isObject(body)) return invalidParameter(path, `'${path}' must be an object or null`);
  if (!NAME.test(name)) return invalidParameter(path, `'${name}' is not a valid datastore name`);
  const { host, type, capacityGB, ...rest } = body;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return invalidParameter(`${path}.${extra}`, `Unknown key '${extra}' in '${path}'`);
  if (typeof host !== 'string' || !findByName(draft.esxiHosts, host))
    return invalidParameter(`${path}.host`, `'${path}.host' must name an ESXi host`);
  if (!TYPES.includes(type as Datastore['type']))
    return invalidParameter(`${path}.type`, `'${path}.type' must be one of ${TYPES.join(', ')}`);
  if (
    typeof capacityGB !== 'number' ||
    !Number.isFinite(capacityGB) ||
    capacityGB < 0 ||
    capacityGB > 1048576
  )
    return invalidParameter(`${path}.capacityGB`, `'${path}.capacityGB' must be a number from 0 to 1048576`);
  const hostName = findByName(draft.esxiHosts, host)?.name ?? host;
  draft.datastores.push({
    name,
    host: hostName,
    type: type as Datastore['type'],
    capacityGB,
    freeGB: capacityGB,
    addedAt: draft.now, // seen by the next discovery
  });
  return null;
}
