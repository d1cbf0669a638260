/**
 * The ARM namespace: one case-insensitive handler for `/subscriptions/…` on any origin (docs/api.md §1),
 * routing inside by lower-cased segments. Checks run in the order of docs/api.md §5: api-version →
 * path/method → role 403 → 404 names → (in the route) body 400 → 409 → 400 rules.
 */
import { http, HttpResponse } from 'msw';
import { OPERATION_NAMES } from '../../contract/operations';
import type { World } from '../simulation/api';
import { checkApiVersion } from '../http/api-version';
import {
  armError,
  authorizationFailed,
  internalError,
  methodNotAllowed,
  unservedPath,
} from '../http/arm-error';
import { lroHeaders } from '../http/lro';
import { jobRunning } from '../http/job-json';
import { parseRequest } from '../http/request';
import type { ParsedRequest } from '../http/request';
import { plainList } from '../http/paging';
import { WorldConflictError, runtime } from '../runtime';
import { infraRoutes, vaultJson } from './arm-infra';
import { itemRoutes } from './arm-items';
import { jobRoutes } from './arm-jobs';
import { planRoutes } from './arm-plans';
import type { ArmCtx, Resolver, VaultRoute } from './arm-route';
import { matchPattern, withNames } from './arm-route';
import { VAULT, VAULTS } from './paths';
import { checkVault, removedItemPoll, resolvePollJob } from './resolve';

/**
 * Canonical spelling of collection and action names, for resource types and RBAC actions: the
 * operations' ARM actions are contract/operations' names.
 */
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
    ...OPERATION_NAMES,
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

/** 403 (docs/api.md §5): Reader may not run any mutating call. */
const forbidden = (req: ParsedRequest, rest: string[]) =>
  authorizationFailed(`${resourceType(rest)}/action`, `/${req.segments.join('/')}`);

function subscriptionJson(world: World) {
  return {
    id: `/subscriptions/${world.vault.subscriptionId}`,
    subscriptionId: world.vault.subscriptionId,
    displayName: world.vault.subscriptionName,
    state: 'Enabled',
    tenantId: world.vault.tenantId,
  };
}

/** One ARM path and its handler per method: the one routing table of the ARM namespace. */
export interface ArmRoute {
  /** Lower-case literals and `:param` placeholders, from `subscriptions`. */
  pattern: string[];
  handlers: Partial<Record<'GET' | 'POST', Resolver>>;
}

const vaults = (ctx: ArmCtx) => plainList(ctx.request, ctx.req, [vaultJson(ctx.world)]);

/** `/subscriptions[/{sub}]` and the vault lists. */
const SUBSCRIPTION_ROUTES: ArmRoute[] = [
  {
    pattern: ['subscriptions'],
    handlers: { GET: (ctx) => plainList(ctx.request, ctx.req, [subscriptionJson(ctx.world)]) },
  },
  {
    pattern: ['subscriptions', ':subscription'],
    handlers: { GET: (ctx) => HttpResponse.json(subscriptionJson(ctx.world)) },
  },
  { pattern: ['subscriptions', ':subscription', ...VAULTS], handlers: { GET: vaults } },
  {
    pattern: ['subscriptions', ':subscription', 'resourcegroups', ':resourceGroup', ...VAULTS],
    handlers: { GET: vaults },
  },
];

/**
 * GET `…/operationresults/{job}` on a resource (docs/api.md §4): 202 (same headers) while the job
 * runs or waits, then 200 with the resource; 204 for an item a finished remove deleted (END-1).
 */
function pollRoute(route: VaultRoute): ArmRoute {
  const pattern = [...VAULT, ...route.pattern];
  const resource = route.resource!;
  return {
    pattern: [...pattern, 'operationresults', ':job'],
    handlers: {
      GET: (ctx) => {
        const jobName = ctx.req.segments[ctx.req.segments.length - 1];
        // The resource's own names: the path before `operationresults/{job}`.
        const params = matchPattern(pattern, ctx.req.segments.slice(0, -2))!;
        const removed = params.item ? removedItemPoll(ctx.world, params.item, jobName) : null;
        if (removed) return removed; // END-1
        const target = { ...ctx, params };
        return withNames(target, (names) => {
          const job = resolvePollJob(ctx.world, jobName);
          if (job instanceof Response) return job;
          const { id, body } = resource(target, names);
          if (jobRunning(job.state))
            return new HttpResponse(null, {
              status: 202,
              headers: lroHeaders(ctx.world, ctx.req.origin, id, job.name, ctx.apiVersion),
            });
          return HttpResponse.json(body, { status: 200 });
        });
      },
    },
  };
}

/**
 * Every ARM path the handler serves, in matching order: the subscription routes, then each resource
 * family's routes under the vault (plan routes first: they serve the plan actions, RPL-1), each
 * resource followed by its LRO poll. The fuzz suite enumerates this same table.
 */
export const ARM_ROUTES: ArmRoute[] = [
  ...SUBSCRIPTION_ROUTES,
  ...[...planRoutes, ...infraRoutes, ...itemRoutes, ...jobRoutes].flatMap((route) => [
    {
      pattern: [...VAULT, ...route.pattern],
      handlers: { ...(route.get ? { GET: route.get } : {}), ...(route.post ? { POST: route.post } : {}) },
    },
    ...(route.resource ? [pollRoute(route)] : []),
  ]),
];

/** Every ARM path with its methods, from the routing table itself (nothing can drift). */
export function armRouteList(): { pattern: string[]; methods: string[] }[] {
  return ARM_ROUTES.map((r) => ({ pattern: r.pattern, methods: Object.keys(r.handlers) }));
}

/** The segments after `{V}`, when the path is under a vault (for resource types: api-version, 403). */
function vaultRest(segments: string[]): string[] {
  const low = segments.map((s) => s.toLowerCase());
  const under = matchPattern(VAULT, segments.slice(0, VAULT.length)) && low.length > 8;
  return under ? segments.slice(VAULT.length) : [];
}

export async function handleArm(request: Request): Promise<Response> {
  const req = parseRequest(request);
  const world = runtime.world();
  const rest = vaultRest(req.segments);
  const versionError = checkApiVersion(req, rest.length ? resourceType(rest) : null, world.vault.location);
  if (versionError) return versionError;

  const path = `/${req.segments.join('/')}`;
  for (const route of ARM_ROUTES) {
    const params = matchPattern(route.pattern, req.segments);
    if (!params) continue;
    const method = req.method as keyof ArmRoute['handlers'];
    const handler = Object.hasOwn(route.handlers, method) ? route.handlers[method] : undefined;
    if (!handler) return methodNotAllowed(req.method, path);
    if (req.method !== 'GET' && world.role === 'Reader') return forbidden(req, rest);
    if (params.subscription !== undefined) {
      const missing = checkVault(world, params.subscription, params.resourceGroup, params.vault);
      if (missing) return missing;
    }
    return handler({ request, req, world, params, apiVersion: req.query.get('api-version') ?? '' });
  }
  return unservedPath(path);
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
