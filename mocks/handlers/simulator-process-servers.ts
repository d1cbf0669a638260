/**
 * `{S}{F}/processServerDeploymentOptions`, `{S}{F}/processServers[/{id}]` (docs/api.md §2.2, PS-3..5):
 * ARM has no call that deploys a process server, so Add process server is a simulator extension.
 * Options come from the world; POST validates (400 InvalidParameter, target `properties.<field>`;
 * classic network → 400 OperationNotAllowed) and answers 202 LRO on job AddProcessServer; DELETE
 * answers 202 LRO on job RemoveProcessServer (PS-5). Reader and Operator: 403 (docs/api.md §5).
 */
import { HttpResponse } from 'msw';
import { addProcessServer, deploymentOptions, removeProcessServer } from '../simulation/api';
import type { World } from '../simulation/api';
import { authorizationFailed, simErrorResponse } from '../http/arm-error';
import { jobId } from '../http/ids';
import { accepted } from '../http/lro';
import { readJsonBody } from '../http/request';
import { runtime } from '../runtime';
import { checkVault, resolveNames } from './resolve';
import { VAULT } from './paths';
import { type RoutedRequest, type SimulatorRoute, vaultNames } from './simulator-route';

function withFabric(req: RoutedRequest, fn: (world: World, fabric: string) => Response): Response {
  const world = runtime.world();
  const missing = checkVault(world, ...vaultNames(req));
  if (missing) return missing;
  const names = resolveNames(world, { fabric: req.params.fabric });
  if (names instanceof Response) return names;
  return fn(world, req.params.fabric);
}

function forbidden(req: RoutedRequest, action: string): Response | null {
  // docs/api.md §5: Reader, and Operator (built-in Site Recovery Operator role), may not change infrastructure.
  if (runtime.world().role === 'Contributor') return null;
  return authorizationFailed(
    `Microsoft.RecoveryServices/vaults/replicationFabrics/processServers/${action}`,
    `/${req.segments.slice(1).join('/')}`,
  );
}

const started = (req: RoutedRequest, result: ReturnType<typeof addProcessServer>): Response => {
  if (!result.ok) return simErrorResponse(result.error);
  const job = result.value.job;
  // docs/api.md §4: for job actions the resource is the job; its poll answers 200 with the job.
  const response = accepted(result.world, req.origin, jobId(result.world, job.name), job.name);
  runtime.commit(result.world); // after the answer is built: all or nothing (docs/api.md §6)
  return response;
};

async function add(req: RoutedRequest, request: Request): Promise<Response> {
  const denied = forbidden(req, 'write');
  if (denied) return denied;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  return withFabric(req, (world, fabric) => started(req, addProcessServer(world, fabric, body.value)));
}

function remove(req: RoutedRequest): Response {
  const denied = forbidden(req, 'delete');
  if (denied) return denied;
  return withFabric(req, (world, fabric) =>
    started(req, removeProcessServer(world, fabric, req.params.processServer)),
  );
}

const FABRIC = [...VAULT, 'replicationfabrics', ':fabric'];

/** `{S}{F}/processServerDeploymentOptions`, `{S}{F}/processServers[/{ps}]`. */
export const processServerRoutes: SimulatorRoute[] = [
  {
    pattern: [...FABRIC, 'processserverdeploymentoptions'],
    handlers: { GET: (r) => withFabric(r, (world) => HttpResponse.json(deploymentOptions(world))) },
  },
  { pattern: [...FABRIC, 'processservers'], handlers: { POST: add } },
  { pattern: [...FABRIC, 'processservers', ':processServer'], handlers: { DELETE: remove } },
];
