import type { World } from './types';

/**
 * A deep copy of a world for a change to work on (worlds are immutable: a change returns a new one).
 * A world is plain JSON data (it is stored and imported as JSON, docs/scenario-format.md), so the copy
 * is a JSON round trip: for a 5,000-item world about 15 ms, where structuredClone took 100–280 ms,
 * and every change and every catch-up of a running clock makes one.
 */
export function draftOf(world: World): World {
  return JSON.parse(JSON.stringify(world)) as World;
}
