/**
 * Vault, fabrics, containers, providers (+ refreshProvider, RV-7), policies (POL-1) and recovery
 * plans (docs/api.md §2.1, §3.4–§3.6).
 */
import { HttpResponse } from 'msw';
import { refreshConfigurationServer } from '../simulation/api';
import type { World } from '../simulation/api';
import { armError, simErrorResponse } from '../http/arm-error';
import { fabricsOf, providerId, vaultId } from '../http/ids';
import { containerJson, fabricJson, policyJson, providerJson, providerNames } from '../http/infra-json';
import { accepted } from '../http/lro';
import { plainList } from '../http/paging';
import { runtime } from '../runtime';
import type { ArmCtx, VaultRoute } from './arm-route';
import { withNames } from './arm-route';

export function vaultJson(world: World) {
  return {
    id: vaultId(world),
    name: world.vault.name,
    type: 'Microsoft.RecoveryServices/vaults',
    location: world.vault.location,
    tags: {},
    sku: { name: 'RS0', tier: 'Standard' },
    properties: { provisioningState: 'Succeeded' },
  };
}

const list = (ctx: ArmCtx, value: unknown[]) => plainList(ctx.request, ctx.req, value);

const F = ['replicationfabrics', ':fabric'];
const P = [...F, 'replicationrecoveryservicesproviders', ':provider'];

/** Refresh server (inferred mapping, RV-7): discovery now, drives and datastores appear at once. */
function refreshProvider(ctx: ArmCtx) {
  return withNames(ctx, ({ fabric, provider }) => {
    if (!fabric!.configurationServer)
      return armError(
        400,
        'OperationNotAllowed',
        `Refreshing the Hyper-V host '${provider}' is not modelled by the simulation.`,
      );
    const result = refreshConfigurationServer(ctx.world, fabric!.configurationServer);
    if (!result.ok) return simErrorResponse(result.error);
    const response = accepted(
      result.world,
      ctx.req.origin,
      providerId(result.world, fabric!.name, provider!),
      result.value.job.name,
      ctx.apiVersion,
    );
    runtime.commit(result.world); // after the answer is built: all or nothing (docs/api.md §6)
    return response;
  });
}

export const infraRoutes: VaultRoute[] = [
  { pattern: [], get: (ctx) => HttpResponse.json(vaultJson(ctx.world)) },
  {
    pattern: ['replicationfabrics'],
    get: (ctx) =>
      list(
        ctx,
        fabricsOf(ctx.world).map((f) => fabricJson(ctx.world, f)),
      ),
  },
  {
    pattern: F,
    get: (ctx) => withNames(ctx, ({ fabric }) => HttpResponse.json(fabricJson(ctx.world, fabric!))),
  },
  {
    pattern: ['replicationprotectioncontainers'],
    get: (ctx) =>
      list(
        ctx,
        fabricsOf(ctx.world).map((f) => containerJson(ctx.world, f)),
      ),
  },
  {
    pattern: [...F, 'replicationprotectioncontainers'],
    get: (ctx) => withNames(ctx, ({ fabric }) => list(ctx, [containerJson(ctx.world, fabric!)])),
  },
  {
    pattern: [...F, 'replicationprotectioncontainers', ':container'],
    get: (ctx) => withNames(ctx, ({ fabric }) => HttpResponse.json(containerJson(ctx.world, fabric!))),
  },
  {
    pattern: ['replicationrecoveryservicesproviders'],
    get: (ctx) =>
      list(
        ctx,
        fabricsOf(ctx.world).flatMap((f) =>
          providerNames(ctx.world, f).map((p) => providerJson(ctx.world, f, p)),
        ),
      ),
  },
  {
    pattern: [...F, 'replicationrecoveryservicesproviders'],
    get: (ctx) =>
      withNames(ctx, ({ fabric }) =>
        list(
          ctx,
          providerNames(ctx.world, fabric!).map((p) => providerJson(ctx.world, fabric!, p)),
        ),
      ),
  },
  {
    pattern: P,
    get: (ctx) =>
      withNames(ctx, ({ fabric, provider }) =>
        HttpResponse.json(providerJson(ctx.world, fabric!, provider!)),
      ),
    resource: (ctx, { fabric, provider }) => {
      const body = providerJson(ctx.world, fabric!, provider!);
      return { id: body.id, body };
    },
  },
  { pattern: [...P, 'refreshprovider'], post: refreshProvider },
  {
    pattern: ['replicationpolicies'],
    get: (ctx) =>
      list(
        ctx,
        ctx.world.policies.map((p) => policyJson(ctx.world, p)),
      ),
  },
  {
    pattern: ['replicationpolicies', ':policy'],
    get: (ctx) => withNames(ctx, ({ policy }) => HttpResponse.json(policyJson(ctx.world, policy!))),
  },
];
