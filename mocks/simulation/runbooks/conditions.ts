/**
 * Condition evaluation (docs/runbooks.md §1): pure functions of the world (and of the run, for
 * `elapsed` and `addedAfterStart`). A name that is not in the world makes its condition false,
 * never an error: an imported runbook may name things its scenario lacks (import checks what it can).
 */
import { lastingJobErrors } from '../failures-health';
import { datastoreField, retentionDriveField } from '../fields';
import { findByName, findItem, sameName } from '../lookup';
import { isReplicating } from '../recovery-points';
import { addMinutes, ms } from '../time';
import type { Job, ReplicatedItem, ReplicationHealth, World } from '../types';
import { discovered, processServerVisible } from '../visibility';
import type { Condition, JobMatch, OneOrMore } from './types';

/** What a condition may read besides the world: when the run started and when steps were done. */
export interface ConditionContext {
  startedAt: string;
  doneAt: (stepId: string) => string | null;
}

/** LIFE-11: the agent registers with the configuration server up to 15 minutes after a boot. */
export const AGENT_REGISTRATION_MINUTES = 15;

const oneOf = <T>(value: T, accepted: OneOrMore<T>): boolean =>
  Array.isArray(accepted) ? accepted.includes(value) : value === accepted;

/**
 * The item's replication health as the wire reports it (mocks/http/item-json.ts): None when not
 * replicating; Critical while the latest job's failure lasts (docs/api.md §5) or the VM is corrupted (HV-7).
 */
export function replicationHealthOf(world: World, item: ReplicatedItem): ReplicationHealth {
  if (!isReplicating(item) && item.status !== 'Reprotecting') return 'None'; // TF-1: a test keeps replicating
  if (item.corrupted) return 'Critical';
  return lastingJobErrors(world, item).length > 0 ? 'Critical' : 'Normal';
}

const directionOf = (input: Job['input']): string | null =>
  'direction' in input ? (input.direction as string) : null;

export function jobMatches(job: Job, match: JobMatch): boolean {
  if (match.type && job.scenario !== match.type) return false;
  if (
    match.item &&
    !(
      (job.item !== null && sameName(job.item, match.item)) ||
      (job.machines ?? []).some((m) => sameName(m.item, match.item as string))
    )
  )
    return false;
  if (match.plan && !(job.plan && sameName(job.plan, match.plan))) return false;
  if (match.direction) {
    // RPL-1: a plan job carries each machine's input.
    const direction =
      directionOf(job.input) ?? (job.machines?.[0] ? directionOf(job.machines[0].input) : null);
    if (direction !== match.direction) return false;
  }
  if (match.status && !oneOf(job.state, match.status)) return false;
  if (match.errorCode && !job.errors.some((e) => e.code === match.errorCode)) return false;
  return true;
}

function itemCondition(world: World, c: Extract<Condition, { item: string }>): boolean {
  const item = findItem(world, c.item);
  if (!item) return false;
  switch (c.kind) {
    case 'itemStatus':
      return oneOf(item.status, c.status);
    case 'activeLocation':
      return item.activeSite === c.location;
    case 'replicationDirection':
      return item.direction === c.direction;
    case 'replicationHealth':
      return oneOf(replicationHealthOf(world, item), c.health);
    case 'machineType':
      return item.machineType === c.machineType;
    case 'itemSettings': {
      const same = (actual: string | null, wanted: string | undefined) =>
        wanted === undefined || (actual !== null && sameName(actual, wanted));
      if (!same(item.masterTarget, c.masterTarget) || !same(item.processServer, c.processServer))
        return false;
      if (!same(item.datastore, c.datastore) || !same(item.retentionDrive, c.retentionDrive)) return false;
      if (c.processServerLocation) {
        const ps = item.processServer ? findByName(world.processServers, item.processServer) : undefined;
        if (ps?.location !== c.processServerLocation) return false;
      }
      return true;
    }
    case 'vmRunning':
      return (c.site === 'Azure' ? item.azureVm.running : item.onPremisesVm.poweredOn) === c.running;
    case 'agentRegistered': {
      // LIFE-11: running, and booted at least 15 minutes ago (null = long ago).
      const vm = c.site === 'Azure' ? item.azureVm : item.onPremisesVm;
      const running = c.site === 'Azure' ? item.azureVm.running : item.onPremisesVm.poweredOn;
      if (!vm.exists || !running) return false;
      return vm.bootedAt === null || ms(world.now) >= ms(addMinutes(vm.bootedAt, AGENT_REGISTRATION_MINUTES));
    }
  }
}

