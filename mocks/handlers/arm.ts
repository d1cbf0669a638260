/**
 * The ARM namespace: one case-insensitive handler for `/subscriptions/…` on any origin (docs/api.md §1),
 * routing inside by lower-cased segments. Checks run in the order of docs/api.md §5: api-version →
 * path/method → role 403 → 404 names → (in the route) body 400 → 409 → 400 rules.
 */
import { http, HttpResponse } from 'msw';
import type { World } from '../simulation/api';
import { checkApiVersion } from '../http/api-version';
import { armError, internalError, methodNotAllowed, unservedPath } from '../http/arm-error';
import { lroHeaders } from '../http/lro';
import { jobRunning } from '../http/job-json';
import { parseRequest } from '../http/request';
import type { ParsedRequest } from '../http/request';
import { WorldConflictError, runtime } from '../runtime';
import { infraRoutes, vaultJson } from './arm-infra';
import { itemRoutes } from './arm-items';
import { jobRoutes } from './arm-jobs';
import { planRoutes } from './arm-plans';
import type { ArmCtx, VaultRoute } from './arm-route';
import { matchPattern, withNames } from './arm-route';
import { checkVault, removedItemPoll, resolvePollJob } from './resolve';

// Plan routes first: they serve the plan actions (RPL-1) that infraRoutes lists as not modelled.
export const ARM_ROUTES: VaultRoute[] = [...planRoutes, ...infraRoutes, ...itemRoutes, ...jobRoutes];

/** Canonical spelling of collection and action names, for resource types and RBAC actions. */
const CANONICAL = new Map(
  [
    'replicationFabrics',
    'replicationProtectionContainers',
    'replicationProtectedItems',
    'replicationRecoveryServicesProviders',
    'replicationPolicies',
    'replicationJobs',
    'replicationRecoveryPlans',
    'recoveryPoints',
    'refreshProvider',
    'reProtect',
    'unplannedFailover',
    'plannedFailover',
    'failoverCommit',
    'applyRecoveryPoint',
    'testFailover',
    'testFailoverCleanup',
    'remove',
    'cancel',
    'restart',
    'resume',
  ].map((name) => [name.toLowerCase(), name]),
);

const canonical = (segment: string) => CANONICAL.get(segment.toLowerCase()) ?? segment;

/** `Microsoft.RecoveryServices/vaults/replicationFabrics/…` from the collection segments after `{V}`. */
function resourceType(rest: string[]): string {
  const collections = rest.filter((_, i) => i % 2 === 0).map(canonical);
  return ['Microsoft.RecoveryServices/vaults', ...collections].join('/');
}

