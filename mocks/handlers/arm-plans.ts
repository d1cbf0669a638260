/**
 * Recovery plans over ARM (docs/api.md §2.1, §3.6): GET list/one, POST unplannedFailover,
 * plannedFailover, failoverCommit, reProtect → 202 LRO → RecoveryPlan (RPL-1..3, FO-2, LIFE-7).
 * Only the body shape is checked here (400 InvalidRequestContent); the rules are the simulation's.
 */
import { HttpResponse } from 'msw';
import { startPlanOperation } from '../simulation/api';
import type { PlanOperationInput, PlanRecoveryPointType, RecoveryPlan } from '../simulation/api';
import { invalidContent, simErrorResponse } from '../http/arm-error';
import { find, planId } from '../http/ids';
import { accepted } from '../http/lro';
import { plainList } from '../http/paging';
import { planJson } from '../http/plan-json';
import { isObject, nameFromId, readJsonBody } from '../http/request';
import { runtime } from '../runtime';
import type { ArmCtx, VaultRoute } from './arm-route';
import { withNames } from './arm-route';

export type PlanBody = { ok: true; input: PlanOperationInput } | { ok: false; response: Response };

const PSD = 'properties.providerSpecificDetails';

function text(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  values?: string[],
): string | undefined | Response {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string')
    return invalidContent(`${path}.${key}`, `the field '${path}.${key}' must be a string.`);
  if (values && !values.some((x) => x.toLowerCase() === v.toLowerCase()))
    return invalidContent(
      `${path}.${key}`,
      `'${v}' is not a valid value for '${path}.${key}' (${values.join(', ')}).`,
    );
  return values ? values.find((x) => x.toLowerCase() === v.toLowerCase()) : v;
}

/** The `providerSpecificDetails` entry of an instance type (docs/api.md §3.2: an array, one per provider). */
function providerEntry(props: Record<string, unknown>, types: string[]): Record<string, unknown> | Response {
  const list = props.providerSpecificDetails;
  if (list === undefined || list === null) return {};
  const entries = Array.isArray(list) ? list : [list];
  if (!entries.every(isObject)) return invalidContent(PSD, `the field '${PSD}' must be an array of objects.`);
  const lower = types.map((t) => t.toLowerCase());
  return (
    (entries as Record<string, unknown>[]).find(
      (e) => typeof e.instanceType === 'string' && lower.includes(e.instanceType.toLowerCase()),
    ) ?? {}
  );
}

/** FO-1 names of both providers → the simulation's plan point type. */
const POINT_TYPES: Record<string, PlanRecoveryPointType> = {
  latest: 'Latest',
  latesttime: 'Latest',
  latestprocessed: 'LatestProcessed',
  latestapplicationconsistent: 'LatestAppConsistent',
  latesttag: 'LatestAppConsistent',
};

/** Body of a plan action (none for failoverCommit / reProtect: ARM takes none, docs/api.md §2.1). */
/** The provider entry's recoveryPointType (FO-1) as the simulation names it; Latest when absent. */
function recoveryPointType(entry: Record<string, unknown>): PlanRecoveryPointType | Response {
  const type = text(entry, 'recoveryPointType', `${PSD}[]`, Object.keys(POINT_TYPES));
  if (type instanceof Response) return type;
  return type ? POINT_TYPES[type.toLowerCase()] : 'Latest';
}

/** ARM's failoverDirection as the simulation's direction; nothing when the body gives none. */
function siteDirection(direction: string | undefined) {
  if (!direction) return {};
  return {
    direction:
      direction === 'RecoveryToPrimary' ? ('AzureToOnPremises' as const) : ('OnPremisesToAzure' as const),
  };
}

export async function mapPlanBody(request: Request, action: string): Promise<PlanBody> {
  if (action === 'failovercommit') return { ok: true, input: { kind: 'Commit' } };
  if (action === 'reprotect') return { ok: true, input: { kind: 'Reprotect' } };
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const props = (body.value ?? {}).properties;
  if (action === 'testfailovercleanup') return testFailoverCleanupBody(props);
  if (!isObject(props))
    return {
      ok: false,
      response: invalidContent('properties', "the required field 'properties' is missing."),
    };
  const direction = text(props, 'failoverDirection', 'properties', [
    'PrimaryToRecovery',
    'RecoveryToPrimary',
  ]);
  if (direction instanceof Response) return { ok: false, response: direction };
  if (action === 'testfailover') return testFailoverBody(props, direction);
  if (action === 'unplannedfailover') {
    const sso = text(props, 'sourceSiteOperations', 'properties', ['Required', 'NotRequired']);
    if (sso instanceof Response) return { ok: false, response: sso };
    const entry = providerEntry(
      props,
      direction === 'RecoveryToPrimary' ? ['InMage'] : ['InMageAzureV2', 'InMage'],
    );
    if (entry instanceof Response) return { ok: false, response: entry };
    const point = recoveryPointType(entry);
    if (point instanceof Response) return { ok: false, response: point };
    return {
      ok: true,
      input: {
        kind: 'UnplannedFailover',
        recoveryPointType: point,
        shutDownSource: sso !== 'NotRequired',
        ...siteDirection(direction),
      },
    };
  }
  const entry = providerEntry(props, ['HyperVReplicaAzureFailback', 'HyperVReplicaAzure']);
  if (entry instanceof Response) return { ok: false, response: entry };
  const path = `${PSD}[]`;
  const sync = text(entry, 'dataSyncOption', path, ['ForSynchronization', 'ForDownTime']);
  const create = text(entry, 'recoveryVmCreationOption', path, ['NoAction', 'CreateVmIfNotFound']);
  const host = text(entry, 'providerIdForAlternateRecovery', path);
  const key = text(entry, 'primaryKekCertificatePfx', path);
  for (const v of [sync, create, host, key]) if (v instanceof Response) return { ok: false, response: v };
  const str = (v: string | undefined | Response) => (typeof v === 'string' && v ? v : null);
  return {
    ok: true,
    input: {
      kind: 'PlannedFailover',
      dataSync: sync === 'ForDownTime' ? 'ForDownTime' : 'ForSynchronization',
      createVmIfNotFound: create === 'CreateVmIfNotFound',
      hostName: str(host) ? nameFromId(str(host) as string) : null,
      encryptionKey: str(key),
    },
  };
}