export function evaluateCondition(world: World, c: Condition, ctx: ConditionContext): boolean {
  switch (c.kind) {
    case 'itemStatus':
    case 'activeLocation':
    case 'replicationDirection':
    case 'replicationHealth':
    case 'machineType':
    case 'itemSettings':
    case 'vmRunning':
    case 'agentRegistered':
      return itemCondition(world, c);
    case 'job':
      // Only the trainee's jobs: started (or restarted) since the runbook started.
      return world.jobs.some((j) => ms(j.startTime) >= ms(ctx.startedAt) && jobMatches(j, c));
    case 'vpnConnected':
      return world.environment.vpnConnected === c.connected;
    case 'processServerHeartbeat': {
      const ps = findByName(world.processServers, c.processServer);
      return !!ps && ps.heartbeat === c.heartbeat;
    }
    case 'vcenterAccount':
      return world.environment.vcenterAccount === c.account;
    case 'volume': {
      const mt = findByName(world.masterTargets, c.masterTarget);
      if (!mt) return false;
      const offered =
        c.offered === undefined ? null : new Set(retentionDriveField(world, mt).options.map((o) => o.value));
      return world.volumes.some(
        (v) =>
          v.masterTarget === mt.name &&
          (c.name === undefined || sameName(v.name, c.name)) &&
          (!c.addedAfterStart || ms(v.addedAt) >= ms(ctx.startedAt)) &&
          (c.visible === undefined || discovered(world, mt.configurationServer, v.addedAt) === c.visible) &&
          (offered === null || offered.has(v.name) === c.offered),
      );
    }
    case 'datastore':
      return world.datastores.some((d) => {
        if (c.datastore !== undefined && !sameName(d.name, c.datastore)) return false;
        if (c.host !== undefined && !sameName(d.host, c.host)) return false;
        // Discovered by the configuration servers of the master targets on its host.
        const mts = world.masterTargets.filter((m) => m.host === d.host);
        if (c.visible !== undefined) {
          const seen = mts.some((m) => discovered(world, m.configurationServer, d.addedAt));
          if (seen !== c.visible) return false;
        }
        if (c.offered !== undefined) {
          const offered = mts.some((m) => datastoreField(world, m).options.some((o) => o.value === d.name));
          if (offered !== c.offered) return false;
        }
        return true;
      });
    case 'processServer': {
      const visible = c.visible ?? true;
      return world.processServers.some(
        (p) =>
          sameName(p.configurationServer, c.configurationServer) &&
          (c.name === undefined || sameName(p.name, c.name)) &&
          (c.location === undefined || p.location === c.location) &&
          (c.heartbeat === undefined || p.heartbeat === c.heartbeat) &&
          processServerVisible(world, p) === visible,
      );
    }
    case 'elapsed': {
      const since = c.since === 'start' ? ctx.startedAt : ctx.doneAt(c.since.step);
      return since !== null && ms(world.now) - ms(since) >= c.minutes * 60_000;
    }
    case 'allOf':
      return c.conditions.every((x) => evaluateCondition(world, x, ctx));
    case 'anyOf':
      return c.conditions.some((x) => evaluateCondition(world, x, ctx));
    case 'not':
      return !evaluateCondition(world, c.condition, ctx);
  }
}

/** Item names a condition mentions (import checks them against an inline or preset scenario). */
export function itemsNamed(c: Condition): string[] {
  if (c.kind === 'allOf' || c.kind === 'anyOf') return c.conditions.flatMap(itemsNamed);
  if (c.kind === 'not') return itemsNamed(c.condition);
  if ('item' in c && typeof c.item === 'string') return [c.item];
  return [];
}
