/** The fuzz suite (docs/api.md §6): valid operations (the model): steps a sequence takes, each built as a request. */
import fc from 'fast-check';
import { fieldEligibility, operationEligibility, planOperationEligibility } from '../../simulation/api';
import type { FieldEligibility, OperationName, World } from '../../simulation/api';
import { containerName, fabricNameOfItem } from '../../http/ids';
import { recoveryPointsOf } from '../../http/item-json';
import { at, buildRequest, template, type BuiltRequest } from './build-request';
import { requestChoice, type RequestChoice } from './hostile';
import { ROUTES, segment } from './routes';

export type ModelStep =
  | { kind: 'item'; item: number; op: number; pick: number }
  | { kind: 'plan'; op: number }
  | { kind: 'job'; job: number; action: 'cancel' | 'restart' | 'resume' }
  | { kind: 'lab'; pick: number }
  | { kind: 'processServer'; add: boolean; pick: number }
  | { kind: 'advance'; minutes: number }
  | { kind: 'untilDone' }
  | { kind: 'realTime'; seconds: number }
  /** A hostile request in the middle of the sequence (any route). */
  | { kind: 'hostile'; request: RequestChoice };

export const modelStep: fc.Arbitrary<ModelStep> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('item' as const),
      item: fc.nat(),
      op: fc.nat(),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plan' as const), op: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('job' as const),
      job: fc.nat(),
      action: fc.constantFrom('cancel' as const, 'restart' as const, 'resume' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lab' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('processServer' as const), add: fc.boolean(), pick: fc.nat() }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.integer({ min: 1, max: 180 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: 'untilDone' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('realTime' as const),
      seconds: fc.integer({ min: 1, max: 900 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('hostile' as const), request: requestChoice }) },
);

const V = (w: World) =>
  `/subscriptions/${segment(w.vault.subscriptionId)}/resourceGroups/${segment(w.vault.resourceGroup)}/providers/Microsoft.RecoveryServices/vaults/${segment(w.vault.name)}`;

const choose = (f: FieldEligibility | undefined, pick: number) =>
  f ? (f.default ?? at(f.options, pick)?.value ?? null) : null;

