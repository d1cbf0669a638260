/**
 * Recovery plan operations (RPL-1..3, RP-3, FO-2, LIFE-7): eligibility per plan and one job per
 * plan operation, with a machine's tasks tagged by its name (engine: plan-jobs.ts). Errors follow
 * docs/api.md §5: 404 plan, 409 a machine has a running job, 400 OperationNotAllowed naming the machine,
 * 400 InvalidParameter with a target naming the machine's field.
 */
import { PLAN_OPERATIONS } from '../../contract/operations';
import { operationEligibility } from './eligibility';
import { conflict, invalidParameter, notAllowed, notFound } from './errors';
import { nextGuid } from './ids';
import { notify } from './job-engine';
import { buildTasks, inProgressStatus, startTasks, taskSpecs } from './job-plans';
import { activeJobOf, findByName, findItem } from './lookup';
import { machineInputs } from './plan-inputs';
import type { PlanOperationInput, PlanOperationName } from './plan-inputs';
import type {
  Job,
  JobScenario,
  OperationEligibility,
  OperationInput,
  Reason,
  RecoveryPlan,
  ReplicatedItem,
  Result,
  SimError,
  World,
} from './types';
import { validateInput } from './validate';
import { draftOf } from './draft';

export { PLAN_OPERATIONS };

/** Rules whose refusal is about a value (400 InvalidParameter), not the state (docs/api.md §5 #8). */
const VALUE_RULES = ['LIFE-7', 'RPL-3'];

const planItems = (world: World, plan: RecoveryPlan): ReplicatedItem[] =>
  plan.items.flatMap((n) => {
    const item = findItem(world, n);
    return item ? [item] : [];
  });

/** RPL-3: machines of a replication group whose OS family differs from the group's first. */
function mixedOs(items: ReplicatedItem[]): ReplicatedItem[] {
  return items.filter((item) => {
    if (!item.replicationGroup) return false;
    const first = items.find((i) => i.replicationGroup === item.replicationGroup);
    return first !== undefined && first.os !== item.os;
  });
}

function machineReasons(world: World, items: ReplicatedItem[], op: PlanOperationName): Reason[] {
  const reasons: Reason[] = [];
  for (const item of items) {
    const job = activeJobOf(world, item);
    if (job) {
      reasons.push({
        ruleId: 'JOB',
        message: `Job ${job.scenario} (${job.name}) is in progress on '${item.name}'`,
      });
      continue;
    }
    const e = operationEligibility(world, item.name)[op];
    for (const r of e.reasons) {
      // RPL-2 / RP-3: a replication group re-protects exactly this way, through its plan.
      if (op === 'reProtect' && r.ruleId === 'RP-3') continue;
      if (r.ruleId === 'LIFE-7') {
        reasons.push({
          ruleId: 'LIFE-7',
          message: `Failback through a recovery plan needs a recovery point on every machine: '${item.name}' has none`,
        });
      } else reasons.push({ ruleId: r.ruleId, message: `'${item.name}': ${r.message}` });
    }
  }
  if (op === 'reProtect' || op === 'unplannedFailover' || op === 'plannedFailover') {
    for (const item of mixedOs(items))
      reasons.push({
        ruleId: 'RPL-3',
        message: `'${item.name}' (${item.os}) differs in OS family from replication group ${item.replicationGroup}: mixed Windows/Linux is not supported`,
      });
  }
  return reasons;
}

/** Per plan operation: allowed when every machine allows it (RPL-1), with the reasons naming machines. */
export function planOperationEligibility(
  world: World,
  name: string,
): Record<PlanOperationName, OperationEligibility> {
  const plan = findByName(world.recoveryPlans, name);
  const items = plan ? planItems(world, plan) : [];
  const out = {} as Record<PlanOperationName, OperationEligibility>;
  for (const op of PLAN_OPERATIONS) {
    const reasons = items.length
      ? machineReasons(world, items, op)
      : [{ ruleId: 'RPL-1', message: `Recovery plan '${name}' has no machines` }];
    out[op] = { allowed: reasons.length === 0, reasons };
  }
  return out;
}

const opOf: Record<PlanOperationInput['kind'], PlanOperationName> = {
  Reprotect: 'reProtect',
  UnplannedFailover: 'unplannedFailover',
  PlannedFailover: 'plannedFailover',
  Commit: 'failoverCommit',
  TestFailover: 'testFailover',
  TestFailoverCleanup: 'testFailoverCleanup',
};

function scenarioOf(items: ReplicatedItem[], input: PlanOperationInput): JobScenario {
  if (input.kind === 'Reprotect')
    return items.every((i) => i.machineType === 'HyperVVM') ? 'ReverseReplicate' : 'Reprotect';
  return input.kind;
}

