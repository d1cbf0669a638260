/**
 * Replicated items, recovery points and item actions (docs/api.md §2.1, §3.1, §3.2). All rules live in
 * the simulation; this layer only translates HTTP.
 */
import { HttpResponse } from 'msw';
import { listItems, startOperation } from '../simulation/api';
import type { ReplicatedItem } from '../simulation/api';
import { simErrorResponse } from '../http/arm-error';
import { itemId } from '../http/ids';
import { armTarget, mapItemInput, type ItemAction } from '../http/inputs';
import { itemJson, recoveryPointJson, recoveryPointsOf } from '../http/item-json';
import { listQuery, pageResponse, plainList } from '../http/paging';
import { accepted } from '../http/lro';
import { readJsonBody } from '../http/request';
import { runtime } from '../runtime';
import type { ArmCtx, VaultRoute } from './arm-route';
import { withNames } from './arm-route';
import { ITEM } from './paths';

/** docs/api.md §2.3: `$filter`, `$orderby` and `$skipToken` are the simulation's (listItems). */
function itemList(ctx: ArmCtx, fabric?: string) {
  const page = listItems(ctx.world, listQuery(ctx.req), fabric);
  return pageResponse(ctx.request, page, (item) => itemJson(ctx.world, item));
}

/** POST {I}/<op>: body shape (400) → simulation (409, 400 OperationNotAllowed, 400 InvalidParameter) → 202. */
function itemAction(operation: ItemAction) {
  return (ctx: ArmCtx) =>
    withNames(ctx, async ({ item }) => {
      const body = await readJsonBody(ctx.request);
      if (!body.ok) return body.response;
      const mapped = mapItemInput(operation, body.value);
      if (!mapped.ok) return mapped.response;
      // Re-read after the await: a concurrent request may have committed meanwhile (409 guard, atomicity).
      const result = startOperation(runtime.world(), item!.name, mapped.input);
      if (!result.ok) return simErrorResponse(result.error, armTarget);
      const updated = result.world.items.find((i) => i.name === item!.name) ?? item!;
      const response = accepted(
        result.world,
        ctx.req.origin,
        itemId(result.world, updated),
        result.value.job.name,
        ctx.apiVersion,
      );
      runtime.commit(result.world); // after the answer is built: all or nothing (docs/api.md §6)
      return response;
    });
}

const ACTIONS: ItemAction[] = [
  'reProtect',
  'unplannedFailover',
  'plannedFailover',
  'failoverCommit',
  'applyRecoveryPoint',
  'testFailover', // TF-1
  'testFailoverCleanup', // TF-3
  'remove', // END-1
];

const itemResource = (ctx: ArmCtx, item: ReplicatedItem) => ({
  id: itemId(ctx.world, item),
  body: itemJson(ctx.world, item),
});

export const itemRoutes: VaultRoute[] = [
  {
    pattern: ['replicationprotecteditems'],
    get: (ctx) => itemList(ctx),
  },
  {
    pattern: ITEM.slice(0, 5),
    get: (ctx) => withNames(ctx, ({ fabric }) => itemList(ctx, fabric!.name)),
  },
  {
    pattern: ITEM,
    get: (ctx) => withNames(ctx, ({ item }) => HttpResponse.json(itemJson(ctx.world, item!))),
    resource: (ctx, { item }) => itemResource(ctx, item!),
  },
  {
    pattern: [...ITEM, 'recoverypoints'],
    get: (ctx) =>
      withNames(ctx, ({ item }) =>
        plainList(
          ctx.request,
          ctx.req,
          recoveryPointsOf(ctx.world, item!).map((p) => recoveryPointJson(ctx.world, item!, p)),
        ),
      ),
  },
  {
    pattern: [...ITEM, 'recoverypoints', ':point'],
    get: (ctx) =>
      withNames(ctx, ({ item, point }) => HttpResponse.json(recoveryPointJson(ctx.world, item!, point!))),
  },
  ...ACTIONS.map((op) => ({ pattern: [...ITEM, op.toLowerCase()], post: itemAction(op) })),
];
