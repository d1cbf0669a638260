// Simulation cost over large worlds, for `npm run bench`: the time to advance the simulation clock
// over an N-item world (the default scenario's idle items copied under new names, about 1 in 8
// protected and so producing recovery points). Loads the TypeScript simulation through Vite.
// Usage: node scripts/bench-world.mjs [items=5000] [minutes=1440]
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const MODULE = fileURLToPath(new URL('../mocks/simulation/bench-world.ts', import.meta.url));

/**
 * Advances an `items`-item world by `minutes` simulated minutes (24 h by default), `runs` times on
 * fresh copies; resolves `{ items, minutes, ms }` with the median wall time in ms.
 */
export async function benchAdvance({ items = 5000, minutes = 24 * 60, runs = 3 } = {}) {
  const { module } = await runnerImport(MODULE, { configFile: false, logLevel: 'error' });
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(module.timeAdvance(items, minutes).ms);
  times.sort((a, b) => a - b);
  return { items, minutes, ms: Math.round(times[Math.floor(times.length / 2)]) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = Number(process.argv[2] ?? 5000);
  const minutes = Number(process.argv[3] ?? 24 * 60);
  const result = await benchAdvance({ items, minutes });
  console.log(`advance ${result.minutes / 60} h over ${result.items} items: ${result.ms} ms`);
}
