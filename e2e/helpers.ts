import { expect, type Locator, type Page } from '@playwright/test';

/** Small steps shared by the runbook specs (no page objects: names come from docs/ui-names.md). */

export async function openItem(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Replicated items' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Replicated items' })).toBeVisible();
  await page.getByRole('grid').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export function commands(page: Page): Locator {
  return page.getByRole('main').getByRole('toolbar', { name: 'Commands' });
}

export function essentials(page: Page): Locator {
  return page.getByRole('region', { name: 'Essentials' });
}

export async function expectStatus(page: Page, status: string) {
  await expect(essentials(page)).toContainText(status);
}

/** Opens the Simulation clock dialog, presses one of its buttons, closes it. */
export async function clock(
  page: Page,
  button: 'Advance 1 minute' | 'Advance 15 minutes' | 'Advance 1 hour' | 'Run until jobs finish',
) {
  await page.getByRole('banner').getByRole('button', { name: 'Simulation clock' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simulation clock' });
  await dialog.getByRole('button', { name: button }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Picks an option of a combobox by the start of its accessible name. */
export async function pick(scope: Locator, page: Page, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${escape(option)}( |$)`) }).click();
}

export function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export async function reprotectToOnPremises(page: Page, mt: string, ps: string, datastore: string) {
  await commands(page).getByRole('button', { name: 'Re-protect' }).click();
  const pane = page.getByRole('dialog', { name: 'Re-protect' });
  await expect(pane.getByRole('textbox', { name: 'Direction' })).toHaveValue('Azure to on-premises');
  await pick(pane, page, 'Master target server', mt);
  await pick(pane, page, 'Process server', ps);
  await pick(pane, page, 'Datastore', datastore);
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
}

export async function openJobFor(page: Page, jobName: string, item: string) {
  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Site Recovery jobs' })
    .click();
  const row = page.getByRole('row').filter({ hasText: item }).filter({ hasText: jobName }).first();
  await row.getByRole('link', { name: jobName }).click();
  await expect(page.getByRole('heading', { level: 1, name: jobName })).toBeVisible();
}

/** Unplanned failover with the default recovery point, then Commit: each job run to its end. */
export async function failoverAndCommit(page: Page) {
  await commands(page).getByRole('button', { name: 'Unplanned failover' }).click();
  await page.getByRole('dialog', { name: 'Unplanned failover' }).getByRole('button', { name: 'OK' }).click();
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Failover completed');
  await commands(page).getByRole('button', { name: 'Commit' }).click();
  await page.getByRole('alertdialog', { name: 'Commit' }).getByRole('button', { name: 'OK' }).click();
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Failover committed');
}
