/**
 * `{S}{F}/processServerDeploymentOptions`, `{S}{F}/processServers[/{id}]` (api.md §2.2, PS-3..5):
 * ARM has no call that deploys a process server, so Add process server is a simulator extension.
 * The deployment options are derived from the vault; deploying and deleting are not modelled by
 * the simulation yet and answer 400 after the role check (Reader and Operator: 403, api.md §5).
 */
import { HttpResponse } from 'msw';
import type { World } from '../simulation/api';
import { armError } from '../http/arm-error';
import type { ParsedRequest } from '../http/request';
import { runtime } from '../runtime';
import { checkVault, resolveNames } from './resolve';

type Handler = (req: ParsedRequest) => Response;

const VAULT = [
  'subscriptions',
  '',
  'resourcegroups',
  '',
  'providers',
  'microsoft.recoveryservices',
  'vaults',
  '',
];

function shaped(lower: string[], shape: string[]) {
  return lower.length === shape.length && shape.every((p, i) => p === '' || p === lower[i]);
}

/** PS-3: the networks the VMs failed over to; one classic network shows the Marketplace path. */
function deploymentOptions(world: World) {
  const sub = world.vault.subscriptionId;
  const rg = world.vault.resourceGroup;
  const net = (name: string, model: 'Classic' | 'ResourceManager') => ({
    id:
      model === 'Classic'
        ? `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ClassicNetwork/virtualNetworks/${name}`
        : `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/${name}`,
    name,
    deploymentModel: model,
    subnets: ['default'],
  });
  return {
    subscriptions: [{ id: sub, name: world.vault.subscriptionName }],
    networks: [net('contoso-dr-vnet', 'ResourceManager'), net('contoso-classic-vnet', 'Classic')],
    resourceGroups: [rg],
    storageAccounts: [
      {
        id: `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Storage/storageAccounts/contosodrstorage`,
        name: 'contosodrstorage',
      },
    ],
    networkInterfaces: [
      {
        id: `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/networkInterfaces/ps-nic-01`,
        name: 'ps-nic-01',
      },
    ],
  };
}

function withFabric(req: ParsedRequest, fn: (world: World) => Response): Response {
  const world = runtime.world();
  const s = req.segments;
  const missing = checkVault(world, s[2], s[4], s[8]);
  if (missing) return missing;
  const names = resolveNames(world, { fabric: s[10] });
  if (names instanceof Response) return names;
  return fn(world);
}

function notModelled(req: ParsedRequest): Response {
  const world = runtime.world();
  // api.md §5: Reader, and Operator (built-in Site Recovery Operator role), may not change infrastructure.
  if (world.role !== 'Contributor')
    return armError(
      403,
      'AuthorizationFailed',
      `The client 'simulator-user@contoso.com' does not have authorization to perform action 'Microsoft.RecoveryServices/vaults/replicationFabrics/processServers/write' over scope '/${req.segments.slice(1).join('/')}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
  return withFabric(req, () =>
    armError(
      400,
      'OperationNotAllowed',
      'Deploying or deleting a process server is not modelled by the simulation yet (PS-3).',
      {
        ruleId: 'PS-3',
      },
    ),
  );
}

/** The handler table for a `/simulator{F}/…` process-server path, or null. */
export function processServerRoute(req: ParsedRequest): Record<string, Handler> | null {
  const tail = req.lower.slice(1);
  const fabric = [...VAULT, 'replicationfabrics', ''];
  if (shaped(tail, [...fabric, 'processserverdeploymentoptions']))
    return { GET: (r) => withFabric(r, (world) => HttpResponse.json(deploymentOptions(world))) };
  if (shaped(tail, [...fabric, 'processservers'])) return { POST: notModelled };
  if (shaped(tail, [...fabric, 'processservers', ''])) return { DELETE: notModelled };
  return null;
}
