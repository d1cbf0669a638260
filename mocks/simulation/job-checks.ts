/**
 * Job-time failures (docs/api.md §5: they fail the job, not the form), evaluated against the world at
 * the moment a task ends. Each returns an ERR catalog code or null.
 */
import { ERR } from './errors';
import { findByName, sameName } from './lookup';
import { addMinutes, ms } from './time';
import type { Job, JobTask, ReplicatedItem, World } from './types';
import { placementProblem, startVmProblem } from './failures';

/** LIFE-11: the agent registers up to 15 minutes after a boot. */
const AGENT_REGISTRATION_MINUTES = 15;
const agentPending = (world: World, bootedAt: string | null): boolean =>
  bootedAt !== null && ms(world.now) < ms(addMinutes(bootedAt, AGENT_REGISTRATION_MINUTES));

const csDown = (world: World, item: ReplicatedItem): boolean =>
  !findByName(world.configurationServers, item.configurationServer)?.connected;

/** RP-2, MT-3: at most 60 disks attached to one master target. */
export const MT_DISK_LIMIT = 60;

/** The disks of one replicated machine (absent = 1). */
export const diskCount = (item: ReplicatedItem): number => item.disks ?? 1;

/**
 * RP-2 (§14, seed 004): the 60-disk limit is per MT and cumulative: its own attached disks, the
 * disks of every other VM already re-protected to it, and the disks of the VM being re-protected.
 */
export function masterTargetDiskTotal(world: World, mtName: string, item: ReplicatedItem): number {
  const mt = findByName(world.masterTargets, mtName);
  const others = world.items.filter(
    (i) => i.name !== item.name && i.masterTarget !== null && sameName(i.masterTarget, mtName),
  );
  return (mt?.attachedDisks ?? 0) + others.reduce((n, i) => n + diskCount(i), 0) + diskCount(item);
}

function masterTargetProblem(world: World, mtName: string, item: ReplicatedItem): string | null {
  const mt = findByName(world.masterTargets, mtName);
  if (!mt) return ERR.masterTargetPrerequisites;
  if (mt.snapshots) return ERR.masterTargetSnapshots; // RP-2
  if (mt.diskUuidClash) return ERR.diskUuidConflict; // RP-2
  if (masterTargetDiskTotal(world, mtName, item) > MT_DISK_LIMIT) return ERR.tooManyDisks; // RP-2, MT-3
  if (findByName(world.esxiHosts, mt.host)?.licence !== 'Licensed') return ERR.freeEsxiLicence; // RP-6
  // MT-3: LSI Logic SCSI, disk.EnableUUID, not moved by Storage vMotion. Missing VMware Tools don't
  // fail the job: the MT's datastores are simply not discovered (fields.ts, §14).
  if (mt.scsiController !== 'LSILogic' || !mt.diskEnableUuid || mt.storageVMotioned) {
    return ERR.masterTargetPrerequisites;
  }
  return null;
}

/** Reprotect Azure → on-premises (LIFE-3), at the end of PrerequisitesCheck. */
function reprotectBack(world: World, item: ReplicatedItem, mtName: string, datastore: string): string | null {
  const env = world.environment;
  if (csDown(world, item)) return ERR.configurationServerDisconnected; // RP-2
  if (item.inCsDatabase === false) return ERR.vmNotInCsDatabase; // RP-2
  if (!item.azureVm.exists || !item.azureVm.running) return ERR.vmNotRunning; // 78093
  if ((!env.vpnConnected && !env.expressRoutePrivatePeering) || !item.azureVm.agentServiceRunning) {
    return ERR.reachConfigurationServer; // RP-4, 95226
  }
  if (agentPending(world, item.azureVm.bootedAt)) return ERR.agentNotInstalled; // LIFE-11
  if (env.vcenterAccount === 'ReadOnly') return ERR.readOnlyVcenter; // DS-4
  return masterTargetProblem(world, mtName, item) ?? placementProblem(world, item, mtName, datastore);
}

/** Reprotect on-premises → Azure (LIFE-6). */
function reprotectForward(world: World, item: ReplicatedItem): string | null {
  if (csDown(world, item)) return ERR.configurationServerDisconnected;
  if (!item.onPremisesVm.exists || !item.onPremisesVm.poweredOn) return ERR.vmNotRunning;
  if (agentPending(world, item.onPremisesVm.bootedAt)) return ERR.agentNotInstalled; // LIFE-11
  return null;
}

/** The failure code when `task` of `job` ends now, or null. */
export function taskFailure(world: World, job: Job, task: JobTask, item: ReplicatedItem): string | null {
  const input = job.input;
  if (task.name === 'PrerequisitesCheck') {
    if (input.kind === 'Reprotect' && item.machineType !== 'HyperVVM') {
      return input.direction === 'AzureToOnPremises'
        ? reprotectBack(world, item, input.masterTarget, input.datastore)
        : reprotectForward(world, item);
    }
    if (input.kind === 'UnplannedFailover' && input.direction === 'AzureToOnPremises') {
      if (csDown(world, item)) return ERR.configurationServerDisconnected;
      const mt = item.masterTarget ? findByName(world.masterTargets, item.masterTarget) : undefined;
      if (mt && findByName(world.esxiHosts, mt.host)?.licence !== 'Licensed') return ERR.freeEsxiLicence; // RP-6
    }
  }
  if (task.name === 'PrerequisitesCheck' && input.kind === 'PlannedFailover') {
    const back = input.direction === 'AzureToOnPremises';
    if (back && !world.environment.hyperVHostConnected) return ERR.hyperVHostDisconnected; // HV-2
  }
  if (
    task.name === 'Failover' &&
    input.kind === 'UnplannedFailover' &&
    input.direction === 'AzureToOnPremises'
  ) {
    // MT-4: Storage vMotion after reprotect moved the protected disks: detach fails.
    const mt = item.masterTarget ? findByName(world.masterTargets, item.masterTarget) : undefined;
    if (mt?.storageVMotioned) return ERR.diskDetach;
  }
  // TF-4: a test VM left from an earlier test still holds the replica IP addresses.
  if (task.name === 'CreateTestVm' && input.kind === 'TestFailover' && item.testVm)
    return ERR.replicaIpInvalid;
  if (
    task.name === 'StartVm' &&
    input.kind === 'UnplannedFailover' &&
    input.direction === 'AzureToOnPremises'
  ) {
    return startVmProblem(world, item); // 8038
  }
  return null;
}
