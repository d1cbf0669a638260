// The Replicated items grid at several world sizes, in Chromium against the production build
// (`vite preview` on BENCH_PORT, default 4191: 4190 is a port browsers and fetch() refuse): the time from navigation to the first grid rows,
// and from one filter keystroke to the filtered rows. Sizes are measured in turn, round after
// round (8, 5,000, 50,000, 8, 5,000, …), so a slower moment of a shared machine hits them alike;
// each round gives a ratio to the 8-item time, and the median round is quoted.
// Usage: npx vite build && node scripts/bench-grid.mjs [N=5000 ...]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './find-chromium.mjs';
import { withItemCopies } from './bench-world.mjs';

const DEFAULT_ITEMS = 8;

/** Serves dist/ with `vite preview` on `port` until `stop()`. */
export async function preview(port) {
  // Vite itself, not through npx: kill() then stops the server, not only a wrapper.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const args = ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const server = spawn(process.execPath, [vite, ...args], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  let exited = null;
  server.on('exit', (code) => (exited = code));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch (error) {
      // Fetch refuses some ports outright (e.g. 4190, "bad port"): waiting would not help.
      if (exited !== null || i > 150 || /bad port/.test(String(error?.cause)))
        throw new Error(
          `vite preview did not answer on port ${port} (BENCH_PORT): ${error?.cause ?? error}`,
          {
            cause: error,
          },
        );
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop: () => server.kill() };
}

/** Loads the default scenario, with `extra` copies of its items when extra > 0 (PUT /simulator/scenario). */
async function loadWorld(page, base, extra) {
  await page.goto(`${base}/?scenario=default&speed=paused`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (extra === 0) return;
  const status = await page.evaluate(
    async ({ extra, builder }) => {
      const withItemCopies = new Function(`return (${builder})`)();
      const world = withItemCopies(await (await fetch('/simulator/scenario')).json(), extra);
      const response = await fetch('/simulator/scenario', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(world),
      });
      return response.status;
    },
    { extra, builder: withItemCopies.toString() },
  );
  if (status >= 300)
    throw new Error(`the ${extra + DEFAULT_ITEMS}-item world was refused on import (HTTP ${status})`);
}

/**
 * In the page: from the keydown on the focused searchbox to the DOM commit that shows `want` rows and
 * no `gone` row, timed by the page's own clock (a MutationObserver on the grid), so Playwright's
 * polling of the page adds nothing to it. Resolves `window.__keystroke` with the milliseconds.
 */
/* global window, document, MutationObserver -- watchKeystroke runs in the page */
function watchKeystroke({ gone, want }) {
  window.__keystroke = new Promise((resolve) => {
    let start;
    const grid = document.querySelector('[role=grid]');
    document.activeElement.addEventListener('keydown', () => (start = performance.now()), {
      once: true,
      capture: true,
    });
    const names = () => [...grid.querySelectorAll('[role=row] a')].map((a) => a.textContent ?? '');
    const observer = new MutationObserver(() => {
      if (start === undefined) return;
      const shown = names();
      if (shown.some((n) => n.startsWith(gone)) || !shown.some((n) => n.startsWith(want))) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(grid, { subtree: true, childList: true, characterData: true });
  });
}

/** One measurement: navigation → first rows, then one filter keystroke → filtered rows (ms). */
async function measureOnce(page, base, items) {
  await loadWorld(page, base, items - DEFAULT_ITEMS);
  const grid = page.getByRole('grid');
  const t0 = Date.now();
  await page.goto(`${base}/vaults/contoso-vault/replicated-items`);
  await grid
    .getByRole('link', { name: /^app-01/ })
    .first()
    .waitFor();
  const firstRows = Date.now() - t0;
  // "d": of the default names only db-01 (and its copies) has one; app-01 rows must go.
  const box = page.getByRole('searchbox', { name: 'Filter by name' });
  await box.focus();
  await page.evaluate(watchKeystroke, { gone: 'app-01', want: 'db-01' });
  await page.keyboard.press('d');
  await grid
    .getByRole('link', { name: /^app-01/ })
    .first()
    .waitFor({ state: 'detached' });
  await grid
    .getByRole('link', { name: /^db-01/ })
    .first()
    .waitFor();
  const filter = await page.evaluate(() => window.__keystroke);
  return { firstRows, filter };
}

/**
 * A first visit to `/` in a new context: the JS files (under /assets/) the page requested until
 * the first blade's heading showed, and until the network went idle (header tools and all).
 */
async function firstVisit(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) requested.push(pathname.slice(1));
  });
  try {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'contoso-vault' }).waitFor();
    const atHeading = [...requested];
    await page.waitForLoadState('networkidle');
    return { atHeading, atIdle: [...requested] };
  } finally {
    await context.close();
  }
}

/**
 * Every size `runs` times, interleaved; a size whose world cannot be imported is reported with its
 * error and left out of later rounds. Returns { [items]: { firstRows: ms[], filter: ms[], error? },
 * firstVisit: { atHeading: files[], atIdle: files[] } }.
 */
export async function measureGrid({
  port = Number(process.env.BENCH_PORT ?? 4191),
  sizes = [5000],
  runs = 3,
} = {}) {
  const all = [DEFAULT_ITEMS, ...sizes.filter((n) => n !== DEFAULT_ITEMS)];
  const results = Object.fromEntries(all.map((n) => [n, { firstRows: [], filter: [] }]));
  const server = await preview(port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    results.firstVisit = await firstVisit(browser, server.base);
    for (let round = 0; round <= runs; round++) {
      for (const items of all) {
        if (results[items].error) continue;
        // A new context each time: a cold page, as a user opening the portal.
        const context = await browser.newContext();
        const page = await context.newPage();
        try {
          const { firstRows, filter } = await measureOnce(page, server.base, items);
          // Round 0 warms the server, the browser and the JIT up; it is not counted.
          if (round > 0) {
            results[items].firstRows.push(firstRows);
            results[items].filter.push(filter);
          }
        } catch (error) {
          results[items].error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // On its own: `node scripts/bench-grid.mjs [sizes…]`, BENCH_RUNS rounds (default 3), medians and
  // round-by-round ratios to the 8-item world, as `npm run bench` prints them.
  const { median } = await import('./bench-sim.mjs');
  const sizes = process.argv.slice(2).map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const results = await measureGrid({ sizes: sizes.length ? sizes : [5000], runs });
  const { firstVisit: visit, ...bySize } = results;
  const base = bySize[DEFAULT_ITEMS];
  const ratio = (a, b) =>
    b?.length ? ` (${median(a.map((v, i) => v / b[i])).toFixed(2)}× ${DEFAULT_ITEMS} items)` : '';
  console.log(`first visit: ${visit.atHeading.length} JS files until the first blade's heading`);
  console.log(`${runs} rounds after a warm-up; medians, min–max`);
  for (const [items, r] of Object.entries(bySize)) {
    const figure = (values, of) =>
      `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})` +
      (Number(items) === DEFAULT_ITEMS ? '' : ratio(values, of));
    console.log(
      r.error
        ? `${items} items: ${r.error}`
        : `${items} items: first rows ${figure(r.firstRows, base?.firstRows)}; filter keystroke ${figure(r.filter, base?.filter)}`,
    );
  }
}