const USER = 'simulator-user@contoso.com';
const OBJECT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** 403 as ARM words it (docs/api.md §5): Reader may not run any mutating call. */
function forbidden(req: ParsedRequest, rest: string[]) {
  const action = `${resourceType(rest)}/action`;
  const scope = `/${req.segments.join('/')}`;
  return armError(
    403,
    'AuthorizationFailed',
    `The client '${USER}' with object id '${OBJECT_ID}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  );
}

function subscriptionJson(world: World) {
  return {
    id: `/subscriptions/${world.vault.subscriptionId}`,
    subscriptionId: world.vault.subscriptionId,
    displayName: world.vault.subscriptionName,
    state: 'Enabled',
    tenantId: world.vault.tenantId,
  };
}

const VAULTS = ['providers', 'microsoft.recoveryservices', 'vaults'];

/** `/subscriptions[/{sub}]` and the vault lists, matched from the path's first segment. */
export const SUBSCRIPTION_ROUTES: {
  pattern: string[];
  get: (req: ParsedRequest, world: World) => Response;
}[] = [
  {
    pattern: ['subscriptions'],
    get: (_req, world) => HttpResponse.json({ value: [subscriptionJson(world)] }),
  },
  {
    pattern: ['subscriptions', ':subscription'],
    get: (req, world) => checkVault(world, req.segments[1]) ?? HttpResponse.json(subscriptionJson(world)),
  },
  {
    pattern: ['subscriptions', ':subscription', ...VAULTS],
    get: (req, world) =>
      checkVault(world, req.segments[1]) ?? HttpResponse.json({ value: [vaultJson(world)] }),
  },
  {
    pattern: ['subscriptions', ':subscription', 'resourcegroups', ':resourceGroup', ...VAULTS],
    get: (req, world) =>
      checkVault(world, req.segments[1], req.segments[3]) ?? HttpResponse.json({ value: [vaultJson(world)] }),
  },
];

function subscriptionRoute(req: ParsedRequest, world: World): Response {
  const path = `/${req.segments.join('/')}`;
  const route = SUBSCRIPTION_ROUTES.find((r) => matchPattern(r.pattern, req.segments));
  if (!route) return unservedPath(path);
  if (req.method !== 'GET') return methodNotAllowed(req.method, path);
  return route.get(req, world);
}

/** The vault's path, before the patterns of `ARM_ROUTES`. */
export const VAULT_PREFIX = [
  'subscriptions',
  ':subscription',
  'resourcegroups',
  ':resourceGroup',
  ...VAULTS,
  ':vault',
];

/**
 * Every ARM path the handler serves, with its methods (POLL = GET of `…/operationresults/{job}`
 * on a resource): derived from the tables the handler routes with, so nothing can drift.
 */
export function armRouteList(): { pattern: string[]; methods: string[] }[] {
  const vault = ARM_ROUTES.flatMap((r) => {
    const pattern = [...VAULT_PREFIX, ...r.pattern];
    const methods = [...(r.get ? ['GET'] : []), ...(r.post ? ['POST'] : [])];
    const poll = r.resource ? [{ pattern: [...pattern, 'operationresults', ':job'], methods: ['GET'] }] : [];
    return [{ pattern, methods }, ...poll];
  });
  return [...SUBSCRIPTION_ROUTES.map((r) => ({ pattern: r.pattern, methods: ['GET'] })), ...vault];
}

function isVaultPath(low: string[]) {
  return (
    low.length >= 8 &&
    low[2] === 'resourcegroups' &&
    low[4] === 'providers' &&
    low[5] === 'microsoft.recoveryservices' &&
    low[6] === 'vaults'
  );
}

export async function handleArm(request: Request): Promise<Response> {
  const req = parseRequest(request);
  const world = runtime.world();
  const vaultPath = isVaultPath(req.lower);
  const rest = vaultPath ? req.segments.slice(8) : [];
  const versionError = checkApiVersion(req, rest.length ? resourceType(rest) : null, world.vault.location);
  if (versionError) return versionError;
  if (!vaultPath) return subscriptionRoute(req, world);

  const polled = rest.length >= 2 && rest[rest.length - 2].toLowerCase() === 'operationresults';
  const target = polled ? rest.slice(0, -2) : rest;
  const path = `/${req.segments.join('/')}`;
  let route: VaultRoute | undefined;
  let params: Record<string, string> | null = null;
  for (const candidate of ARM_ROUTES) {
    params = matchPattern(candidate.pattern, target);
    if (params) {
      route = candidate;
      break;
    }
  }
  if (!route || !params || (polled && !route.resource)) return unservedPath(path);
  const method = polled ? (req.method === 'GET' ? 'POLL' : '') : req.method;
  const resolve = method === 'GET' ? route.get : method === 'POST' ? route.post : undefined;
  if (!resolve && method !== 'POLL') return methodNotAllowed(req.method, path);
  if (req.method !== 'GET' && world.role === 'Reader') return forbidden(req, rest);
  const missing = checkVault(world, req.segments[1], req.segments[3], req.segments[7]);
  if (missing) return missing;

  const ctx: ArmCtx = { request, req, world, params, apiVersion: req.query.get('api-version') ?? '' };
  if (resolve) return resolve(ctx);
  const removed = params.item ? removedItemPoll(world, params.item, rest[rest.length - 1]) : null;
  if (removed) return removed; // END-1
  const resource = route.resource!;
  return withNames(ctx, (names) => {
    // docs/api.md §4: 202 (same headers) while the job runs or waits, then 200 with the resource.
    const job = resolvePollJob(world, rest[rest.length - 1]);
    if (job instanceof Response) return job;
    const { id, body } = resource(ctx, names);
    if (jobRunning(job.state))
      return new HttpResponse(null, {
        status: 202,
        headers: lroHeaders(world, req.origin, id, job.name, ctx.apiVersion),
      });
    return HttpResponse.json(body, { status: 200 });
  });
}

/** Resolvers never throw (docs/api.md §6): a last-resort 500 envelope instead of MSW's generic one. */
export async function guarded(run: () => Promise<Response>): Promise<Response> {
  try {
    // One request at a time; the answer waits until the world it shows is stored (mocks/runtime.ts).
    return await runtime.serve(run);
  } catch (error) {
    if (error instanceof WorldConflictError) return armError(409, 'Conflict', error.message);
    return internalError(error);
  }
}

export const armHandler = http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/subscriptions(?:\/|$)/i, ({ request }) =>
  guarded(() => handleArm(request)),
);
