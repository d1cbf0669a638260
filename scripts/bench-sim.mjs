// The simulation alone, in Node (no browser, no HTTP): the time to advance the clock 24 h over a
// world of N items (the default scenario plus copies, scripts/bench-world.mjs). The TypeScript
// simulation is loaded through Vite's SSR loader, so nothing is built or installed for it.
// Usage: node scripts/bench-sim.mjs [N=5000] [runs=5]
import { createServer } from 'vite';
import { withItemCopies } from './bench-world.mjs';

/** Median of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds per 24 h advance over `items` items (one warm-up, then `runs` timed), as sorted runs. */
export async function measureAdvance({ items = 5000, runs = 5 } = {}) {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const api = await vite.ssrLoadModule('/mocks/simulation/api.ts');
    const base = api.loadScenario('default');
    const world = withItemCopies(base, items - base.items.length);
    const times = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      api.advanceClock(world, 24 * 60);
      const elapsed = performance.now() - t0;
      if (i > 0) times.push(elapsed); // the first run warms the JIT up
    }
    return { items: world.items.length, times: times.sort((a, b) => a - b) };
  } finally {
    await vite.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { items, times } = await measureAdvance({
    items: Number(process.argv[2] ?? 5000),
    runs: Number(process.argv[3] ?? 5),
  });
  console.log(
    `advance 24 h over ${items} items: median ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
}
