/** Helpers for the simulation's unit tests (not used by the app). */
import { advanceUntilJobsFinish } from './clock';
import { startOperation } from './operations';
import { loadScenario } from './scenarios';
import type { OperationInput, ReplicatedItem, Result, World } from './types';

export function fresh(id = 'default'): World {
  const world = loadScenario(id);
  if (!world) throw new Error(`no scenario ${id}`);
  return world;
}

export function itemOf(world: World, name: string): ReplicatedItem {
  const item = world.items.find((i) => i.name === name);
  if (!item) throw new Error(`no item ${name}`);
  return item;
}

export function unwrap<T>(result: Result<T>): { world: World; value: T } {
  if (!result.ok) throw new Error(`${result.error.status} ${result.error.code}: ${result.error.message}`);
  return { world: result.world, value: result.value };
}

export const reprotectBack = (
  over: Partial<Extract<OperationInput, { direction: 'AzureToOnPremises'; kind: 'Reprotect' }>> = {},
): OperationInput => ({
  kind: 'Reprotect',
  direction: 'AzureToOnPremises',
  masterTarget: 'cs-01',
  processServer: 'ps-azure-01',
  datastore: 'datastore-vmfs-01',
  retentionDrive: 'R:',
  policy: 'contoso-policy-failback',
  ...over,
});

export const failover = (direction: 'AzureToOnPremises' | 'OnPremisesToAzure'): OperationInput => ({
  kind: 'UnplannedFailover',
  direction,
  recoveryPointId: null,
  recoveryPointType: 'Latest',
  shutDownSource: true,
});

/** Start an operation and run the clock until it ends. */
export function run(world: World, item: string, input: OperationInput): World {
  return advanceUntilJobsFinish(unwrap(startOperation(world, item, input)).world);
}
