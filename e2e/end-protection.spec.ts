import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { backToVault, clock, commands, openItem } from './helpers';

/** Ending protection (docs/rules.md §13): END-1 commands, END-2 Lab actions and their RP-5 reasons. */

async function openLab(page: Page) {
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
}

async function itemListed(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Replicated items' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Replicated items' })).toBeVisible();
  return page.getByRole('grid').getByRole('link', { name, exact: true });
}

for (const [command, item] of [
  ['Complete migration', 'web-01'],
  ['Disable replication', 'app-01'],
] as const) {
  test(`END-1: ${command} on ${item} asks for confirmation, runs its job and the item leaves Replicated items`, async ({
    page,
    scenario,
    checkA11y,
  }) => {
    await scenario('default', { item: item });
    const opener = commands(page).getByRole('button', { name: command });
    await opener.click();
    const dialog = page.getByRole('alertdialog', { name: command });
    await expect(dialog).toContainText('failback will no longer be possible');
    await checkA11y();
    // Esc closes it (docs/ui-names.md §10); nothing starts.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await opener.click();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await expect(await itemListed(page, item)).toHaveCount(0);
    await page
      .getByRole('navigation', { name: 'Vault menu' })
      .getByRole('link', { name: 'Site Recovery jobs' })
      .click();
    const row = page.getByRole('row').filter({ hasText: item }).filter({ hasText: command });
    await expect(row).toContainText('Succeeded');
  });
}

test('END-1: Complete migration is disabled for app-01 (not failed over), with the reason', async ({
  page,
  scenario,
}) => {
  await scenario('default', { item: 'app-01' });
  const command = commands(page).getByRole('button', { name: 'Complete migration' });
  await expect(command).toHaveAttribute('aria-disabled', 'true');
  await command.hover();
  await expect(page.getByRole('tooltip')).toContainText('Complete migration needs a failover to Azure');
});

for (const [action, reason] of [
  ['Move web-01 to another resource group', 'The Azure VM was moved to another resource group'],
  ['Delete web-01', 'The Azure VM was deleted'],
] as const) {
  test(`END-2: the Lab's "${action}" makes failback impossible (RP-5) with its reason`, async ({
    page,
    scenario,
    checkA11y,
  }) => {
    await scenario('default');
    await openLab(page);
    await page
      .getByRole('region', { name: 'Virtual machines' })
      .getByRole('button', { name: action, exact: true })
      .click();
    await expect(page.getByRole('button', { name: action, exact: true })).toHaveCount(0);
    // Back inside the app, not by reloading: the page stays until the Lab's write is stored.
    await backToVault(page);
    await openItem(page, 'web-01');
    const main = page.getByRole('main');
    await expect(main).toContainText("Failback isn't possible");
    await expect(main).toContainText(reason);
    const reprotect = commands(page).getByRole('button', { name: 'Re-protect' });
    await expect(reprotect).toHaveAttribute('aria-disabled', 'true');
    await reprotect.hover();
    await expect(page.getByRole('tooltip')).toContainText(reason);
    await checkA11y();
  });
}
