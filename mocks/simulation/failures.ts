/**
 * Job-time failures about where the VM lands on-premises (docs/api.md §5: they fail the job, not the
 * form): 78052 (RP-2), DS-5 (990009), 8061 (DS-6), LIFE-10 (990012) at the end of a reprotect's
 * PrerequisitesCheck, and 8038 when the failback starts the on-premises VM.
 */
import { ERR } from './errors';
import { findByName, sameName } from './lookup';
import type { Datastore, ReplicatedItem, World } from './types';

/**
 * DS-5: the vCenter the configuration server discovers by default (others are "alternate"), read
 * from the world: the vCenter of the ESXi host the CS's default master target runs on (MT-2: the
 * default MT is installed on the CS), else of the first ESXi host.
 */
export function primaryVcenter(world: World, configurationServer?: string): string | null {
  const mt =
    world.masterTargets.find((m) => configurationServer && sameName(m.name, configurationServer)) ??
    world.masterTargets.find(
      (m) => !configurationServer || sameName(m.configurationServer, configurationServer),
    );
  const host = (mt && findByName(world.esxiHosts, mt.host)) ?? world.esxiHosts[0];
  return host?.vcenter ?? null;
}

/** DS-5: the host is managed by a vCenter other than the primary one, not discovered yet. */
export function alternateVcenterPending(
  world: World,
  hostName: string,
  configurationServer?: string,
): boolean {
  const host = findByName(world.esxiHosts, hostName);
  if (!host || world.environment.alternateVcenterDiscovered) return false;
  const primary = primaryVcenter(world, configurationServer);
  return primary !== null && !sameName(host.vcenter, primary);
}

/** LIFE-10: hosts a datastore is mounted on read/write (default: its own host). */
export const mountedOn = (ds: Datastore): string[] => ds.mountedOnHosts ?? [ds.host];

/** 78052 (RP-2): Windows Server 2016, or a VM with the same name already on the MT's ESXi host. */
function protectionBlocked(world: World, item: ReplicatedItem, hostName: string): boolean {
  if (/Windows Server 2016/i.test(item.osName)) return true;
  const host = findByName(world.esxiHosts, hostName);
  return (host?.isolatedVms ?? []).some((vm) => sameName(vm, item.name));
}

/** After the MT checks of a reprotect Azure → on-premises: the first placement problem, or null. */
export function placementProblem(
  world: World,
  item: ReplicatedItem,
  mtName: string,
  datastoreName: string,
): string | null {
  const mt = findByName(world.masterTargets, mtName);
  if (!mt) return null;
  if (protectionBlocked(world, item, mt.host)) return ERR.protectionNotCompleted; // 78052
  const ds = findByName(world.datastores, datastoreName);
  // DS-5: the alternate vCenter's datastores are usable only once it is discovered.
  if (ds && alternateVcenterPending(world, ds.host, mt.configurationServer)) return ERR.alternateVcenter;
  if (ds && ds.accessible === false) return ERR.datastoreNotAccessible; // DS-6, 8061
  // LIFE-10: original location (the on-prem VM exists) needs its datastore mounted r/w on the MT's host.
  const vm = item.onPremisesVm;
  if (vm.exists && vm.datastore) {
    const own = findByName(world.datastores, vm.datastore);
    if (own && !mountedOn(own).some((h) => sameName(h, mt.host))) return ERR.datastoreNotMounted;
  }
  return null;
}

/** 8038 (LIFE-4): the ESXi host the VM is brought up on lacks memory. */
export function startVmProblem(world: World, item: ReplicatedItem): string | null {
  const mt = item.masterTarget ? findByName(world.masterTargets, item.masterTarget) : undefined;
  const hostName = item.onPremisesVm.host ?? mt?.host;
  const host = hostName ? findByName(world.esxiHosts, hostName) : undefined;
  return host?.enoughMemory === false ? ERR.vmNotBroughtUp : null;
}
