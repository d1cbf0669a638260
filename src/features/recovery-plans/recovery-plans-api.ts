import { PLAN_OPERATIONS, type PlanOperationName } from '../../../contract/operations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths, simulatorPaths } from '../../api/arm-paths';
import { usePlanItemList } from '../../api/items';
import { keys } from '../../api/query-keys';
import { jobsQuery, newestFirst } from '../../api/jobs';
import type { ArmItem, ArmResource, ItemFieldEligibility, RuleReason } from '../../api/wire-types';
import { poll } from '../../api/polling';

/** docs/api.md §3.6: the fields the plan blades read. */
export interface PlanProperties {
  friendlyName: string;
  primaryFabricFriendlyName?: string;
  recoveryFabricFriendlyName?: string;
  allowedOperations?: string[];
  currentScenario?: { scenarioName: string; jobId: string; startTime?: string };
  currentScenarioStatus?: string;
  currentScenarioStatusDescription?: string;
  lastPlannedFailoverTime?: string;
  lastUnplannedFailoverTime?: string;
  groups?: { groupType: string; replicationProtectedItems?: { id: string }[] }[];
}
export type ArmPlan = ArmResource<PlanProperties>;

/** The plan verbs (RPL-1), named as the ARM actions. */
export type PlanOperation = PlanOperationName;
export { PLAN_OPERATIONS };
export type PlanEligibility = Record<PlanOperation, { allowed: boolean; reasons: RuleReason[] } | undefined>;

const enc = encodeURIComponent;
export const planPaths = {
  plan: (vault: string, plan: string) => `${armPaths.recoveryPlans(vault)}/${enc(plan)}`,
  /**
   * ARM plan actions (docs/api.md §2.1); re-protect and Hyper-V planned failover with per-machine
   * values go through `{S}`.
   */
  action: (vault: string, plan: string, action: string) => `${planPaths.plan(vault, plan)}/${action}`,
  reProtect: (vault: string, plan: string) => `/simulator${planPaths.plan(vault, plan)}/reProtect`,
  /** Planned failover with each Hyper-V machine's host and key (HV-4, HV-5, docs/rules.md §14). */
  plannedFailover: (vault: string, plan: string) =>
    `/simulator${planPaths.plan(vault, plan)}/plannedFailover`,
  eligibility: (vault: string, plan: string) => `/simulator${planPaths.plan(vault, plan)}/eligibility`,
};

/** Plan cache entries live under keys.plans(vault), so an operation's vault refresh covers them. */
export const planKeys = {
  eligibility: (vault: string, plan: string) => [...keys.plans(vault), 'eligibility', plan] as const,
  fields: (vault: string, plan: string, item: string, masterTarget: string) =>
    [...keys.plans(vault), 'fields', plan, item, masterTarget] as const,
};

export const plansQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.plans(vault),
    queryFn: ({ signal }) =>
      arm.list<ArmPlan>(armPaths.recoveryPlans(vault), signal).then((list) => list.value),
    refetchInterval: () => poll(2000),
  });

export const usePlans = (vault: string) => useQuery(plansQuery(vault));

/** One plan found by name in the vault's list (the plan routes address plans by name). */
export function usePlan(vault: string, name: string) {
  const plans = usePlans(vault);
  const plan = plans.data?.find(
    (candidate) => candidate.name === name || candidate.properties.friendlyName === name,
  );
  return { plan, isLoading: plans.isLoading, notFound: plans.isSuccess && !plan, error: plans.error };
}

const lastSegment = (id: string) => decodeURIComponent(id.split('/').filter(Boolean).pop() ?? id);

/** The machines of a plan, by name (the last segment of each item id), in group order. */
export const planMachines = (plan: ArmPlan) =>
  (plan.properties.groups ?? []).flatMap((group) =>
    (group.replicationProtectedItems ?? []).map((item) => lastSegment(item.id)),
  );

