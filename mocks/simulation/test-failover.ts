/**
 * Test failover (TF-1..5): the networks a test can use and the validation of its input. The test
 * network is isolated from production; a production network is allowed but warned against (TF-4),
 * and the portal names it so. *(inferred)* The isolated network is `{vault prefix}-test-vnet`.
 */
import { invalidParameter } from './errors';
import { sameName } from './lookup';
import { azureResources } from './process-servers';
import { chosenRecoveryPoint } from './recovery-points';
import type { FieldEligibility } from './fields';
import type { OperationInput, ReplicatedItem, SimError, World } from './types';

type TestFailoverInput = Extract<OperationInput, { kind: 'TestFailover' }>;
type Checked<T> = { ok: true; value: T } | { ok: false; error: SimError };

/** TF-1: the test VM's name. */
export const testVmName = (item: string): string => `${item}-test`;

export interface TestNetwork {
  name: string;
  /** TF-4: the production network (the one failovers use): allowed, warned against. */
  production: boolean;
}

/** The isolated test network first, then the Resource Manager networks of production (TF-4). */
export function testNetworks(world: World): TestNetwork[] {
  const prefix = world.vault.name.replace(/-vault$/i, '');
  const production = azureResources(world)
    .networks.filter((n) => n.deploymentModel === 'ResourceManager')
    .map((n) => ({ name: n.name, production: true }));
  return [{ name: `${prefix}-test-vnet`, production: false }, ...production];
}

/** The Azure virtual network field of the Test failover pane (docs/api.md §2.2 `{S}{I}/eligibility`). */
export function testNetworkField(world: World): FieldEligibility {
  const networks = testNetworks(world);
  return {
    options: networks.map((n) => ({
      value: n.name,
      label: n.production ? `${n.name} (production network)` : `${n.name} (isolated test network)`,
    })),
    excluded: [],
    default: networks.find((n) => !n.production)?.name ?? null,
    readOnly: false,
  };
}

/** TF-1: a known network and a recovery point of the item (FO-1 choices). */
export function validateTestFailover(
  world: World,
  item: ReplicatedItem,
  input: TestFailoverInput,
): Checked<OperationInput> {
  if (input.direction !== 'OnPremisesToAzure') {
    return {
      ok: false,
      error: invalidParameter(
        'properties.failoverDirection',
        `Test failover of '${item.name}' runs on-premises to Azure only (failoverDirection PrimaryToRecovery)`,
        'TF-5',
      ),
    };
  }
  const network = testNetworks(world).find((n) => sameName(n.name, input.network));
  if (!network) {
    const message = input.network
      ? `Azure virtual network '${input.network}' was not found`
      : 'An Azure virtual network is required for a test failover';
    return { ok: false, error: invalidParameter('properties.networkId', message, 'TF-1') };
  }
  const chosen = chosenRecoveryPoint(world, item, input, 'FO-1');
  if (!chosen.ok) return chosen;
  return { ok: true, value: { ...input, network: network.name, recoveryPointId: chosen.point.id } };
}
