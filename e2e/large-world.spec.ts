import { test, expect } from './fixtures';
import { buildBenchWorld } from '../mocks/simulation/bench-world';
import { serializeWorld } from '../mocks/simulation/api';

/**
 * A 50,000-item world (about 35 MB) imports through the simulator's import route (what the Lab's
 * Import scenario sends), is stored (IndexedDB), shows its replicated items grid, and shows it
 * again after a reload (docs/adr/0004-persistence-in-the-browser.md).
 */
const COUNT = 50_000;

test('a 50,000-item world imports, shows its grid and survives a reload', async ({ page, scenario }) => {
  const world = { ...buildBenchWorld(COUNT), speed: 0 as const };
  const text = serializeWorld(world);
  const last = world.items[COUNT - 1].name;
  await scenario('default');
  let t = Date.now();
  const status = await page.evaluate(
    async (body) =>
      (
        await fetch('/simulator/scenario', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body,
        })
      ).status,
    text,
  );
  expect(status).toBe(200);
  const imported = Date.now() - t;

  const grid = page.getByRole('grid');
  t = Date.now();
  await page.goto('/vaults/contoso-vault/replicated-items');
  await expect(grid.getByRole('link').first()).toBeVisible({ timeout: 120_000 });
  const firstRows = Date.now() - t;

  t = Date.now();
  await page.reload();
  await expect(grid.getByRole('link').first()).toBeVisible({ timeout: 120_000 });
  const reloaded = Date.now() - t;
  // The last copy is there too.
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill(last);
  await expect(grid.getByRole('link', { name: last, exact: true })).toBeVisible({ timeout: 120_000 });
  console.info(
    `${COUNT} items (${(text.length / 1e6).toFixed(1)} MB): import ${imported} ms, grid first rows ${firstRows} ms, after reload ${reloaded} ms`,
  );
});