/** The plan's items as ARM returns them, in the plan's order (items missing from the list dropped). */
export function usePlanItems(vault: string, plan: ArmPlan | undefined) {
  // docs/api.md §2.3: only the plan's items (`RecoveryPlanName eq`), never the vault-wide list.
  const items = usePlanItemList(vault, plan?.name ?? '');
  const names = plan ? planMachines(plan).map((name) => name.toLowerCase()) : [];
  const planItems = names.flatMap((name) => {
    const item = items.data?.find((candidate: ArmItem) => candidate.name.toLowerCase() === name);
    return item ? [item] : [];
  });
  return { items: planItems, isLoading: items.isLoading, error: items.error };
}

/** ARM's allowedOperations verbs (docs/api.md §3.1 table) → the plan actions they stand for. */
const VERB_TO_OPERATION: Record<string, PlanOperation> = {
  ReverseReplicate: 'reProtect',
  UnplannedFailover: 'unplannedFailover',
  PlannedFailover: 'plannedFailover',
  Failback: 'plannedFailover',
  Commit: 'failoverCommit',
  TestFailover: 'testFailover',
  TestFailoverCleanup: 'testFailoverCleanup',
};

/**
 * Which plan verbs are allowed now, with rule-cited reasons (`{S}{plan}/eligibility`). If that
 * route fails, the plan's own allowedOperations decide (no reasons then).
 */
export const planEligibilityQuery = (vault: string, name: string) =>
  queryOptions({
    queryKey: planKeys.eligibility(vault, name),
    queryFn: ({ signal }) =>
      arm.get<{ operations: Partial<PlanEligibility> }>(planPaths.eligibility(vault, name), signal),
    refetchInterval: () => poll(2000),
  });

export function usePlanEligibility(vault: string, plan: ArmPlan | undefined) {
  const query = useQuery({ ...planEligibilityQuery(vault, plan?.name ?? ''), enabled: Boolean(plan) });
  const fallback = (operation: PlanOperation) => {
    const allowed = (plan?.properties.allowedOperations ?? []).some(
      (verb) => VERB_TO_OPERATION[verb] === operation,
    );
    return { allowed, reasons: [] as RuleReason[] };
  };
  const operations = Object.fromEntries(
    PLAN_OPERATIONS.map((operation) => [
      operation,
      query.data ? query.data.operations[operation] : query.isError && plan ? fallback(operation) : undefined,
    ]),
  ) as PlanEligibility;
  return { operations, isLoading: query.isLoading };
}

/** Reasons as one sentence list, each citing its rule: "… has none (LIFE-7)". */
export const reasonsText = (reasons: RuleReason[]) =>
  reasons
    .map(({ message, ruleId }) =>
      message.includes(`(${ruleId})`) ? message : `${message.replace(/\.$/, '')} (${ruleId}).`,
    )
    .join(' ');

/** One machine's re-protect fields in the plan's context (RPL-1: values per machine). */
export const planMachineFieldsQuery = (vault: string, plan: string, item: ArmItem, masterTarget: string) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- in a vault the name identifies the item; its id follows from it
  queryOptions({
    queryKey: planKeys.fields(vault, plan, item.name, masterTarget),
    queryFn: ({ signal }) =>
      arm.get<ItemFieldEligibility>(
        `${simulatorPaths.itemEligibility(item.id, 'reProtect', masterTarget || undefined)}&recoveryPlan=${enc(plan)}`,
        signal,
      ),
  });

export function usePlanMachineFields(
  vault: string,
  plan: string,
  item: ArmItem,
  masterTarget: string,
  enabled = true,
) {
  return useQuery({ ...planMachineFieldsQuery(vault, plan, item, masterTarget), enabled });
}

/** The plan's newest job (its last operation): the vault's jobs whose target is the plan, newest first. */
export function usePlanJobs(vault: string, plan: string) {
  return useQuery({
    ...jobsQuery(vault),
    select: (jobs) =>
      newestFirst(
        jobs.filter((job) => job.properties.targetObjectName?.toLowerCase() === plan.toLowerCase()),
      ),
    refetchInterval: () => poll(2000),
  });
}
