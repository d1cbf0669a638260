import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Uploads a file through Import scenario's file chooser (the hidden input named "Scenario file"). */
async function importFile(page: Page, text: string) {
  const section = page.getByRole('region', { name: 'Scenario' });
  await section.getByLabel('Scenario file').setInputFiles({
    name: 'scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** The current world as exported; waits for the Lab to show, so the simulated backend answers. */
async function exportWorld(page: Page): Promise<string> {
  await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
  return page.evaluate(() => fetch('/simulator/scenario').then((r) => r.text()));
}

async function expectWorldUntouched(page: Page) {
  await page.goto('/vaults/contoso-vault/replicated-items');
  await expect(page.getByRole('grid').getByRole('link', { name: 'web-01', exact: true })).toBeVisible();
}

test('Import scenario: a malformed file shows an error alert and changes nothing', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { path: '/lab' });
  await importFile(page, '{"schemaVersion": 1, "items": [');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await checkA11y();
  await expectWorldUntouched(page);
});

test('Import scenario: a wrong-version file names the field and changes nothing', async ({
  page,
  scenario,
}) => {
  await scenario('default', { path: '/lab' });
  const world = await exportWorld(page);
  await importFile(page, world.replace('"schemaVersion":1', '"schemaVersion":99'));
  await expect(page.getByRole('alert')).toContainText('schemaVersion');
  await expectWorldUntouched(page);
});

test('Import scenario: an invalid field is named by its JSON path', async ({ page, scenario }) => {
  await scenario('default', { path: '/lab' });
  const world = JSON.parse(await exportWorld(page));
  world.items[0].status = 'Exploded';
  await importFile(page, JSON.stringify(world));
  await expect(page.getByRole('alert')).toContainText('$.items[0].status');
  await expectWorldUntouched(page);
});

test('Import scenario: hostile names render as text, never as HTML', async ({ page, scenario }) => {
  await scenario('default', { path: '/lab' });
  const hostile = `<img src=x onerror="window.__pwned=1">web-01`;
  const world = await exportWorld(page);
  // Renaming the item everywhere keeps the world consistent (jobs, plans refer to it by name).
  await importFile(page, world.replaceAll('"web-01"', JSON.stringify(hostile)));
  await expect(page.getByRole('status')).toContainText('Scenario imported.');
  await expect(page.getByRole('switch', { name: `${hostile} running` })).toBeVisible();
  await page.goto('/vaults/contoso-vault/replicated-items');
  await expect(page.getByRole('grid').getByRole('link', { name: hostile, exact: true })).toBeVisible();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
