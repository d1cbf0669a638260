/**
 * `{S}{V}/replicationRecoveryPlans/{plan}/eligibility`, `/reProtect` and `/plannedFailover` with
 * per-machine values (docs/api.md §2.2, RPL-1, RP-3, RPL-3, HV-4, HV-5): what ARM's body-less plan
 * reProtect and its plan planned failover input (no per-machine host or key) cannot carry.
 */
import { HttpResponse } from 'msw';
import { planOperationEligibility } from '../simulation/api';
import type { PlanPlannedFailoverValues, PlanReprotectValues, World } from '../simulation/api';
import { authorizationFailed, invalidContent } from '../http/arm-error';
import { isObject, nameFromId, readJsonBody } from '../http/request';
import { runtime } from '../runtime';
import { mapPlanBody, startPlan } from './arm-plans';
import { checkVault, resolveNames } from './resolve';
import { VAULT } from './paths';
import { type RoutedRequest, type SimulatorRoute, vaultNames } from './simulator-route';

function resolvePlan(world: World, req: RoutedRequest) {
  const missing = checkVault(world, ...vaultNames(req));
  if (missing) return missing;
  const names = resolveNames(world, { plan: req.params.plan });
  return names instanceof Response ? names : names.plan!;
}

/** The plan a Reader may not act on (403, docs/api.md §5), or the answer why not. */
function writablePlan(req: RoutedRequest, action: 'reProtect' | 'plannedFailover') {
  const world = runtime.world();
  if (world.role === 'Reader')
    return authorizationFailed(
      `Microsoft.RecoveryServices/vaults/replicationRecoveryPlans/${action}/action`,
      `/${req.segments.slice(1, -1).join('/')}`,
    );
  return resolvePlan(world, req);
}

function eligibility(req: RoutedRequest): Response {
  const world = runtime.world();
  const plan = resolvePlan(world, req);
  if (plan instanceof Response) return plan;
  return HttpResponse.json({ operations: planOperationEligibility(world, plan.name) });
}

const FIELDS: [keyof PlanReprotectValues, string][] = [
  ['masterTarget', 'masterTargetId'],
  ['processServer', 'processServerId'],
  ['datastore', 'datastoreName'],
  ['retentionDrive', 'retentionDrive'],
  ['policy', 'profileId'],
];

type Mapped<T> = { ok: true; items: Record<string, T> } | { ok: false; response: Response };

const bad = (target: string, issue: string) => ({
  ok: false as const,
  response: invalidContent(target, issue),
});

/**
 * `properties.items: [{replicationProtectedItemId, providerSpecificDetails}]` by item name: the list's
 * shape is checked here, each machine's details by `values` (given their path, for its 400s).
 */
function mapPlanItems<T>(
  list: unknown,
  values: (details: Record<string, unknown>, psd: string) => T | Response,
): Mapped<T> {
  if (!Array.isArray(list)) return bad('properties.items', "the field 'properties.items' must be an array.");
  const items: Record<string, T> = {};
  for (let i = 0; i < list.length; i += 1) {
    const path = `properties.items[${i}]`;
    const entry: unknown = list[i];
    if (!isObject(entry)) return bad(path, `the field '${path}' must be an object.`);
    const id = entry.replicationProtectedItemId;
    if (typeof id !== 'string' || !id)
      return bad(
        `${path}.replicationProtectedItemId`,
        `the required field '${path}.replicationProtectedItemId' is missing.`,
      );
    const psd = `${path}.providerSpecificDetails`;
    const details = entry.providerSpecificDetails ?? {};
    if (!isObject(details)) return bad(psd, `the field '${psd}' must be an object.`);
    const mapped = values(details, psd);
    if (mapped instanceof Response) return { ok: false, response: mapped };
    items[nameFromId(id)] = mapped;
  }
  return { ok: true, items };
}

/** `{properties: {failoverDirection, items: [{replicationProtectedItemId, providerSpecificDetails}]}}`. */
function mapItems(body: Record<string, unknown> | undefined): Mapped<PlanReprotectValues> {
  const props = body?.properties;
  if (!isObject(props)) return bad('properties', "the required field 'properties' is missing.");
  return mapPlanItems<PlanReprotectValues>(props.items ?? [], (details, psd) => {
    const values: PlanReprotectValues = {};
    for (const [key, wire] of FIELDS) {
      const v = details[wire];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string')
        return invalidContent(`${psd}.${wire}`, `the field '${psd}.${wire}' must be a string.`);
      // Ids from the fabric are accepted verbatim (docs/api.md §6); the retention drive is a volume name.
      values[key] = key === 'retentionDrive' ? v : nameFromId(v);
    }
    return values;
  });
}

