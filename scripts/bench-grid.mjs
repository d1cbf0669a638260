// Replicated items grid with thousands of items: imports a world with N copies of the default
// items through the simulator API, then measures (in Chromium, production build) the time from
// navigation to the first grid rows, and from typing a filter to the filtered rows.
// Usage: npm run build && [BENCH_PORT=4190] node scripts/bench-grid.mjs [N=5000]
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const count = Number(process.argv[2] ?? 5000);
const port = Number(process.env.BENCH_PORT ?? 4190);
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/?scenario=default&speed=paused`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const status = await page.evaluate(async (n) => {
    const world = await (await fetch('/simulator/scenario')).json();
    const templates = world.items.filter((item) => !item.replicationGroup && !item.currentJob);
    const items = [];
    for (let i = 0; i < n; i++) {
      const t = templates[i % templates.length];
      items.push({ ...structuredClone(t), name: `${t.name}-${String(i).padStart(5, '0')}` });
    }
    world.items = [...world.items, ...items];
    const response = await fetch('/simulator/scenario', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(world),
    });
    return response.status;
  }, count);
  if (status >= 300) throw new Error(`import failed: ${status}`);
  const t0 = Date.now();
  await page.goto(`${base}/vaults/contoso-vault/replicated-items`);
  await page
    .getByRole('grid')
    .getByRole('link', { name: /^app-01/ })
    .first()
    .waitFor();
  const firstRows = Date.now() - t0;
  const rendered = await page.getByRole('row').count();
  const t1 = Date.now();
  // '-0000' matches the copies 00000–00009: present at any N ≥ 1 (10 rows from N = 10 on).
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('-0000');
  await page
    .getByRole('grid')
    .getByRole('link', { name: /-0000\d$/ })
    .first()
    .waitFor();
  const filtered = Date.now() - t1;
  console.log(`items: ${count + 8}; grid rows in the DOM: ${rendered}`);
  console.log(`navigation → first rows: ${firstRows} ms; filter → rows: ${filtered} ms`);
} finally {
  await browser.close();
  server.kill();
}
