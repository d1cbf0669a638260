/**
 * Per-machine inputs of a plan operation (RPL-1): re-protect values given per machine or the
 * machine's defaults (docs/api.md §2.1: ARM's plan reProtect has no body), recovery points by provider
 * type (FO-1, FO-2), Hyper-V planned failover options (HV-3..5).
 */
import { invalidParameter } from './errors';
import {
  datastoreField,
  masterTargetField,
  policyField,
  processServerField,
  retentionDriveField,
} from './fields';
import { findByName, sameName } from './lookup';
import { pointsOf } from './recovery-points';
import type { FieldEligibility } from './fields';
import type { OperationInput, ReplicatedItem, SimError, World } from './types';

/** The field's default, else its first eligible option (docs/api.md §2.1: plan reProtect defaults). */
const pick = (f: FieldEligibility): string => f.default ?? f.options[0]?.value ?? '';
import { reprotectDirection } from './validate';

/** Values for one machine of a plan re-protect Azure → on-premises (names, as item inputs). */
export interface PlanReprotectValues {
  masterTarget?: string;
  processServer?: string;
  datastore?: string;
  retentionDrive?: string;
  policy?: string;
}

/**
 * One Hyper-V machine's choices of a plan planned failover from Azure (HV-4, HV-5, §14 per
 * machine): each given value wins over the plan-wide one.
 */
export interface PlanPlannedFailoverValues {
  createVmIfNotFound?: boolean;
  hostName?: string | null;
  encryptionKey?: string | null;
}

export type PlanRecoveryPointType = 'Latest' | 'LatestProcessed' | 'LatestAppConsistent';

/** The input of a plan operation, before it is split per machine. */
export type PlanOperationInput =
  | { kind: 'Reprotect'; items?: Record<string, PlanReprotectValues> }
  | {
      kind: 'UnplannedFailover';
      recoveryPointType: PlanRecoveryPointType;
      shutDownSource: boolean;
      /** FO-3: the direction the caller asked for; each machine must replicate that way. */
      direction?: 'AzureToOnPremises' | 'OnPremisesToAzure';
    }
  | {
      kind: 'PlannedFailover';
      dataSync: 'ForSynchronization' | 'ForDownTime';
      createVmIfNotFound: boolean;
      hostName: string | null;
      encryptionKey: string | null;
      /** HV-4, HV-5 per machine (docs/rules.md §14), by item name; ARM's plan input has none. */
      items?: Record<string, PlanPlannedFailoverValues>;
    }
  | { kind: 'Commit' }
  /** TF-1: every machine tests from its point (FO-1, FO-2) into one Azure network. */
  | {
      kind: 'TestFailover';
      recoveryPointType: PlanRecoveryPointType;
      network: string;
      direction?: 'AzureToOnPremises' | 'OnPremisesToAzure';
    }
  /** TF-3 */
  | { kind: 'TestFailoverCleanup'; comments: string };

export type { PlanOperationName } from '../../contract/operations';

type Inputs = { ok: true; value: Map<string, OperationInput> } | { ok: false; error: SimError };

const fail = (error: SimError): Inputs => ({ ok: false, error });

function valuesFor<T extends object>(input: { items?: Record<string, T> }, item: string): Partial<T> {
  const entries = Object.entries(input.items ?? {});
  return entries.find(([k]) => sameName(k, item))?.[1] ?? {};
}

/** Re-protect: the given values, else the machine's defaults (first eligible MT, PS, datastore; RV-6). */
function reprotectInput(world: World, item: ReplicatedItem, v: PlanReprotectValues): OperationInput {
  if (reprotectDirection(item) === 'OnPremisesToAzure') {
    const ps = v.processServer ?? pick(processServerField(world, item, false));
    return { kind: 'Reprotect', direction: 'OnPremisesToAzure', processServer: ps };
  }
  const masterTarget = v.masterTarget ?? pick(masterTargetField(world, item));
  const mt = findByName(world.masterTargets, masterTarget);
  return {
    kind: 'Reprotect',
    direction: 'AzureToOnPremises',
    masterTarget,
    processServer: v.processServer ?? pick(processServerField(world, item, true)),
    datastore: v.datastore ?? (mt ? pick(datastoreField(world, mt)) : ''),
    retentionDrive: v.retentionDrive ?? (mt ? pick(retentionDriveField(world, mt)) : ''),
    policy: v.policy ?? pick(policyField(world)),
  };
}

/**
 * FO-2: the newest ApplicationConsistent time every machine of the group has (the group's common
 * point), or null when they share none.
 */
export function commonAppConsistentTime(world: World, items: string[]): string | null {
  const sets = items.map(
    (name) =>
      new Set(
        pointsOf(world, name)
          .filter((p) => p.type === 'ApplicationConsistent')
          .map((p) => p.time),
      ),
  );
  if (!sets.length) return null;
  const common = [...sets[0]].filter((t) => sets.every((s) => s.has(t))).sort();
  return common.length ? common[common.length - 1] : null;
}