const machineTarget = (item: string, target: string | undefined) =>
  `properties.items[${item}]${(target ?? '').replace(/^properties/, '') || ''}`;

/** Validate every machine's input (item rules), then RP-3 / RPL-2: a group shares one master target. */
function validateMachines(
  world: World,
  items: ReplicatedItem[],
  inputs: Map<string, OperationInput>,
): { ok: true; value: Map<string, OperationInput> } | { ok: false; error: SimError } {
  const out = new Map<string, OperationInput>();
  for (const item of items) {
    const checked = validateInput(world, item, inputs.get(item.name) as OperationInput);
    if (!checked.ok) {
      const e = checked.error;
      return {
        ok: false,
        error: { ...e, target: machineTarget(item.name, e.target), message: `'${item.name}': ${e.message}` },
      };
    }
    out.set(item.name, checked.value);
  }
  for (const item of items) {
    const input = out.get(item.name);
    if (!item.replicationGroup || input?.kind !== 'Reprotect' || input.direction !== 'AzureToOnPremises')
      continue;
    const first = items.find((i) => i.replicationGroup === item.replicationGroup) as ReplicatedItem;
    const firstInput = out.get(first.name);
    const mt =
      firstInput?.kind === 'Reprotect' && firstInput.direction === 'AzureToOnPremises'
        ? firstInput.masterTarget
        : null;
    if (mt !== null && mt !== input.masterTarget)
      return {
        ok: false,
        error: invalidParameter(
          machineTarget(item.name, 'properties.providerSpecificDetails.masterTargetId'),
          `'${item.name}' must use the same master target server as '${first.name}' (${mt}): replication group ${item.replicationGroup} needs one master target for a common point in time`,
          'RP-3',
        ),
      };
  }
  return { ok: true, value: out };
}

/** Tasks of every machine, interleaved step by step so that HV-3's wait comes once all synced. */
function planTasks(draft: World, items: ReplicatedItem[], inputs: Map<string, OperationInput>) {
  const specs = items.map((item) => taskSpecs(item, inputs.get(item.name) as OperationInput, draft.now));
  const rows: { item: string; spec: [string, string, number] }[] = [];
  const longest = Math.max(...specs.map((s) => s.length));
  for (let step = 0; step < longest; step += 1)
    items.forEach((item, i) => {
      const spec = specs[i][step];
      if (spec) rows.push({ item: item.name, spec: [spec[0], `${item.name}: ${spec[1]}`, spec[2]] });
    });
  return buildTasks(
    draft,
    rows.map((r) => r.spec),
  ).map((task, i) => ({ ...task, item: rows[i].item }));
}

export function startPlanOperation(
  world: World,
  name: string,
  input: PlanOperationInput,
): Result<{ job: Job }> {
  const plan = findByName(world.recoveryPlans, name);
  if (!plan) return { ok: false, error: notFound('replicationRecoveryPlans', name) };
  const items = planItems(world, plan);
  for (const item of items) {
    const running = activeJobOf(world, item);
    if (running) return { ok: false, error: conflict(running.scenario, running.name, item.name) };
  }
  const op = opOf[input.kind];
  const reasons = planOperationEligibility(world, plan.name)[op].reasons;
  const state = reasons.find((r) => !VALUE_RULES.includes(r.ruleId));
  if (state) return { ok: false, error: notAllowed(state.message, state.ruleId) };
  const value = reasons[0];
  if (value) {
    const machine = items.find((i) => value.message.includes(`'${i.name}'`));
    const target = machine ? machineTarget(machine.name, undefined) : 'properties';
    return { ok: false, error: invalidParameter(target, value.message, value.ruleId) };
  }
  const raw = machineInputs(world, items, input);
  if (!raw.ok) return raw;
  const checked = validateMachines(world, items, raw.value);
  if (!checked.ok) return checked;

  const draft = draftOf(world);
  const targets = items.map((i) => findItem(draft, i.name) as ReplicatedItem);
  const scenario = scenarioOf(targets, input);
  const job: Job = {
    name: nextGuid(draft),
    scenario,
    item: null,
    plan: plan.name,
    machines: targets.map((t) => ({
      item: t.name,
      input: checked.value.get(t.name) as OperationInput,
      revertStatus: t.status,
    })),
    state: 'InProgress',
    startTime: draft.now,
    endTime: null,
    tasks: planTasks(draft, targets, checked.value),
    errors: [],
    input: checked.value.get(targets[0].name) as OperationInput,
    revertStatus: null,
  };
  startTasks(draft, job);
  draft.jobs.push(job);
  for (const t of targets) {
    t.status = inProgressStatus(scenario) ?? t.status;
    t.currentJob = job.name;
  }
  notify(draft, job, 'InProgress');
  return { ok: true, world: draft, value: { job } };
}