/** An item operation its eligibility allows, with values its fields offer (null: none to build). */
function itemOperation(world: World, step: Extract<ModelStep, { kind: 'item' }>): BuiltRequest | null {
  const item = at(world.items, step.item);
  if (!item) return null;
  const allowed = Object.entries(operationEligibility(world, item.name))
    .filter(([, e]) => e.allowed)
    .map(([op]) => op as OperationName);
  const op = at(allowed, step.op);
  if (!op) return null;
  const fields = (mt?: string) => {
    const r = fieldEligibility(world, item.name, op, { masterTarget: mt });
    return r.ok ? r.value : {};
  };
  const f = fields();
  let body: unknown;
  if (op === 'reProtect' && f.masterTarget) {
    const mt = choose(f.masterTarget, step.pick);
    const ps = choose(f.processServer, step.pick);
    if (!mt || !ps) return null;
    const g = fields(mt);
    const ds = choose(g.datastore, step.pick);
    const rv = choose(g.retentionDrive, step.pick);
    if (!ds || !rv) return null;
    body = {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'InMage',
          masterTargetId: mt,
          processServerId: ps,
          datastoreName: ds,
          retentionDrive: rv,
          profileId: choose(f.policy, 0),
        },
      },
    };
  } else if (op === 'reProtect') {
    const hv = item.machineType === 'HyperVVM';
    const ps = hv ? '' : choose(f.processServer, step.pick);
    if (ps === null) return null;
    body = {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: hv
          ? { instanceType: 'HyperVReplicaAzure' }
          : { instanceType: 'InMageAzureV2', processServerId: ps },
      },
    };
  } else if (op === 'unplannedFailover') {
    const back = item.direction === 'AzureToOnPremises';
    body = {
      properties: {
        failoverDirection: back ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
        sourceSiteOperations: step.pick % 2 ? 'Required' : 'NotRequired',
        ...(back
          ? { providerSpecificDetails: { instanceType: 'InMage', recoveryPointType: 'LatestTime' } }
          : {}),
      },
    };
  } else if (op === 'plannedFailover') {
    const back = item.activeSite === 'Azure';
    body = {
      properties: {
        failoverDirection: back ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
        ...(back
          ? {
              providerSpecificDetails: {
                instanceType: 'HyperVReplicaAzureFailback',
                dataSyncOption: step.pick % 2 ? 'ForSynchronization' : 'ForDownTime',
                recoveryVmCreationOption: 'CreateVmIfNotFound',
                providerIdForAlternateRecovery: choose(f.hostName, step.pick) ?? 'hv-host-01',
                ...(f.encryptionKey ? { primaryKekCertificatePfx: choose(f.encryptionKey, 0) } : {}),
              },
            }
          : {}),
      },
    };
  } else if (op === 'testFailover') {
    // TF-1: TestFailoverInput with a network the field offers; Latest processed (no point id).
    const network = choose(f.network, step.pick);
    if (!network) return null;
    body = {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        networkType: 'VmNetworkAsInput',
        networkId: network,
        providerSpecificDetails: { instanceType: 'InMageAzureV2' },
      },
    };
  } else if (op === 'testFailoverCleanup') {
    body = { properties: { comments: step.pick % 2 ? 'Checked the test VM' : '' } };
  } else if (op === 'completeMigration' || op === 'disableReplication') {
    // END-1: both are POST {I}/remove with a DisableProtectionInput.
    body = {
      properties: {
        disableProtectionReason: op === 'completeMigration' ? 'MigrationComplete' : 'NotSpecified',
      },
    };
  } else if (op === 'applyRecoveryPoint') {
    const points = recoveryPointsOf(world, item);
    const point = at(points, step.pick);
    if (!point) return null;
    body = { properties: { recoveryPointId: point.id } };
  }
  const fabric = fabricNameOfItem(item);
  const path = `${V(world)}/replicationFabrics/${segment(fabric)}/replicationProtectionContainers/${segment(containerName(fabric))}/replicationProtectedItems/${segment(item.name)}/${op === 'completeMigration' || op === 'disableReplication' ? 'remove' : op}?api-version=2023-06-01`;
  return {
    label: `${op} ${item.name}`,
    method: 'POST',
    url: path,
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

const LAB_PATCHES = (world: World, pick: number) => {
  const flag = (pick >> 4) % 2 === 0;
  const item = at(world.items, pick >> 5)?.name ?? 'web-01';
  const ps = at(world.processServers, pick >> 5)?.name ?? 'ps-01';
  const list = [
    { network: { vpnConnected: flag } },
    { processServers: { [ps]: { heartbeat: flag } } },
    { masterTargets: { 'cs-01': { snapshots: !flag } } },
    { configurationServers: { 'cs-01': { connected: flag } } },
    { virtualMachines: { [item]: { azureVmRunning: flag } } },
    { hyperV: { hostConnected: flag } },
    { esxiHosts: { 'esxi-01': { licence: flag ? 'Licensed' : 'Free6' } } },
  ];
  return list[pick % list.length];
};

/** The request for a model step (null: nothing valid to send). */
export function modelRequest(world: World, step: ModelStep): BuiltRequest | null {
  const api = '?api-version=2023-06-01';
  switch (step.kind) {
    case 'item':
      return itemOperation(world, step);
    case 'plan': {
      const plan = world.recoveryPlans[0];
      if (!plan) return null;
      const allowed = Object.entries(planOperationEligibility(world, plan.name)).filter(([, e]) => e.allowed);
      const op = at(allowed, step.op)?.[0];
      if (!op) return null;
      const body =
        op === 'reProtect' || op === 'failoverCommit' ? undefined : JSON.stringify({ properties: {} });
      return {
        label: `${op} ${plan.name}`,
        method: 'POST',
        url: `${V(world)}/replicationRecoveryPlans/${segment(plan.name)}/${op}${api}`,
        body,
      };
    }
    case 'job': {
      // Resume aims at a job waiting for input (HV-3) when there is one, so the sequences reach it.
      const waiting = world.jobs.filter((j) => j.state === 'Suspended');
      const job = at(step.action === 'resume' && waiting.length ? waiting : world.jobs, step.job);
      if (!job) return null;
      return {
        label: `${step.action} ${job.scenario} ${job.state}`,
        method: 'POST',
        url: `${V(world)}/replicationJobs/${segment(job.name)}/${step.action}${api}`,
        body: step.action === 'resume' ? '{"properties":{}}' : undefined,
      };
    }
    case 'lab':
      return {
        label: 'lab',
        method: 'PATCH',
        url: '/simulator/lab',
        body: JSON.stringify(LAB_PATCHES(world, step.pick)),
      };
    case 'processServer': {
      const fabric = `/simulator${V(world)}/replicationFabrics/cs-01/processServers`;
      if (step.add)
        return {
          label: 'add process server',
          method: 'POST',
          url: fabric,
          body: JSON.stringify(
            template(
              ROUTES.find((r) => r.pattern.at(-1) === 'processservers')!,
              'POST',
              world,
              step.pick,
              {},
            ),
          ),
        };
      const ps = at(
        world.processServers.filter((p) => p.location === 'Azure'),
        step.pick,
      );
      return ps
        ? { label: `remove ${ps.name}`, method: 'DELETE', url: `${fabric}/${segment(ps.name)}` }
        : null;
    }
    case 'advance':
      return {
        label: `advance ${step.minutes}`,
        method: 'POST',
        url: '/simulator/clock/advance',
        body: JSON.stringify({ minutes: step.minutes }),
      };
    case 'untilDone':
      return {
        label: 'until jobs finish',
        method: 'POST',
        url: '/simulator/clock/advance',
        body: '{"untilJobsFinish":true}',
      };
    case 'realTime':
      return null;
    case 'hostile':
      return buildRequest(world, step.request);
  }
}