function failoverInputs(
  world: World,
  items: ReplicatedItem[],
  input: Extract<PlanOperationInput, { kind: 'UnplannedFailover' }>,
): Inputs {
  const out = new Map<string, OperationInput>();
  for (const item of items) {
    const direction = item.direction === 'AzureToOnPremises' ? 'AzureToOnPremises' : 'OnPremisesToAzure';
    if (input.direction && input.direction !== direction)
      return fail(
        invalidParameter(
          'properties.failoverDirection',
          `'${item.name}' fails over ${direction === 'AzureToOnPremises' ? 'from Azure (RecoveryToPrimary)' : 'to Azure (PrimaryToRecovery)'}`,
          'FO-3',
        ),
      );
    const points = pointsOf(world, item.name);
    let pointId: string | null = null;
    if (input.recoveryPointType === 'LatestProcessed') pointId = points[0]?.id ?? null;
    if (input.recoveryPointType === 'LatestAppConsistent') {
      // FO-2: a replication group recovers to its common app-consistent point.
      const group = item.replicationGroup
        ? items.filter((i) => i.replicationGroup === item.replicationGroup).map((i) => i.name)
        : [item.name];
      const time = commonAppConsistentTime(world, group);
      const point = points.find((p) => p.type === 'ApplicationConsistent' && p.time === time);
      if (!point)
        return fail(
          invalidParameter(
            'properties.providerSpecificDetails.recoveryPointType',
            `'${item.name}' has no app-consistent recovery point common to its replication group`,
            'FO-2',
          ),
        );
      pointId = point.id;
    }
    out.set(item.name, {
      kind: 'UnplannedFailover',
      direction,
      recoveryPointId: pointId,
      recoveryPointType: input.recoveryPointType,
      shutDownSource: input.shutDownSource,
    });
  }
  return { ok: true, value: out };
}

/** Each machine's input for the plan operation (not validated yet: see plan-operations.ts). */
export function machineInputs(world: World, items: ReplicatedItem[], input: PlanOperationInput): Inputs {
  if (input.kind === 'UnplannedFailover') return failoverInputs(world, items, input);
  if (input.kind === 'TestFailover') return testFailoverInputs(world, items, input);
  if (input.kind === 'PlannedFailover') {
    // RPL-1: per-machine choices name machines of this plan only.
    const stranger = Object.keys(input.items ?? {}).find((k) => !items.some((i) => sameName(i.name, k)));
    if (stranger !== undefined)
      return fail(
        invalidParameter(
          `properties.items[${stranger}]`,
          `'${stranger}' is not a machine of the plan`,
          'RPL-1',
        ),
      );
  }
  const out = new Map<string, OperationInput>();
  for (const item of items) {
    if (input.kind === 'TestFailoverCleanup')
      out.set(item.name, { kind: 'TestFailoverCleanup', comments: input.comments });
    else if (input.kind === 'Reprotect')
      out.set(item.name, reprotectInput(world, item, valuesFor(input, item.name)));
    else if (input.kind === 'Commit') out.set(item.name, { kind: 'Commit' });
    else {
      // HV-4, HV-5 (docs/rules.md §14): a machine's own choices win over the plan-wide ones.
      const own = valuesFor(input, item.name);
      out.set(item.name, {
        kind: 'PlannedFailover',
        direction: item.activeSite === 'Azure' ? 'AzureToOnPremises' : 'OnPremisesToAzure',
        dataSync: input.dataSync,
        createVmIfNotFound: own.createVmIfNotFound ?? input.createVmIfNotFound,
        hostName: own.hostName !== undefined ? own.hostName : input.hostName,
        encryptionKey: own.encryptionKey !== undefined ? own.encryptionKey : input.encryptionKey,
      });
    }
  }
  return { ok: true, value: out };
}

/** TF-1: each machine's point as a plan failover picks it (FO-1, FO-2), into the plan's network. */
function testFailoverInputs(
  world: World,
  items: ReplicatedItem[],
  input: Extract<PlanOperationInput, { kind: 'TestFailover' }>,
): Inputs {
  const direction = input.direction ?? 'OnPremisesToAzure';
  const points = failoverInputs(world, items, {
    kind: 'UnplannedFailover',
    recoveryPointType: input.recoveryPointType,
    shutDownSource: false,
    direction,
  });
  if (!points.ok) return points;
  const out = new Map<string, OperationInput>();
  for (const [name, machine] of points.value) {
    const pointId = machine.kind === 'UnplannedFailover' ? machine.recoveryPointId : null;
    out.set(name, {
      kind: 'TestFailover',
      direction,
      network: input.network,
      recoveryPointId: pointId,
      recoveryPointType: pointId && input.recoveryPointType !== 'Latest' ? 'Custom' : 'Latest',
    });
  }
  return { ok: true, value: out };
}
