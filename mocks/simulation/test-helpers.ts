/** Helpers for the simulation's unit tests (not used by the app). */
import { advanceUntilJobsFinish } from './clock';
import { startOperation } from './operations';
import { loadScenario } from './scenarios';
import type { OperationInput, ReplicatedItem, Result, World } from './types';
import { REPROTECT_WEB01_CHOICES } from '../../contract/reprotect-request.cases';

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
  ...REPROTECT_WEB01_CHOICES,
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
