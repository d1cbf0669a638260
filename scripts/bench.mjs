// `npm run bench`: one run that builds the floor app, the fixed stack's floor and the portal with
// the same Vite config, then prints the ratios of docs/performance.md — first-load JS ÷ the
// floor's, the Replicated items grid at 5,000 and 50,000 items ÷ at 8, and the time to advance the
// simulation 24 h over 5,000 items. A benchmark, not a test: it prints figures and never fails on them.
// Options: --no-build (measure dist/ as it is), --sizes-only (no browser, no simulation),
// BENCH_RUNS (rounds per timing, default 5), BENCH_PORT (vite preview, default 4191).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const args = new Set(process.argv.slice(2));
const kb = (n) => (Number.isNaN(n) ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
const ratio = (a, b) => (Number.isNaN(b) ? '(no floor with --no-build)' : `${(a / b).toFixed(2)}× the floor`);

/** The portal's first blade (docs/ui-names.md §2: `/` opens the vault overview) and its catalogs. */
const FIRST_BLADE = [
  'src/features/vault/vault-layout.tsx',
  'src/features/vault/vault-overview-blade.tsx',
  'src/i18n/locales/en/vault.json',
];
/** Fetched at once beside the first blade, not needed for it: the header tools, panel and toasts. */
const SHELL_PARTS = [
  'src/app/shell-parts.tsx',
  'src/i18n/locales/en/clock.json',
  'src/i18n/locales/en/notifications.json',
  'src/i18n/locales/en/runbooks.json',
];
/** The simulated backend (msw/browser + simulation), started by main.tsx beside the shell. */
const BACKEND = ['mocks/browser.ts'];

function build(label, extra) {
  process.stdout.write(`building ${label}… `);
  const t0 = Date.now();
  execFileSync(process.execPath, [vite, 'build', '--manifest', '--logLevel', 'error', ...extra], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * The JS files a set of manifest entries needs: each one's file and, recursively, its static
 * imports (what the browser must have before the module runs), as a Set of asset paths.
 */
function closure(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) {
      // e.g. a catalog bundled into the entry by an older build: nothing more to fetch for it.
      console.log(`  (${key} is no chunk of its own in this build)`);
      return;
    }
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const gzipSize = (dir, file) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
const total = (dir, files) => [...files].reduce((sum, f) => sum + gzipSize(dir, f), 0);
const readManifest = (dir) => JSON.parse(fs.readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8'));
const minus = (a, b) => new Set([...a].filter((f) => !b.has(f)));

// 1. Builds: the floor (bench/floor: React + FluentProvider + one Button), the floor of the
// portal's fixed stack (bench/stack-floor: the floor + react-router, TanStack Query, i18next and
// the Fluent parts the shell draws) and the portal.
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srs-bench-floor-'));
const stackFloorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srs-bench-stack-floor-'));
const distDir = path.join(root, 'dist');
const buildFloor = (label, dir, outDir) =>
  build(label, [dir, '--config', 'vite.config.ts', '--outDir', outDir, '--emptyOutDir']);
if (!args.has('--no-build')) {
  buildFloor('the floor app (bench/floor)', 'bench/floor', floorDir);
  buildFloor('the fixed stack’s floor (bench/stack-floor)', 'bench/stack-floor', stackFloorDir);
  build('the portal', []);
}

// 2. First-load JS (gzip -9), from the manifests (docs/performance.md defines each figure).
const floorManifest = readManifest(args.has('--no-build') ? distDir : floorDir);
const floorKey = Object.keys(floorManifest).find((k) => floorManifest[k].isEntry);
const floor = args.has('--no-build') ? NaN : total(floorDir, closure(floorManifest, [floorKey]));
const entryOf = (dir) => {
  const m = readManifest(dir);
  return total(dir, closure(m, [Object.keys(m).find((k) => m[k].isEntry)]));
};
const stackFloor = args.has('--no-build') ? NaN : entryOf(stackFloorDir);
const manifest = readManifest(distDir);
const entry = closure(manifest, ['index.html']);
const blade = minus(closure(manifest, FIRST_BLADE), entry);
const critical = new Set([...entry, ...blade]);
const backend = minus(closure(manifest, BACKEND), critical);
const parts = minus(minus(closure(manifest, SHELL_PARTS), critical), backend);
const sizes = {
  entry: total(distDir, entry),
  blade: total(distDir, blade),
  backend: total(distDir, backend),
  parts: total(distDir, parts),
};
const firstLoad = sizes.entry + sizes.blade;
const all = fs
  .readdirSync(path.join(distDir, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSize(distDir, `assets/${f}`), 0);

console.log('\nFirst-load JS, gzip -9 (docs/performance.md)');
console.log(`  floor app (React + FluentProvider + Button)          ${kb(floor).padStart(9)}`);
console.log(
  `  fixed stack's floor (+ router, Query, i18next, Fluent) ${kb(stackFloor).padStart(8)}   ${ratio(stackFloor, floor)}`,
);
console.log(
  `  entry + the chunks it preloads (${entry.size} files)           ${kb(sizes.entry).padStart(9)}`,
);
console.log(`  + first blade (vault overview, its chunks + catalog)  ${kb(sizes.blade).padStart(9)}`);
console.log(
  `  = first load, without the backend                    ${kb(firstLoad).padStart(9)}   ${ratio(firstLoad, floor)}`,
);
if (!Number.isNaN(stackFloor)) {
  console.log(
    `    (${kb(firstLoad - stackFloor)} over the fixed stack's floor: ${(firstLoad / stackFloor).toFixed(2)}× it)`,
  );
}
console.log(`  + simulated backend chunk (msw + simulation)          ${kb(sizes.backend).padStart(9)}`);
console.log(
  `  = first load, with the backend                       ${kb(firstLoad + sizes.backend).padStart(9)}   ${ratio(firstLoad + sizes.backend, floor)}`,
);
console.log(`  + header tools, Runbook panel, toasts (lazy, at once) ${kb(sizes.parts).padStart(9)}`);
console.log(
  `  = everything a first visit to / fetches              ${kb(firstLoad + sizes.backend + sizes.parts).padStart(9)}   ${ratio(firstLoad + sizes.backend + sizes.parts, floor)}`,
);
console.log(`  all JS of the portal                                 ${kb(all).padStart(9)}`);
fs.rmSync(floorDir, { recursive: true, force: true });
fs.rmSync(stackFloorDir, { recursive: true, force: true });
if (args.has('--sizes-only')) process.exit(0);

// 3. The grid in Chromium and the simulation in Node: medians of `runs` interleaved rounds.
const { measureGrid } = await import('./bench-grid.mjs');
const { measureAdvance, median } = await import('./bench-sim.mjs');
const ms = (values) => `${median(values).toFixed(0)} ms`.padStart(8);
const spread = (values) => `(${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
/** Median of the round-by-round ratios (each round measures every size in turn). */
const roundRatio = (a, b) => median(a.map((value, i) => value / b[i]));

console.log(`\nReplicated items grid, Chromium, production build (${runs} rounds after a warm-up; medians)`);
const { firstVisit, ...grid } = await measureGrid({ sizes: [5000, 50000], runs });
// A check of the definitions above against what Chromium really fetched on a first visit to /.
const fetched = (files) => `${kb(total(distDir, new Set(files)))} in ${new Set(files).size} files`;
console.log(
  `  a first visit to / fetched, until the first blade's heading: ${fetched(firstVisit.atHeading)}`,
);
console.log(`                          until the network was idle: ${fetched(firstVisit.atIdle)}`);
const base = grid[8];
for (const [items, r] of Object.entries(grid)) {
  if (r.error || base.error) {
    console.log(`  ${String(items).padStart(6)} items: not measured: ${r.error ?? base.error}`);
    continue;
  }
  const vs =
    Number(items) === 8 ? '' : `   ÷ 8 items: ${roundRatio(r.firstRows, base.firstRows).toFixed(2)}×`;
  const vsFilter =
    Number(items) === 8 ? '' : `   ÷ 8 items: ${roundRatio(r.filter, base.filter).toFixed(2)}×`;
  console.log(
    `  ${String(items).padStart(6)} items: first rows ${ms(r.firstRows)} ${spread(r.firstRows)}${vs}`,
  );
  console.log(`  ${' '.repeat(6)}        filter keystroke ${ms(r.filter)} ${spread(r.filter)}${vsFilter}`);
}

console.log(`\nSimulation in Node (${runs} runs after a warm-up; median)`);
const advance = await measureAdvance({ items: 5000, runs });
console.log(
  `  advance 24 h over ${advance.items} items: ${median(advance.times).toFixed(0)} ms (${advance.times
    .map((t) => t.toFixed(0))
    .join(', ')})`,
);
