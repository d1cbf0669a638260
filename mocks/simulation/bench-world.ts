/**
 * Large worlds for benchmarks and scale tests: the default scenario's idle items copied under new
 * names until the world holds `count` items, and the cost of advancing such a world's clock.
 * Pure: no DOM, no storage (the bench harness loads it through Vite, the unit tests directly).
 */
import { advanceClock } from './clock';
import { loadScenario } from './scenarios';
import type { World } from './types';

/** A valid world with `count` replicated items: the scenario's items, then copies of its idle ones. */
export function buildBenchWorld(count: number, scenarioId = 'default'): World {
  const world = loadScenario(scenarioId);
  if (!world) throw new Error(`Scenario '${scenarioId}' could not be loaded.`);
  // Copies of the items no job holds, outside plans and groups: nothing else has to name them.
  const templates = world.items.filter((item) => !item.currentJob);
  if (!templates.length) throw new Error(`Scenario '${scenarioId}' has no idle item to copy.`);
  const items = [...world.items];
  for (let i = 0; items.length < count; i += 1) {
    const t = templates[i % templates.length];
    const name = `${t.name}-${String(i).padStart(6, '0')}`;
    items.push({ ...structuredClone(t), name, recoveryPlan: null, replicationGroup: null });
  }
  return { ...world, items: items.slice(0, Math.max(count, 0)) };
}

export interface AdvanceTiming {
  items: number;
  minutes: number;
  /** Wall time of the advance, in ms. */
  ms: number;
}

/** Times `advanceClock` over a `count`-item world running through `minutes` simulated minutes (24 h by default). */
export function timeAdvance(count = 5000, minutes = 24 * 60, scenarioId = 'default'): AdvanceTiming {
  const world = { ...buildBenchWorld(count, scenarioId), speed: 60 as const };
  const start = performance.now();
  advanceClock(world, minutes);
  return { items: world.items.length, minutes, ms: performance.now() - start };
}