/** TF-1: RecoveryPlanTestFailoverInput (failoverDirection, networkType, networkId, provider entries). */
function testFailoverBody(props: Record<string, unknown>, direction: string | undefined): PlanBody {
  const type = text(props, 'networkType', 'properties');
  const network = text(props, 'networkId', 'properties');
  for (const v of [type, network]) if (v instanceof Response) return { ok: false, response: v };
  const entry = providerEntry(props, ['InMageAzureV2', 'HyperVReplicaAzure', 'InMage']);
  if (entry instanceof Response) return { ok: false, response: entry };
  const point = recoveryPointType(entry);
  if (point instanceof Response) return { ok: false, response: point };
  return {
    ok: true,
    input: {
      kind: 'TestFailover',
      recoveryPointType: point,
      network: typeof network === 'string' ? nameFromId(network) : '',
      ...siteDirection(direction),
    },
  };
}

/** TF-3: RecoveryPlanTestFailoverCleanupInput `{properties: {comments}}`; no body = no notes. */
function testFailoverCleanupBody(props: unknown): PlanBody {
  if (props !== undefined && props !== null && !isObject(props))
    return { ok: false, response: invalidContent('properties', "the field 'properties' must be an object.") };
  const comments = isObject(props) ? text(props, 'comments', 'properties') : undefined;
  if (comments instanceof Response) return { ok: false, response: comments };
  if (comments && comments.length > 1024)
    return {
      ok: false,
      response: invalidContent(
        'properties.comments',
        "the field 'properties.comments' is longer than 1024 characters.",
      ),
    };
  return { ok: true, input: { kind: 'TestFailoverCleanup', comments: comments ?? '' } };
}

/** Start the plan operation on the current world and answer 202 with the plan's LRO headers. */
export function startPlan(
  ctx: { origin: string; apiVersion?: string },
  plan: RecoveryPlan,
  input: PlanOperationInput,
) {
  // Re-read after the body's await: a concurrent request may have committed meanwhile.
  const result = startPlanOperation(runtime.world(), plan.name, input);
  if (!result.ok) return simErrorResponse(result.error);
  const response = accepted(
    result.world,
    ctx.origin,
    planId(result.world, plan.name),
    result.value.job.name,
    ctx.apiVersion,
  );
  runtime.commit(result.world); // after the answer is built: all or nothing (docs/api.md §6)
  return response;
}

function planAction(action: string) {
  return (ctx: ArmCtx) =>
    withNames(ctx, async ({ plan }) => {
      const mapped = await mapPlanBody(ctx.request, action);
      if (!mapped.ok) return mapped.response;
      return startPlan({ origin: ctx.req.origin, apiVersion: ctx.apiVersion }, plan!, mapped.input);
    });
}

const list = (ctx: ArmCtx) =>
  plainList(
    ctx.request,
    ctx.req,
    ctx.world.recoveryPlans.map((p) => planJson(ctx.world, p)),
  );

export const planRoutes: VaultRoute[] = [
  { pattern: ['replicationrecoveryplans'], get: list },
  {
    pattern: ['replicationrecoveryplans', ':plan'],
    get: (ctx) => withNames(ctx, ({ plan }) => HttpResponse.json(planJson(ctx.world, plan!))),
    resource: (ctx, { plan }) => {
      const current = find(ctx.world.recoveryPlans, plan!.name) ?? plan!;
      return { id: planId(ctx.world, current.name), body: planJson(ctx.world, current) };
    },
  },
  ...[
    'unplannedfailover',
    'plannedfailover',
    'failovercommit',
    'reprotect',
    'testfailover', // TF-1
    'testfailovercleanup', // TF-3
  ].map((action) => ({
    pattern: ['replicationrecoveryplans', ':plan', action],
    post: planAction(action),
  })),
];
