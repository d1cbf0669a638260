import { test, expect } from './fixtures';
import { commands } from './helpers';

test('deep links open blades and panes; Back closes a pane; unknown routes say Not found', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { path: '/vaults/contoso-vault/replicated-items/web-01/reprotect' });
  await expect(page.getByRole('dialog', { name: 'Re-protect' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Re-protect' })).toBeHidden();

  await page.goto('/vaults/contoso-vault/no-such-blade');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await page.goto('/vaults/contoso-vault/replicated-items/no-such-item');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await checkA11y();
});

test('vault menu, overview and the replicated items grid', async ({ page, scenario, checkA11y }) => {
  await scenario('default');
  await expect(page.getByRole('heading', { level: 1, name: 'contoso-vault' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Vault menu' });
  for (const link of [
    'Overview',
    'Replicated items',
    'Recovery plans (Site Recovery)',
    'Site Recovery jobs',
    'Site Recovery infrastructure',
  ]) {
    await expect(menu.getByRole('link', { name: link })).toBeVisible();
  }
  await checkA11y();
  await menu.getByRole('link', { name: 'Replicated items' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('link', { name: 'web-01', exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('db');
  await expect(grid.getByRole('link', { name: 'db-01', exact: true })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'web-01', exact: true })).toHaveCount(0);
  await checkA11y();
  await page.getByRole('button', { name: 'More actions for db-01' }).click();
  await page.getByRole('menuitem', { name: 'Re-protect' }).click();
  await expect(page.getByRole('dialog', { name: 'Re-protect' })).toBeVisible();
});

test('jobs grid, clock dialog and lab blade pass axe', async ({ page, scenario, checkA11y }) => {
  await scenario('default', { item: 'web-01' });
  await expect(commands(page)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Site Recovery jobs' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Site Recovery jobs' })).toBeVisible();
  await checkA11y();
  await page.getByRole('banner').getByRole('button', { name: 'Simulation clock' }).click();
  await expect(page.getByRole('dialog', { name: 'Simulation clock' })).toBeVisible();
  await checkA11y();
  await page.getByRole('dialog', { name: 'Simulation clock' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Lab' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
  await checkA11y();
});