async function reProtect(req: RoutedRequest, request: Request): Promise<Response> {
  const plan = writablePlan(req, 'reProtect');
  if (plan instanceof Response) return plan;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const mapped = mapItems(body.value);
  if (!mapped.ok) return mapped.response;
  return startPlan({ origin: req.origin }, plan, { kind: 'Reprotect', items: mapped.items });
}

/**
 * `properties.items: [{replicationProtectedItemId, providerSpecificDetails:
 * HyperVReplicaAzureFailoverProviderInput}]`: recoveryVmCreationOption, providerIdForAlternateRecovery,
 * primaryKekCertificatePfx per machine (HV-4, HV-5). Only the shape is checked; the rules are the
 * simulation's.
 */
function mapFailoverItems(body: Record<string, unknown> | undefined): Mapped<PlanPlannedFailoverValues> {
  const props = isObject(body?.properties) ? body.properties : {};
  return mapPlanItems<PlanPlannedFailoverValues>(props.items ?? [], (details, psd) => {
    const values: PlanPlannedFailoverValues = {};
    for (const wire of [
      'recoveryVmCreationOption',
      'providerIdForAlternateRecovery',
      'primaryKekCertificatePfx',
    ]) {
      const v = details[wire];
      if (v !== undefined && v !== null && typeof v !== 'string')
        return invalidContent(`${psd}.${wire}`, `the field '${psd}.${wire}' must be a string.`);
    }
    const create = details.recoveryVmCreationOption as string | undefined | null;
    if (typeof create === 'string') {
      const option = ['NoAction', 'CreateVmIfNotFound'].find((o) => o.toLowerCase() === create.toLowerCase());
      if (!option)
        return invalidContent(
          `${psd}.recoveryVmCreationOption`,
          `'${create}' is not a valid value for '${psd}.recoveryVmCreationOption' (NoAction, CreateVmIfNotFound).`,
        );
      values.createVmIfNotFound = option === 'CreateVmIfNotFound';
    }
    const host = details.providerIdForAlternateRecovery as string | undefined | null;
    // Ids from the fabric are accepted verbatim (docs/api.md §6): the host is its last segment.
    if (host !== undefined) values.hostName = host ? nameFromId(host) : null;
    const key = details.primaryKekCertificatePfx as string | undefined | null;
    if (key !== undefined) values.encryptionKey = key || null;
    return values;
  });
}

/**
 * `{S}…/plannedFailover`: ARM's RecoveryPlanPlannedFailoverInput (its plan-wide options are each
 * machine's default) plus `properties.items` with each Hyper-V machine's own choices.
 */
async function plannedFailover(req: RoutedRequest, request: Request): Promise<Response> {
  const plan = writablePlan(req, 'plannedFailover');
  if (plan instanceof Response) return plan;
  const copy = request.clone();
  const mapped = await mapPlanBody(request, 'plannedfailover');
  if (!mapped.ok) return mapped.response;
  const body = await readJsonBody(copy);
  if (!body.ok) return body.response;
  const items = mapFailoverItems(body.value);
  if (!items.ok) return items.response;
  if (mapped.input.kind !== 'PlannedFailover') return invalidContent('properties', 'not a planned failover.');
  return startPlan({ origin: req.origin }, plan, { ...mapped.input, items: items.items });
}

/** `{S}{V}/replicationRecoveryPlans/{plan}/eligibility`, `/reProtect` and `/plannedFailover`. */
export const planSimulatorRoutes: SimulatorRoute[] = [
  { pattern: [...VAULT, 'replicationrecoveryplans', ':plan', 'eligibility'], handlers: { GET: eligibility } },
  { pattern: [...VAULT, 'replicationrecoveryplans', ':plan', 'reprotect'], handlers: { POST: reProtect } },
  {
    pattern: [...VAULT, 'replicationrecoveryplans', ':plan', 'plannedfailover'],
    handlers: { POST: plannedFailover },
  },
];
