/**
 * `{S}{V}/eligibility` and `{S}{I}/eligibility?operation=&masterTargetId=` (docs/api.md §2.2): the rules'
 * view of what each item may do and which form options are offered or excluded (MT-1, PS-2, DS-1..5,
 * RV-1..7, RP-5 …), facts ARM does not carry.
 */
import { HttpResponse } from 'msw';
import {
  OPERATION_NAMES,
  fieldEligibility,
  itemCounts,
  listItems,
  operationEligibility,
} from '../simulation/api';
import type { OperationName } from '../simulation/api';
import { armError, simErrorResponse } from '../http/arm-error';
import { itemId } from '../http/ids';
import { listQuery, pageResponse } from '../http/paging';
import { nameFromId } from '../http/request';
import { runtime } from '../runtime';
import { checkVault, resolveNames } from './resolve';
import { ITEM, VAULT } from './paths';
import { type RoutedRequest, type SimulatorRoute, vaultNames } from './simulator-route';

const OPERATIONS: readonly OperationName[] = OPERATION_NAMES;

function vaultEligibility(req: RoutedRequest, request: Request): Response {
  const world = runtime.world();
  const missing = checkVault(world, ...vaultNames(req));
  if (missing) return missing;
  // docs/api.md §2.3: the item list's `$filter` and pages, so a blade asks for the items it shows.
  const page = listItems(world, listQuery(req));
  return pageResponse(request, page, (item) => ({
    itemId: itemId(world, item),
    name: item.name,
    operations: operationEligibility(world, item.name),
  }));
}

/** `{S}{V}/replicationProtectedItemCounts?$filter=`: counts by health and status, without the items. */
function itemCountsRoute(req: RoutedRequest): Response {
  const world = runtime.world();
  const missing = checkVault(world, ...vaultNames(req));
  if (missing) return missing;
  const counts = itemCounts(world, req.query.get('$filter'));
  return counts.ok ? HttpResponse.json(counts.value) : simErrorResponse(counts.error);
}

function itemEligibility(req: RoutedRequest): Response {
  const world = runtime.world();
  const missing = checkVault(world, ...vaultNames(req));
  if (missing) return missing;
  const names = resolveNames(world, {
    fabric: req.params.fabric,
    container: req.params.container,
    item: req.params.item,
  });
  if (names instanceof Response) return names;
  const requested = req.query.get('operation') ?? '';
  const operation = OPERATIONS.find((op) => op.toLowerCase() === requested.toLowerCase());
  if (!operation)
    return armError(400, 'InvalidParameter', `'operation' must be one of ${OPERATIONS.join(', ')}.`, {
      target: 'operation',
    });
  const masterTargetId = req.query.get('mastertargetid');
  const result = fieldEligibility(world, names.item!.name, operation, {
    masterTarget: masterTargetId ? nameFromId(masterTargetId) : undefined,
  });
  if (!result.ok) return simErrorResponse(result.error);
  return HttpResponse.json(result.value);
}

/** `{S}{V}/eligibility`, `{S}{V}/replicationProtectedItemCounts` and `{S}{I}/eligibility`. */
export const eligibilityRoutes: SimulatorRoute[] = [
  { pattern: [...VAULT, 'eligibility'], handlers: { GET: vaultEligibility } },
  { pattern: [...VAULT, 'replicationprotecteditemcounts'], handlers: { GET: itemCountsRoute } },
  { pattern: [...VAULT, ...ITEM, 'eligibility'], handlers: { GET: itemEligibility } },
];
